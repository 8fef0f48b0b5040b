import { useEffect, useId, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { workshopsApi, type SessionDetailData } from '../../api/workshops.js';
import { areaById, FILE_ROLES, filePath } from '../../app/navigation.js';
import { Button } from '../../components/Button.js';
import { useNotify } from '../../components/Notifier.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { Group } from '../person/PersonSummary.js';
import { AttendanceForm } from './AttendanceForm.js';
import { RegisterDialog } from './RegisterDialog.js';
import { DocumentUploadDialog } from '../../components/DocumentUploadDialog.js';
import { sessionTimes } from './when.js';
import './workshops.css';

type Open = 'register' | 'scan' | null;

/** A session: its details, what to do with it, who is registered or waiting, and their attendance. */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const s = t.workshops.session;
  const loaded = useResource(`workshop:${id}`, () => workshopsApi.get(id));
  const [open, setOpen] = useState<Open>(null);
  const session = loaded.data;
  const notify = useNotify();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  // Just created from the list: confirmed here, once the page it leads to is shown.
  useEffect(() => {
    if (created) notify(t.workshops.done.created);
  }, [created, notify, t]);
  const done = () => {
    setOpen(null);
    loaded.reload();
  };

  return (
    <>
      <p className="back-link">
        <Link to={areaById('workshops').path}>
          <span aria-hidden="true">← </span>
          {s.back}
        </Link>
      </p>
      <PageHeader title={session?.title ?? t.workshops.list.title} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!session ? (
        loaded.error ? null : <LoadingState />
      ) : (
        <>
          <Details session={session} />
          <div className="person-actions__buttons workshop__actions" role="group" aria-label={s.actionsLabel}>
            <Button variant="primary" onPress={() => setOpen('register')}>
              {s.register}
            </Button>
            <a href={workshopsApi.sheetUrl(session.id)} target="_blank" rel="noopener noreferrer" className="button button--secondary">
              {s.print}
              <span className="visually-hidden"> {s.newTab}</span>
            </a>
            <Button onPress={() => setOpen('scan')}>{s.attachScan}</Button>
          </div>
          <Participants session={session} />
          {/* Keyed on the data: after a save the form starts again from what the server recorded. */}
          <AttendanceForm key={JSON.stringify(session.registrations)} session={session} onDone={loaded.reload} />
          {open === 'register' ? <RegisterDialog sessionId={session.id} onClose={() => setOpen(null)} onDone={done} /> : null}
          {open === 'scan' ? (
            <DocumentUploadDialog
              texts={t.workshops.dialogs.scan}
              upload={(file, onProgress) => workshopsApi.attachSheetScan(session.id, file, onProgress)}
              doneMessage={t.workshops.done.scan}
              onClose={() => setOpen(null)}
              onDone={done}
            />
          ) : null}
        </>
      )}
    </>
  );
}

function Details({ session }: { session: SessionDetailData }) {
  const { t, locale } = useI18n();
  const s = t.workshops.session;
  const { day, from, to } = sessionTimes(locale, session.startsAt, session.endsAt);
  return (
    <section className="workshop__section">
      <Group
        title={s.details}
        entries={[
          [s.when, t.workshops.when(day, from, to)],
          [s.theme, t.workshops.themes[session.theme]],
          [s.place, session.place],
          [s.facilitator, session.facilitator],
          [s.places, t.workshops.list.placesLabel(session.registered, session.capacity)],
          [s.sheetScan, session.hasSheetScan ? s.sheetScanYes : s.sheetScanNo],
        ]}
      />
    </section>
  );
}

function Participants({ session }: { session: SessionDetailData }) {
  const { t } = useI18n();
  const s = t.workshops.session;
  const user = useCurrentUser();
  const ids = { all: useId(), registered: useId(), waiting: useId() };
  const registered = session.registrations.filter((r) => r.status === 'registered');
  const waiting = session.registrations.filter((r) => r.status === 'waiting');
  const name = (r: SessionDetailData['registrations'][number]) =>
    FILE_ROLES.includes(user.role) ? <Link to={filePath(r.beneficiaryId)}>{r.personName}</Link> : r.personName;
  return (
    <section className="workshop__section" aria-labelledby={ids.all}>
      <h2 id={ids.all} className="workshop__title">
        {s.participants}
      </h2>
      <h3 id={ids.registered} className="workshop__subtitle">
        {s.registered} ({registered.length})
      </h3>
      {registered.length === 0 ? (
        <p className="muted">{s.noParticipants}</p>
      ) : (
        <ul aria-labelledby={ids.registered} className="workshop__people">
          {registered.map((r) => (
            <li key={r.id}>
              {name(r)}
              {r.attendance ? <span className="muted"> — {t.workshops.attendances[r.attendance]}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3 id={ids.waiting} className="workshop__subtitle">
        {s.waiting} ({waiting.length})
      </h3>
      {waiting.length === 0 ? (
        <p className="muted">{s.noWaiting}</p>
      ) : (
        <ol aria-labelledby={ids.waiting} className="workshop__people">
          {waiting.map((r) => (
            <li key={r.id}>{name(r)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
