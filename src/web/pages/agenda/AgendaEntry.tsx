import { Link } from 'react-router';
import type { AgendaItemData } from '../../api/agenda.js';
import { filePath, workshopPath } from '../../app/navigation.js';
import { useI18n } from '../../i18n/index.js';

export interface AgendaEntryProps {
  item: AgendaItemData;
  /** The titles of the items it clashes with, already formatted with their hours. */
  clashes: string[];
  time: (iso: string) => string;
}

/**
 * One appointment or workshop: its hours, who or what, where, its outcome when it has one, and
 * a conflict said in words with an icon (never by colour alone). The link opens the person's
 * file, or the workshop's page.
 */
export function AgendaEntry({ item, clashes, time }: AgendaEntryProps) {
  const { t } = useI18n();
  const a = t.agenda.page;
  const from = time(item.startsAt);
  const to = time(item.endsAt);
  // An appointment on site says which site: « Sur site · Antenne Orange ».
  const where = item.kind === 'workshop' ? item.workshopPlace : item.appointmentPlace ? [t.contacts.places[item.appointmentPlace], item.siteName].filter(Boolean).join(' · ') : null;
  const details = [item.kind === 'workshop' ? a.workshop : item.title, where, item.status && item.status !== 'planned' ? t.contacts.statuses[item.status] : null];
  const classes = ['agenda-item', `agenda-item--${item.kind}`, clashes.length > 0 ? 'agenda-item--conflict' : '', item.status === 'cancelled' || item.status === 'moved' ? 'agenda-item--off' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <p className="agenda-item__time">
        <span aria-hidden="true">{a.hours(from, to)}</span>
        <span className="visually-hidden">{a.hoursLabel(from, to)}</span>
      </p>
      <p className="agenda-item__title">
        <Link to={item.person ? filePath(item.person.id) : workshopPath(item.id)}>{item.person ? item.person.name : item.title}</Link>
      </p>
      <p className="agenda-item__details">{details.filter(Boolean).join(' · ')}</p>
      {clashes.length > 0 ? (
        <p className="agenda-item__conflict">
          <span aria-hidden="true" className="agenda-item__icon">⚠</span> <strong>{a.conflict}</strong> {a.conflictWith(clashes.join(', '))}
        </p>
      ) : null}
    </li>
  );
}
