import { useSearchParams } from 'react-router';
import { frenchToday } from '../../../shared/calendar.js';
import { agendaApi } from '../../api/agenda.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AgendaDays } from './AgendaDays.js';
import { AgendaToolbar } from './AgendaToolbar.js';
import { CalendarFeedPanel } from './CalendarFeedPanel.js';
import { parseAnchor, periodDays, shiftAnchor, type AgendaView } from './period.js';
import './agenda.css';

/**
 * « Agenda »: a referent's week or day, or a PIP manager's team (each member's agenda in turn)
 * or one member's. The period, the view and the member live in the address (?vue=jour&date=…
 * &membre=…), so a view can be bookmarked and Back returns to it.
 */
export function AgendaPage() {
  const { t, formatDate } = useI18n();
  const a = t.agenda.page;
  const [params, setParams] = useSearchParams();
  const today = frenchToday();
  const view: AgendaView = params.get('vue') === 'jour' ? 'day' : 'week';
  const anchor = parseAnchor(params.get('date')) ?? today;
  const member = params.get('membre');
  const days = periodDays(view, anchor);
  const from = days[0]!;
  const to = days.at(-1)!;
  const loaded = useResource(`agenda:${from}:${to}:${member ?? ''}`, () => agendaApi.get(from, to, member ?? undefined));

  const change = (next: Record<string, string | null>) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) {
        if (value === null) out.delete(key);
        else out.set(key, value);
      }
      return out;
    });

  const agenda = loaded.data;
  const all = agenda?.staff.flatMap((s) => s.items) ?? [];
  const clashing = all.filter((i) => i.conflictsWith.length > 0).length;
  // A manager without a chosen member reads the team: each member's agenda under their name.
  const teamView = (agenda?.team.length ?? 0) > 0 && member === null;

  return (
    <>
      <PageHeader title={a.title} intro={a.intro} />
      <AgendaToolbar
        view={view}
        onView={(v) => change({ vue: v === 'day' ? 'jour' : null })}
        onStep={(step) => change({ date: shiftAnchor(view, anchor, step) })}
        onToday={() => change({ date: null })}
        team={agenda?.team ?? []}
        member={member}
        onMember={(id) => change({ membre: id })}
      />
      <p className="agenda-period" aria-live="polite">
        <strong>{view === 'week' ? a.weekOf(formatDate(from), formatDate(to)) : formatDate(from)}</strong>
        {agenda ? <> — {a.conflicts(clashing)}</> : null}
      </p>
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!agenda ? (
        loaded.error ? null : <LoadingState />
      ) : all.length === 0 ? (
        <EmptyState title={a.empty}>
          <p>{a.emptyHelp}</p>
        </EmptyState>
      ) : teamView ? (
        agenda.staff.filter((s) => s.items.length > 0).map((s) => (
          <section key={s.userId} className="agenda-staff" aria-labelledby={`agenda-staff-${s.userId}`}>
            <h2 id={`agenda-staff-${s.userId}`} className="agenda-staff__name">
              {s.displayName}
            </h2>
            <AgendaDays view={view} days={days} today={today} items={s.items} headingLevel={3} />
          </section>
        ))
      ) : (
        <AgendaDays view={view} days={days} today={today} items={all} headingLevel={2} />
      )}
      {agenda ? <CalendarFeedPanel active={agenda.feedActive} onChange={loaded.reload} /> : null}
    </>
  );
}
