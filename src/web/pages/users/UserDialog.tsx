import { useState } from 'react';
import type { Key } from 'react-aria-components';
import type { Provider, User, UserInput, UserUpdate } from '../../../shared/contracts/organisations.js';
import { isProviderRole, ROLES, type Role } from '../../../shared/roles.js';
import { usersApi } from '../../api/endpoints.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

interface UserDialogProps {
  /** null: create a user; a user: edit it. */
  user: User | null;
  providers: Provider[];
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: () => void;
}

export function UserDialog({ user, providers, isOpen, onOpenChange, onSaved }: UserDialogProps) {
  const { t } = useI18n();
  const u = t.users;
  const notify = useNotify();
  const [role, setRole] = useState<Role>(user?.role ?? 'referent');
  const needsProvider = isProviderRole(role);

  async function submit(data: FormData) {
    const providerId = needsProvider ? text(data, 'providerId') || null : null;
    const displayName = text(data, 'displayName');
    if (user) {
      const update: UserUpdate = { displayName, role, providerId };
      const password = String(data.get('password') ?? '');
      if (password) update.password = password;
      await usersApi.update(user.id, update);
      notify(u.updated(displayName));
    } else {
      const input: UserInput = {
        email: text(data, 'email'),
        displayName,
        role,
        providerId,
        password: String(data.get('password') ?? ''),
      };
      await usersApi.create(input);
      notify(u.created(displayName));
    }
    onSaved();
  }

  return (
    <FormDialog
      title={user ? u.editTitle(user.displayName) : u.createTitle}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      onSubmit={submit}
      submitLabel={user ? t.common.save : t.common.create}
      codeToField={{ WEAK_PASSWORD: 'password', CONFLICT: 'email' }}
    >
      {user ? (
        <p className="form__static">
          <span className="form__static-label">{u.email} :</span> {user.email}
        </p>
      ) : (
        <TextField name="email" type="email" label={u.email} autoComplete="off" isRequired maxLength={254} />
      )}
      <TextField name="displayName" label={u.displayName} defaultValue={user?.displayName} isRequired maxLength={120} />
      <SelectField
        name="role"
        label={u.role}
        options={ROLES.map((r) => ({ id: r, label: t.roles[r] }))}
        value={role}
        onChange={(key: Key | null) => key && setRole(key as Role)}
        isRequired
      />
      {needsProvider ? (
        <SelectField
          name="providerId"
          label={u.providerField}
          description={u.providerHelp}
          options={providers.map((p) => ({ id: p.id, label: p.name }))}
          defaultValue={user?.providerId ?? null}
          isRequired
        />
      ) : null}
      <TextField
        name="password"
        type="password"
        label={user ? u.newPassword : u.password}
        description={user ? u.newPasswordHelp : u.passwordHelp}
        autoComplete="new-password"
        isRequired={!user}
        minLength={12}
        maxLength={512}
      />
    </FormDialog>
  );
}
