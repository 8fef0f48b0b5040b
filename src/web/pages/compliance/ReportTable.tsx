import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { ReportSummaryData } from '../../api/compliance.js';
import { breachPath } from '../../app/navigation.js';
import { EmptyState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { stepLabel } from './labels.js';

/** Reports, oldest first, each row opening the report. */
export function ReportTable({ reports, label }: { reports: ReportSummaryData[]; label: string }) {
  const { t, locale } = useI18n();
  const l = t.compliance.list;
  if (reports.length === 0) return <EmptyState title={l.empty} />;
  return (
    <div className="table-wrap">
      <Table aria-label={label} className="table">
        <TableHeader className="table__header">
          <Column isRowHeader className="table__column">{l.person}</Column>
          <Column className="table__column">{l.kind}</Column>
          <Column className="table__column">{l.status}</Column>
          <Column className="table__column">{l.provider}</Column>
          <Column className="table__column">{l.territory}</Column>
          <Column className="table__column">{l.age}</Column>
        </TableHeader>
        <TableBody items={reports} dependencies={[t, locale]}>
          {(r) => (
            <Row id={r.id} href={breachPath(r.id)} className="table__row">
              <Cell className="table__cell">{r.personName}</Cell>
              <Cell className="table__cell">{t.compliance.kinds[r.kind]}</Cell>
              <Cell className="table__cell">{stepLabel(t, r)}</Cell>
              <Cell className="table__cell">{r.providerName}</Cell>
              <Cell className="table__cell">{r.territoryName ?? '—'}</Cell>
              <Cell className="table__cell">{l.days(r.ageDays)}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
