import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { User } from '../../../shared/contracts/organisations.js';
import { Button } from '../../components/Button.js';
import { SortableColumn } from '../../components/SortableColumn.js';
import { useSortedItems } from '../../components/useSortedItems.js';
import { useI18n } from '../../i18n/index.js';

interface UsersTableProps {
  users: User[];
  /** One cannot deactivate one's own account: that would lock the administrator out. */
  currentUserId: string;
  providerName: (id: string | null) => string;
  emptyText: string;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UsersTable({ users, currentUserId, providerName, emptyText, onEdit, onToggleActive }: UsersTableProps) {
  const { t, formatDateTime } = useI18n();
  const u = t.users;
  const { sorted, sortDescriptor, onSortChange } = useSortedItems(
    users,
    {
      name: (x) => x.displayName,
      email: (x) => x.email,
      role: (x) => t.roles[x.role],
      provider: (x) => (x.providerId ? providerName(x.providerId) : null),
      status: (x) => (x.active ? 0 : 1),
      lastLogin: (x) => x.lastLoginAt,
    },
    { column: 'name', direction: 'ascending' },
  );

  return (
    <div className="table-wrap">
      <Table aria-label={u.title} sortDescriptor={sortDescriptor} onSortChange={onSortChange} className="table">
        <TableHeader className="table__header">
          <SortableColumn id="name" isRowHeader>
            {u.name}
          </SortableColumn>
          <SortableColumn id="email">{u.email}</SortableColumn>
          <SortableColumn id="role">{u.role}</SortableColumn>
          <SortableColumn id="provider">{u.provider}</SortableColumn>
          <SortableColumn id="status">{u.status}</SortableColumn>
          <SortableColumn id="lastLogin">{u.lastLogin}</SortableColumn>
          <Column id="actions" className="table__column">
            {t.common.actions}
          </Column>
        </TableHeader>
        <TableBody items={sorted} dependencies={[t, providerName, formatDateTime, currentUserId]} renderEmptyState={() => <p className="table__empty">{emptyText}</p>}>
          {(user) => (
            <Row id={user.id} className="table__row">
              <Cell className="table__cell">{user.displayName}</Cell>
              <Cell className="table__cell table__cell--break">{user.email}</Cell>
              <Cell className="table__cell">{t.roles[user.role]}</Cell>
              <Cell className="table__cell">{user.providerId ? providerName(user.providerId) : t.common.none}</Cell>
              <Cell className="table__cell">
                <span className={`badge ${user.active ? 'badge--success' : 'badge--muted'}`}>
                  {user.active ? u.active : u.inactive}
                </span>
              </Cell>
              <Cell className="table__cell">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : u.never}</Cell>
              <Cell className="table__cell">
                <div className="table__actions">
                  <Button size="sm" onPress={() => onEdit(user)} aria-label={u.editLabel(user.displayName)}>
                    {t.common.edit}
                  </Button>
                  {user.id === currentUserId ? null : (
                    <Button
                      size="sm"
                      variant="secondary"
                      onPress={() => onToggleActive(user)}
                      aria-label={user.active ? u.deactivateLabel(user.displayName) : u.reactivateLabel(user.displayName)}
                    >
                      {user.active ? u.deactivate : u.reactivate}
                    </Button>
                  )}
                </div>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
