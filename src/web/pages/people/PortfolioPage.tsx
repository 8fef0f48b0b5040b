import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import { BeneficiaryList } from './BeneficiaryList.js';

const DEFAULTS = { sort: 'name', direction: 'asc' } as const;
const COLUMNS = ['status', 'lastContact'] as const;

/** "Mon portefeuille": the server answers a referent with their own caseload only. */
export function PortfolioPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t.portfolio.title} intro={t.portfolio.intro} />
      <BeneficiaryList label={t.portfolio.tableLabel} defaults={DEFAULTS} columns={COLUMNS} />
    </>
  );
}
