import { useParams } from 'react-router';
import { Link } from 'react-router';
import { orientationApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import { BeneficiaryList } from '../people/BeneficiaryList.js';

const DEFAULTS = { sort: 'alerts', direction: 'desc' } as const;
const COLUMNS = ['status', 'lastContact'] as const;

/** One référent's caseload, as the PIP manager sees it: the people list filtered on the référent. */
export function ReferentCaseloadPage() {
  const { t } = useI18n();
  const c = t.caseloads;
  const { referentId = '' } = useParams();
  const caseloads = useResource('caseloads', orientationApi.caseloads);
  const name = caseloads.data?.find((r) => r.referentId === referentId)?.displayName ?? c.unknownReferent;

  return (
    <>
      <p className="back-link">
        <Link to="/portefeuilles">
          <span aria-hidden="true">← </span>
          {c.back}
        </Link>
      </p>
      <PageHeader title={c.detailTitle(name)} intro={c.detailIntro} />
      <BeneficiaryList label={c.detailTitle(name)} fixed={{ referentId }} defaults={DEFAULTS} columns={COLUMNS} />
    </>
  );
}
