import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader, type Key } from 'react-aria-components';
import type { ImportReportData } from '../../api/people.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { Pagination } from '../../components/Pagination.js';
import { useI18n } from '../../i18n/index.js';
import { targetLabel } from './importFields.js';

type Line = ImportReportData['lines'][number];
type Fate = Line['fate'];

const PAGE_SIZE = 50;
const FATES: Fate[] = ['rejected', 'create', 'update', 'unchanged'];
const FATE_TONE: Record<Fate, string> = { create: 'badge--success', update: 'badge--info', unchanged: 'badge--muted', rejected: 'badge--danger' };

/**
 * Every line's fate with the server's French reason (rejections name line and column) or the
 * fields that change. A monthly file has thousands of lines: filtered and paged here, in memory.
 */
export function ImportLinesTable({ lines }: { lines: Line[] }) {
  const { t } = useI18n();
  const r = t.imports.report;
  const [fate, setFate] = useState<Fate | 'all'>(lines.some((l) => l.fate === 'rejected') ? 'rejected' : 'all');
  const [page, setPage] = useState(1);
  const shown = fate === 'all' ? lines : lines.filter((l) => l.fate === fate);
  // A rejected line may appear once per problem: rows are keyed by position, not by line number.
  const pageLines = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((line, i) => ({ ...line, id: (page - 1) * PAGE_SIZE + i }));
  const count = (f: Fate) => lines.filter((l) => l.fate === f).length;

  const detail = (line: Line) => {
    if (line.fate === 'update' && line.changedFields.length) return r.changed(line.changedFields.map((f) => targetLabel(t, f)).join(', '));
    return line.reason ?? t.common.none;
  };

  return (
    <div className="stack">
      <div className="filters__inline">
        <SelectField
          label={r.fateFilter}
          options={[
            { id: 'all', label: `${r.allFates} (${lines.length})` },
            ...FATES.map((f) => ({ id: f, label: `${r.fates[f]} (${count(f)})` })),
          ]}
          value={fate}
          onChange={(key: Key | null) => {
            if (key === null) return;
            setFate(key as Fate | 'all');
            setPage(1);
          }}
        />
      </div>
      <div className="table-wrap">
        <Table aria-label={r.lines} className="table table--dense">
          <TableHeader className="table__header">
            <Column id="line" className="table__column">
              {r.line}
            </Column>
            <Column id="person" isRowHeader className="table__column">
              {r.person}
            </Column>
            <Column id="fate" className="table__column">
              {r.fate}
            </Column>
            <Column id="detail" className="table__column">
              {r.detail}
            </Column>
          </TableHeader>
          <TableBody items={pageLines} dependencies={[t]} renderEmptyState={() => <p className="table__empty">{r.noLines}</p>}>
            {(line) => (
              <Row id={line.id} className="table__row">
                <Cell className="table__cell">{line.line}</Cell>
                <Cell className="table__cell">{line.person ?? t.common.none}</Cell>
                <Cell className="table__cell">
                  <span className={`badge ${FATE_TONE[line.fate]}`}>{r.fates[line.fate]}</span>
                </Cell>
                <Cell className="table__cell table__cell--break">
                  {detail(line)}
                  {line.column && line.fate === 'rejected' ? <span className="muted"> ({r.column(line.column)})</span> : null}
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      {shown.length > PAGE_SIZE ? (
        <Pagination page={page} pageSize={PAGE_SIZE} total={shown.length} onPage={setPage} label={r.pagination} previous={t.list.previous} next={t.list.next} status={r.pageStatus} />
      ) : null}
    </div>
  );
}
