import { useNavigate } from 'react-router';
import { frenchToday } from '../../../shared/calendar.js';
import { WORKSHOP_THEMES } from '../../../shared/contacts.js';
import { usersApi } from '../../api/endpoints.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { workshopsApi } from '../../api/workshops.js';
import { can } from '../../app/permissions.js';
import { workshopPath } from '../../app/navigation.js';
import { DateField } from '../../components/fields/DateField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { number, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useI18n } from '../../i18n/index.js';
import { parisDateTime } from '../contacts/dateTime.js';
import { TimeField } from '../contacts/TimeField.js';

/**
 * A new session: theme, title, the day and its hours (Paris time), place, places, facilitator.
 * The time fields carry the API's names (startsAt, endsAt): what the server says lands on them.
 */
export function CreateSessionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const d = t.workshops.dialogs.create;
  const navigate = useNavigate();
  // A manager may put the session in a team member's agenda; a referent's goes into their own.
  const user = useCurrentUser();
  const staff = useResource(can(user.role, 'user:read') ? 'users' : null, usersApi.list);
  const team = (staff.data ?? []).filter((u) => u.active && u.providerId === user.providerId);

  async function submit(data: FormData) {
    const day = text(data, 'date');
    const { id } = await workshopsApi.create({
      theme: text(data, 'theme') as (typeof WORKSHOP_THEMES)[number],
      title: text(data, 'title'),
      startsAt: parisDateTime(day, text(data, 'startsAt')),
      endsAt: parisDateTime(day, text(data, 'endsAt')),
      place: text(data, 'place'),
      capacity: number(data, 'capacity'),
      facilitator: text(data, 'facilitator'),
      facilitatorUserId: text(data, 'facilitatorUserId') || undefined,
    });
    // The session's page says it: a toast before the navigation would be dismissed with the old page.
    navigate(workshopPath(id), { state: { created: true } });
  }

  return (
    <FormDialog title={d.title} submitLabel={d.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <SelectField name="theme" label={d.theme} options={WORKSHOP_THEMES.map((id) => ({ id, label: t.workshops.themes[id] }))} isRequired />
      <TextField name="title" label={d.sessionTitle} isRequired minLength={3} maxLength={200} />
      <div className="form__row">
        <DateField name="date" label={d.date} defaultValue={frenchToday()} isRequired />
        <TimeField name="startsAt" label={d.startsAt} isRequired />
        <TimeField name="endsAt" label={d.endsAt} isRequired />
      </div>
      <TextField name="place" label={d.place} isRequired minLength={2} maxLength={300} />
      <div className="form__row">
        <NumberField name="capacity" label={d.capacity} defaultValue={12} minValue={1} maxValue={200} isRequired />
        <TextField name="facilitator" label={d.facilitator} isRequired minLength={2} maxLength={160} />
      </div>
      {team.length > 0 ? (
        <SelectField
          name="facilitatorUserId"
          label={d.facilitatorUser}
          description={d.facilitatorUserHelp}
          defaultSelectedKey={user.id}
          options={team.map((u) => ({ id: u.id, label: u.displayName }))}
        />
      ) : null}
    </FormDialog>
  );
}
