import { useId, useState, type FormEvent } from 'react';
import { ATTENDANCES, type Attendance } from '../../../shared/contacts.js';
import { ApiError } from '../../api/client.js';
import { workshopsApi, type SessionDetailData } from '../../api/workshops.js';
import { Button } from '../../components/Button.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { useNotify } from '../../components/Notifier.js';
import { Notice } from '../../components/states.js';
import { describeError } from '../../i18n/errors.js';
import { useI18n } from '../../i18n/index.js';
import { hasStarted } from './when.js';

/**
 * « Présences »: one radio group per registered person. Nothing can be recorded before the start
 * (the server refuses it too, and its message is shown). A presence recorded is final: it already
 * counts as a contact in the person's file, so its group is disabled.
 */
export function AttendanceForm({ session, onDone }: { session: SessionDetailData; onDone: () => void }) {
  const { t, locale } = useI18n();
  const s = t.workshops.session;
  const notify = useNotify();
  const titleId = useId();
  const registered = session.registrations.filter((r) => r.status === 'registered');
  const [values, setValues] = useState<Record<string, Attendance | null>>(() => Object.fromEntries(registered.map((r) => [r.id, r.attendance])));
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const started = hasStarted(session.startsAt);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changed = registered
      .filter((r) => values[r.id] && values[r.id] !== r.attendance)
      .map((r) => ({ registrationId: r.id, attendance: values[r.id]! }));
    if (changed.length === 0) {
      setProblem(s.nothingToSave);
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const { recorded } = await workshopsApi.attendance(session.id, changed);
      notify(t.workshops.done.attendance(recorded));
      onDone();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(describeError(error, locale, t));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="workshop__section" aria-labelledby={titleId}>
      <h2 id={titleId} className="workshop__title">
        {s.attendanceTitle}
      </h2>
      {registered.length === 0 ? (
        <p className="muted">{s.noParticipants}</p>
      ) : (
        <form onSubmit={submit} className="form workshop__attendance" aria-labelledby={titleId}>
          {started ? <p className="field__help">{s.attendanceFinal}</p> : <Notice tone="info">{s.notStarted}</Notice>}
          {problem ? (
            <div className="alert alert--danger" role="alert">
              <p>{problem}</p>
            </div>
          ) : null}
          {registered.map((r) => (
            <RadioGroupField
              key={r.id}
              name={`attendance-${r.id}`}
              label={s.attendanceOf(r.personName)}
              orientation="horizontal"
              options={ATTENDANCES.map((a) => ({ id: a, label: t.workshops.attendances[a] }))}
              value={values[r.id] ?? null}
              onChange={(value) => setValues((v) => ({ ...v, [r.id]: value as Attendance }))}
              isDisabled={!started || r.attendance === 'present'}
            />
          ))}
          <div className="form__actions">
            <Button type="submit" variant="primary" isDisabled={!started} isPending={pending}>
              {pending ? t.common.saving : s.saveAttendance}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
