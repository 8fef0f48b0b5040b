import { useState } from 'react';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useResource } from '../../api/useResource.js';
import { workshopsApi } from '../../api/workshops.js';
import { workshopPath } from '../../app/navigation.js';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { CreateSessionDialog } from './CreateSessionDialog.js';
import { sessionTimes } from './when.js';
import './workshops.css';

/**
 * « Ateliers »: the PIP's collective sessions, most recent first, each opening its page; a new
 * session is created from a dialog and opened at once.
 */
export function WorkshopsPage() {
  const { t, locale, formatNumber } = useI18n();
  const w = t.workshops;
  const l = w.list;
  const loaded = useResource('workshops', () => workshopsApi.list());
  const [creating, setCreating] = useState(false);
  const sessions = loaded.data;

  return (
    <>
      <PageHeader
        title={l.title}
        intro={l.intro}
        actions={
          <Button variant="primary" onPress={() => setCreating(true)}>
            {l.create}
          </Button>
        }
      />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!sessions ? (
        loaded.error ? null : <LoadingState />
      ) : sessions.length === 0 ? (
        <EmptyState title={l.empty}>
          <p>{l.emptyHelp}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <Table aria-label={l.tableLabel} className="table">
            <TableHeader className="table__header">
              <Column isRowHeader className="table__column">
                {l.session}
              </Column>
              <Column className="table__column">{l.date}</Column>
              <Column className="table__column">{l.theme}</Column>
              <Column className="table__column">{l.places}</Column>
              <Column className="table__column">{l.waiting}</Column>
            </TableHeader>
            <TableBody items={sessions} dependencies={[t, locale]}>
              {(s) => {
                const { day, from, to } = sessionTimes(locale, s.startsAt, s.endsAt);
                return (
                  <Row id={s.id} href={workshopPath(s.id)} className="table__row">
                    <Cell className="table__cell">
                      <Link href={workshopPath(s.id)} className="table__link">
                        {s.title}
                      </Link>
                    </Cell>
                    <Cell className="table__cell table__cell--nowrap">{w.when(day, from, to)}</Cell>
                    <Cell className="table__cell">{w.themes[s.theme]}</Cell>
                    <Cell className="table__cell table__cell--nowrap">
                      <span aria-hidden="true">{l.placesValue(s.registered, s.capacity)}</span>
                      <span className="visually-hidden">{l.placesLabel(s.registered, s.capacity)}</span>
                    </Cell>
                    <Cell className="table__cell">{formatNumber(s.waiting)}</Cell>
                  </Row>
                );
              }}
            </TableBody>
          </Table>
        </div>
      )}
      {creating ? <CreateSessionDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
