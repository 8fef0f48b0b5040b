import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { AidQueueData } from '../../api/aids.js';
import { aidPath } from '../../app/navigation.js';
import { useI18n } from '../../i18n/index.js';

type Item = AidQueueData['items'][number];

/** Aid requests as a table, each opening its page: the person's own tab leaves the person out. */
export function AidTable({ items, withPerson }: { items: Item[]; withPerson: boolean }) {
  const { t, locale, formatMoney, formatDateTime } = useI18n();
  const a = t.aids;
  const c = a.columns;
  const euros = (cents: number | null) => (cents === null ? '—' : formatMoney(cents / 100));
  return (
    <div className="table-wrap">
      <Table aria-label={a.queue.tableLabel} className="table">
        <TableHeader className="table__header">
          <Column isRowHeader className="table__column">{c.type}</Column>
          {withPerson ? <Column className="table__column">{c.person}</Column> : null}
          {withPerson ? <Column className="table__column">{c.provider}</Column> : null}
          <Column className="table__column">{c.status}</Column>
          <Column className="table__column">{c.requested}</Column>
          <Column className="table__column">{c.granted}</Column>
          <Column className="table__column">{c.paid}</Column>
          <Column className="table__column">{c.submitted}</Column>
        </TableHeader>
        <TableBody items={items} dependencies={[t, locale, withPerson]}>
          {(i) => (
            <Row id={i.id} href={aidPath(i.id)} className="table__row">
              <Cell className="table__cell">
                <Link href={aidPath(i.id)} className="table__link">
                  {a.types[i.aidType]}
                </Link>
              </Cell>
              {withPerson ? <Cell className="table__cell">{i.personName}</Cell> : null}
              {withPerson ? <Cell className="table__cell">{i.providerName}</Cell> : null}
              <Cell className="table__cell">{a.statuses[i.status]}</Cell>
              <Cell className="table__cell table__cell--nowrap">{euros(i.requestedCents)}</Cell>
              <Cell className="table__cell table__cell--nowrap">{euros(i.grantedCents)}</Cell>
              <Cell className="table__cell table__cell--nowrap">{euros(i.paidCents)}</Cell>
              <Cell className="table__cell table__cell--nowrap">{i.submittedAt ? formatDateTime(i.submittedAt) : '—'}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
