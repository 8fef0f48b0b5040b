import { useMemo } from 'react';
import type { AgendaItemData } from '../../api/agenda.js';
import { INTL_LOCALE, useI18n } from '../../i18n/index.js';
import { PARIS, parisDay } from '../contacts/dateTime.js';
import { AgendaEntry } from './AgendaEntry.js';
import type { AgendaView } from './period.js';

export interface AgendaDaysProps {
  view: AgendaView;
  days: string[];
  today: string;
  items: AgendaItemData[];
  /** h2 when the page shows one agenda, h3 under each staff member's heading in the team view. */
  headingLevel: 2 | 3;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The days of one agenda, Monday to Sunday (or one day), each with its items in time order.
 * Today is marked by words and `aria-current="date"`, not by colour only.
 */
export function AgendaDays({ view, days, today, items, headingLevel }: AgendaDaysProps) {
  const { t, locale } = useI18n();
  const a = t.agenda.page;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { dayName, time } = useMemo(() => {
    const intl = INTL_LOCALE[locale];
    const dayFormat = new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const timeFormat = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone: PARIS });
    return { dayName: (day: string) => capitalise(dayFormat.format(new Date(`${day}T00:00:00Z`))), time: (iso: string) => timeFormat.format(new Date(iso)) };
  }, [locale]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const label = (id: string) => {
    const other = byId.get(id);
    return other ? `${time(other.startsAt)} ${other.person?.name ?? other.title}` : '';
  };

  return (
    <ol className={`agenda-days agenda-days--${view}`}>
      {days.map((day) => {
        const ofDay = items.filter((i) => parisDay(i.startsAt) === day);
        const isToday = day === today;
        return (
          <li key={day} className={`agenda-day${isToday ? ' agenda-day--today' : ''}`} aria-current={isToday ? 'date' : undefined}>
            <Heading className="agenda-day__title">
              {dayName(day)}
              {isToday ? <span className="agenda-day__today"> ({a.todayMark})</span> : null}
            </Heading>
            {ofDay.length === 0 ? (
              <p className="agenda-day__nothing">{a.nothing}</p>
            ) : (
              <ul className="agenda-day__items">
                {ofDay.map((item) => (
                  <AgendaEntry key={item.id} item={item} clashes={item.conflictsWith.map(label).filter(Boolean)} time={time} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
