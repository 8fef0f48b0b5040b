import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader, type Selection } from 'react-aria-components';
import type { ContractSummaryData } from '../../api/contract-queues.js';
import { contractPath, filePath } from '../../app/navigation.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { useI18n } from '../../i18n/index.js';
import { ContractStatusBadge } from '../contract/ContractStatusBadge.js';

const BASE_COLUMNS = ['person', 'contract', 'nature', 'startsOn', 'endsOn', 'status'] as const;
const OPTIONAL_COLUMNS = ['provider', 'submittedAt'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
type ColumnId = (typeof BASE_COLUMNS)[number] | OptionalColumn;
/** Short values that read badly when broken over two lines. */
const NOWRAP: ReadonlySet<ColumnId> = new Set(['contract', 'startsOn', 'endsOn', 'submittedAt']);

export interface ContractTableProps {
  label: string;
  items: ContractSummaryData[];
  columns: readonly OptionalColumn[];
  /** Row selection (bulk validation); absent, rows are not selectable. */
  selection?: { selectedKeys: Selection; onSelectionChange: (keys: Selection) => void };
}

/**
 * A queue of contracts as a React Aria grid. Each row opens the contract (Enter on the row, or the
 * contract's link); the person's name opens their file. The list's address travels along so that
 * a "back" link on those pages returns to the same queue and page.
 */
export function ContractTable({ label, items, columns, selection }: ContractTableProps) {
  const { t, formatDate, formatDateTime } = useI18n();
  const c = t.contractQueues.table;
  const location = useLocation();
  const back = `${location.pathname}${location.search}`;
  const shown: ColumnId[] = [...BASE_COLUMNS, ...OPTIONAL_COLUMNS.filter((column) => columns.includes(column))];
  const content: Record<ColumnId, (contract: ContractSummaryData) => ReactNode> = {
    person: (x) => (
      <Link href={filePath(x.beneficiaryId)} routerOptions={{ state: { back } }} className="table__link">
        {x.personName}
      </Link>
    ),
    contract: (x) => (
      <Link href={contractPath(x.id)} routerOptions={{ state: { back } }} className="table__link">
        {c.contractLink(t.contracts.kinds[x.kind], x.versionNumber)}
      </Link>
    ),
    nature: (x) => t.contracts.natures[x.nature],
    startsOn: (x) => formatDate(x.startsOn),
    endsOn: (x) => formatDate(x.endsOn),
    status: (x) => <ContractStatusBadge status={x.status} />,
    provider: (x) => x.providerName,
    submittedAt: (x) => (x.submittedAt ? formatDateTime(x.submittedAt) : t.common.none),
  };

  return (
    <div className="table-wrap">
      <Table
        aria-label={label}
        selectionMode={selection ? 'multiple' : 'none'}
        selectedKeys={selection?.selectedKeys}
        onSelectionChange={selection?.onSelectionChange}
        className="table table--contracts"
      >
        <TableHeader className="table__header">
          {selection ? (
            <Column className="table__column table__column--check">
              <Checkbox slot="selection" />
            </Column>
          ) : null}
          {shown.map((id) => (
            <Column key={id} id={id} isRowHeader={id === 'person'} className="table__column">
              {c[id]}
            </Column>
          ))}
        </TableHeader>
        <TableBody items={items} dependencies={[t, formatDate, formatDateTime, back, columns]}>
          {(contract) => (
            <Row id={contract.id} href={contractPath(contract.id)} routerOptions={{ state: { back } }} className="table__row">
              {selection ? (
                <Cell className="table__cell table__cell--check">
                  <Checkbox slot="selection" />
                </Cell>
              ) : null}
              {shown.map((id) => (
                <Cell key={id} className={NOWRAP.has(id) ? 'table__cell table__cell--nowrap' : 'table__cell'}>
                  {content[id](contract)}
                </Cell>
              ))}
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
