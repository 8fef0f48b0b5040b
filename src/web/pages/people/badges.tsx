import type { AlertKind, PathwayStatus } from '../../../shared/beneficiaries.js';
import { useI18n } from '../../i18n/index.js';

const STATUS_TONE: Record<PathwayStatus, string> = {
  to_orient: 'badge--warning',
  oriented_elsewhere: 'badge--muted',
  awaiting_assignment: 'badge--warning',
  waiting_first_contact: 'badge--info',
  active: 'badge--success',
  suspended: 'badge--muted',
  ended: 'badge--muted',
};

/** The situation in words; the colour only repeats it. */
export function StatusBadge({ status }: { status: PathwayStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${STATUS_TONE[status]}`}>{t.statuses[status]}</span>;
}

/**
 * Each alert written out with a warning sign, not a red dot: the meaning never rests on colour
 * (RGAA 3.1). With due dates when the file knows them.
 */
export function AlertBadges({ alerts }: { alerts: readonly (AlertKind | { kind: AlertKind; dueOn: string })[] }) {
  const { t, formatDate } = useI18n();
  if (alerts.length === 0) return <span className="muted">{t.list.noAlert}</span>;
  return (
    <ul className="badge-list">
      {alerts.map((alert) => {
        const kind = typeof alert === 'string' ? alert : alert.kind;
        const due = typeof alert === 'string' ? null : alert.dueOn;
        return (
          <li key={kind} className="badge badge--danger">
            <span aria-hidden="true">⚠ </span>
            {t.alerts[kind]}
            {due ? <span className="badge__detail"> — {t.person.summary.dueOn(formatDate(due))}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
