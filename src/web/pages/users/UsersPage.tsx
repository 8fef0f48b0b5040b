import { useMemo, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import type { User } from '../../../shared/contracts/organisations.js';
import { ApiError } from '../../api/client.js';
import { providersApi, usersApi } from '../../api/endpoints.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { UserDialog } from './UserDialog.js';
import { UsersTable } from './UsersTable.js';

type Editing = { user: User | null } | null;

export function UsersPage() {
  const { t } = useI18n();
  const u = t.users;
  const notify = useNotify();
  const me = useCurrentUser();
  const users = useResource('users', usersApi.list);
  const providers = useResource('providers', providersApi.list);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [toDeactivate, setToDeactivate] = useState<User | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const providerName = (id: string | null) => providers.data?.find((p) => p.id === id)?.name ?? t.common.none;
  const filtered = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list = users.data ?? [];
    return q ? list.filter((x) => `${x.displayName} ${x.email}`.toLocaleLowerCase().includes(q)) : list;
  }, [users.data, query]);

  async function reactivate(user: User) {
    setActionError(null);
    try {
      await usersApi.update(user.id, { active: true });
      notify(u.reactivated(user.displayName));
      users.reload();
    } catch (error) {
      if (error instanceof ApiError) setActionError(error);
      else throw error;
    }
  }

  return (
    <>
      <PageHeader
        title={u.title}
        intro={u.intro}
        actions={
          <Button variant="primary" onPress={() => setEditing({ user: null })}>
            {u.create}
          </Button>
        }
      />
      <SearchField className="field field--search" value={query} onChange={setQuery}>
        <Label className="field__label">{u.filter}</Label>
        <Input className="field__input" />
      </SearchField>
      {users.error ? <ErrorAlert error={users.error} onRetry={users.reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {users.loading && !users.data ? (
        <LoadingState />
      ) : users.data ? (
        <UsersTable
          users={filtered}
          currentUserId={me.id}
          providerName={providerName}
          emptyText={query ? u.noMatch : u.empty}
          onEdit={(user) => setEditing({ user })}
          onToggleActive={(user) => (user.active ? setToDeactivate(user) : void reactivate(user))}
        />
      ) : null}
      {editing ? (
        <UserDialog
          key={editing.user?.id ?? 'new'}
          user={editing.user}
          providers={providers.data ?? []}
          isOpen
          onOpenChange={(open) => !open && setEditing(null)}
          onSaved={users.reload}
        />
      ) : null}
      <ConfirmDialog
        isOpen={toDeactivate !== null}
        onOpenChange={(open) => !open && setToDeactivate(null)}
        title={toDeactivate ? u.confirmTitle(toDeactivate.displayName) : ''}
        body={u.confirmBody}
        confirmLabel={u.deactivate}
        onConfirm={async () => {
          if (!toDeactivate) return;
          await usersApi.update(toDeactivate.id, { active: false });
          notify(u.deactivated(toDeactivate.displayName));
          users.reload();
        }}
      />
    </>
  );
}
