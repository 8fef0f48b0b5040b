import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useCurrentUser } from '../../api/session.js';
import { teamSessionsApi, type TeamCaseView } from '../../api/team-sessions.js';
import { useResource } from '../../api/useResource.js';
import { breachPath } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState, Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AddCaseDialog, CaseTextDialog } from './CaseDialogs.js';
import { SessionDialog } from './SessionDialog.js';
import './team-sessions.css';

type Open = { kind: 'edit' | 'add' } | { kind: 'summary' | 'opinion' | 'remove'; kase: TeamCaseView };

/**
 * A session of the équipe pluridisciplinaire: where and when, its members, the agenda with each
 * case's summary and opinion, the convocations and the record. The decision on a case is the
 * officer's, recorded on the report's review: this page links to it.
 */
export function TeamSessionPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const ts = t.teamSessions;
  const s = ts.session;
  const c = ts.case;
  const notify = useNotify();
  const user = useCurrentUser();
  const manages = can(user.role, 'team:manage');
  const loaded = useResource(`team-session:${id}`, () => teamSessionsApi.get(id));
  const [open, setOpen] = useState<Open | null>(null);
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  useEffect(() => {
    if (created) notify(ts.done.created);
  }, [created, notify, ts.done.created]);
  const session = loaded.data;
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    notify(message);
    loaded.reload();
  };

  if (loaded.error && !session) {
    return loaded.error.code === 'NOT_FOUND' ? <EmptyState title={s.notFound} /> : <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!session) return <LoadingState />;

  return (
    <>
      <PageHeader
        title={s.title(session.territoryName, formatDate(session.heldOn))}
        intro={ts.phases[session.phase]}
        actions={manages ? (
          <div className="person-actions__buttons" role="group" aria-label={s.actions}>
            <Button onPress={() => setOpen({ kind: 'edit' })}>{s.edit}</Button>
            <Button variant="primary" onPress={() => setOpen({ kind: 'add' })}>{s.addCase}</Button>
          </div>
        ) : null}
      />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      <section aria-labelledby="team-session-details">
        <h2 id="team-session-details">{s.details}</h2>
        <dl className="summary__list">
          {([[s.hour, ts.when(formatDate(session.heldOn), session.startsAt)], [s.place, session.place], [s.createdBy, session.createdByName]] as const).map(([label, value]) => (
            <div key={label} className="summary__entry"><dt>{label}</dt><dd>{value}</dd></div>
          ))}
        </dl>
        <h3>{s.members}</h3>
        <ul>{session.members.map((m) => <li key={m}>{m}</li>)}</ul>
        <p><a href={teamSessionsApi.recordUrl(session.id)} target="_blank" rel="noreferrer">{s.record}</a></p>
      </section>
      <section aria-labelledby="team-session-agenda">
        <h2 id="team-session-agenda">{s.agenda}</h2>
        {session.waiting > 0 && session.phase !== 'held' ? <Notice tone="info">{s.waiting(session.waiting)}</Notice> : null}
        {session.cases.length === 0 ? <p>{s.agendaEmpty}</p> : session.cases.map((k) => (
          <article key={k.id} className="team-case" aria-labelledby={`team-case-${k.id}`}>
            <h3 id={`team-case-${k.id}`}>{k.personName}</h3>
            <p>
              {ts.pair(c.reviewStatus, k.reviewStatus ? t.compliance.reviewStatuses[k.reviewStatus] : '—')} · <Link to={breachPath(k.reportId)}>{c.report}</Link>
            </p>
            <h4>{c.summary}</h4>
            <p className="pre-line">{k.summary}</p>
            <h4>{c.opinion}</h4>
            <p className="pre-line">{k.opinion ?? c.noOpinion}</p>
            <p><a href={teamSessionsApi.convocationUrl(session.id, k.id)} target="_blank" rel="noreferrer">{c.convocation(k.personName)}</a></p>
            {k.actions.length ? (
              <div className="person-actions__buttons" role="group" aria-label={c.actions(k.personName)}>
                {k.actions.includes('edit_summary') ? <Button onPress={() => setOpen({ kind: 'summary', kase: k })}>{c.editSummary}</Button> : null}
                {k.actions.includes('record_opinion') ? (
                  <Button variant={k.opinion ? 'secondary' : 'primary'} onPress={() => setOpen({ kind: 'opinion', kase: k })}>{k.opinion ? c.correctOpinion : c.recordOpinion}</Button>
                ) : null}
                {k.actions.includes('decide') ? <Link to={breachPath(k.reportId)} className="button button--primary">{c.decide}</Link> : null}
                {k.actions.includes('remove') ? <Button variant="danger" onPress={() => setOpen({ kind: 'remove', kase: k })}>{c.remove}</Button> : null}
              </div>
            ) : null}
          </article>
        ))}
      </section>
      {open?.kind === 'edit' ? <SessionDialog session={session} onClose={close} onSaved={() => done(ts.done.saved)} /> : null}
      {open?.kind === 'add' ? <AddCaseDialog sessionId={session.id} onClose={close} onDone={done} /> : null}
      {open?.kind === 'summary' || open?.kind === 'opinion' ? <CaseTextDialog sessionId={session.id} kase={open.kase} field={open.kind} onClose={close} onDone={done} /> : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          isOpen
          onOpenChange={(o) => !o && close()}
          title={`${c.remove} — ${open.kase.personName}`}
          body={c.removeConfirm}
          confirmLabel={c.remove}
          onConfirm={async () => {
            await teamSessionsApi.removeCase(session.id, open.kase.id);
            done(ts.done.removed);
          }}
        />
      ) : null}
    </>
  );
}
