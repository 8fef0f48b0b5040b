import type { ContractStatus } from '../../../shared/cer.js';
import { useI18n } from '../../i18n/index.js';

/** Colours only repeat the word: what waits for someone is warm, what runs is green, what is over is grey. */
const TONE: Record<ContractStatus, string> = {
  draft: 'badge--info',
  signed: 'badge--info',
  submitted: 'badge--warning',
  returned: 'badge--warning',
  validated: 'badge--success',
  in_force: 'badge--success',
  ended: 'badge--warning',
  evaluated: 'badge--muted',
  superseded: 'badge--muted',
  closed: 'badge--muted',
};

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${TONE[status]}`}>{t.contracts.statuses[status]}</span>;
}
