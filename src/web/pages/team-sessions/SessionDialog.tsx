import { parseTime } from '@internationalized/date';
import { useNavigate } from 'react-router';
import { frenchToday } from '../../../shared/calendar.js';
import { territoriesApi } from '../../api/endpoints.js';
import { teamSessionsApi, type TeamSessionView } from '../../api/team-sessions.js';
import { useResource } from '../../api/useResource.js';
import { teamSessionPath } from '../../app/navigation.js';
import { DateField } from '../../components/fields/DateField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { TimeField } from '../contacts/TimeField.js';

/**
 * A session planned or corrected: territory, day, convocation hour, place, one member per line
 * (« Name — quality »). Once opinions are given, the day and territory are shown but fixed.
 */
export function SessionDialog({ session, onClose, onSaved }: { session?: TeamSessionView; onClose: () => void; onSaved?: () => void }) {
  const { t } = useI18n();
  const d = t.teamSessions.dialogs;
  const navigate = useNavigate();
  const territories = useResource('territories', () => territoriesApi.list());
  const locked = session?.datesLocked ?? false;

  async function submit(data: FormData) {
    const input = {
      // Disabled fields are not in the form: a locked session keeps its own.
      territoryId: locked ? session!.territoryId : text(data, 'territoryId'),
      heldOn: locked ? session!.heldOn : text(data, 'heldOn'),
      startsAt: text(data, 'startsAt').slice(0, 5),
      place: text(data, 'place'),
      members: text(data, 'members').split('\n'),
    };
    if (!session) {
      const { id } = await teamSessionsApi.create(input);
      navigate(teamSessionPath(id), { state: { created: true } });
      return;
    }
    await teamSessionsApi.update(session.id, session.version, input);
    onSaved?.();
  }

  return (
    <FormDialog title={session ? d.editTitle : d.createTitle} submitLabel={d.save} size="lg" isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      {locked ? <Notice tone="info">{d.datesLocked}</Notice> : null}
      <SelectField
        name="territoryId"
        label={d.territory}
        options={(territories.data ?? []).map((x) => ({ id: x.id, label: x.name }))}
        defaultSelectedKey={session?.territoryId}
        isDisabled={locked}
        isRequired
      />
      <div className="form__row">
        <DateField name="heldOn" label={d.date} defaultValue={session?.heldOn ?? frenchToday()} isDisabled={locked} isRequired />
        <TimeField name="startsAt" label={d.hour} defaultValue={parseTime(session?.startsAt ?? '09:30')} isRequired />
      </div>
      <TextField name="place" label={d.place} defaultValue={session?.place} isRequired minLength={2} maxLength={300} />
      <TextAreaField name="members" label={d.members} description={d.membersHelp} defaultValue={session?.members.join('\n')} rows={5} isRequired />
    </FormDialog>
  );
}
