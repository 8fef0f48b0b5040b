import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { usersApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SortableColumn } from '../../components/SortableColumn.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useSortedItems } from '../../components/useSortedItems.js';
import { useI18n } from '../../i18n/index.js';

/** Read-only for the PIP coordinator: the server scopes the list to their own PIP. */
export function ReferentsPage() {
  const { t, formatDateTime } = useI18n();
  const users = useResource('users', usersApi.list);
  const referents = (users.data ?? []).filter((user) => user.role === 'referent');
  const { sorted, sortDescriptor, onSortChange } = useSortedItems(
    referents,
    { name: (x) => x.displayName, email: (x) => x.email, lastLogin: (x) => x.lastLoginAt },
    { column: 'name', direction: 'ascending' },
  );

  return (
    <>
      <PageHeader title={t.referents.title} intro={t.referents.intro} />
      {users.error ? <ErrorAlert error={users.error} onRetry={users.reload} /> : null}
      {users.loading && !users.data ? <LoadingState /> : null}
      {users.data ? (
        <div className="table-wrap">
          <Table aria-label={t.referents.title} sortDescriptor={sortDescriptor} onSortChange={onSortChange} className="table">
            <TableHeader className="table__header">
              <SortableColumn id="name" isRowHeader>
                {t.users.name}
              </SortableColumn>
              <SortableColumn id="email">{t.users.email}</SortableColumn>
              <Column id="status" className="table__column">
                {t.users.status}
              </Column>
              <SortableColumn id="lastLogin">{t.users.lastLogin}</SortableColumn>
            </TableHeader>
            <TableBody items={sorted} dependencies={[t, formatDateTime]} renderEmptyState={() => <p className="table__empty">{t.referents.empty}</p>}>
              {(user) => (
                <Row id={user.id} className="table__row">
                  <Cell className="table__cell">{user.displayName}</Cell>
                  <Cell className="table__cell table__cell--break">{user.email}</Cell>
                  <Cell className="table__cell">
                    <span className={`badge ${user.active ? 'badge--success' : 'badge--muted'}`}>
                      {user.active ? t.users.active : t.users.inactive}
                    </span>
                  </Cell>
                  <Cell className="table__cell">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t.users.never}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
