import { useState } from 'react';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { SESSION_FILTERS, type SessionFilter } from '../../../shared/team-sessions.js';
import { territoriesApi } from '../../api/endpoints.js';
import { useCurrentUser } from '../../api/session.js';
import { teamSessionsApi } from '../../api/team-sessions.js';
import { useResource } from '../../api/useResource.js';
import { teamSessionPath } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { SessionDialog } from './SessionDialog.js';
import './team-sessions.css';

const ALL = 'all';

/**
 * « Équipe pluridisciplinaire »: the sessions of the département, filtered by territory and by
 * what they need (to come, to prepare, held); the officer plans a new one from a dialog.
 */
export function TeamSessionsPage() {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const ts = t.teamSessions;
  const l = ts.list;
  const user = useCurrentUser();
  const [territoryId, setTerritoryId] = useState<string>(ALL);
  const [when, setWhen] = useState<SessionFilter | typeof ALL>('upcoming');
  const [creating, setCreating] = useState(false);
  const territories = useResource('territories', () => territoriesApi.list());
  const query = { territoryId: territoryId === ALL ? undefined : territoryId, when: when === ALL ? undefined : when };
  const loaded = useResource(`team-sessions:${territoryId}:${when}`, () => teamSessionsApi.list(query));
  const sessions = loaded.data;
  const filtered = territoryId !== ALL || when !== ALL;

  return (
    <>
      <PageHeader
        title={l.title}
        intro={l.intro}
        actions={can(user.role, 'team:manage') ? <Button variant="primary" onPress={() => setCreating(true)}>{l.create}</Button> : null}
      />
      <div className="form__row team-sessions__filters" role="group" aria-label={l.filters}>
        <SelectField
          label={l.territory}
          options={[{ id: ALL, label: l.allTerritories }, ...(territories.data ?? []).map((x) => ({ id: x.id, label: x.name }))]}
          selectedKey={territoryId}
          onSelectionChange={(k) => setTerritoryId(String(k))}
        />
        <SelectField
          label={l.when}
          options={[...SESSION_FILTERS.map((id) => ({ id, label: l.filterLabels[id] })), { id: ALL, label: l.all }]}
          selectedKey={when}
          onSelectionChange={(k) => setWhen(String(k) as SessionFilter)}
        />
      </div>
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!sessions ? (
        loaded.error ? null : <LoadingState />
      ) : sessions.length === 0 ? (
        <EmptyState title={l.empty}>
          <p>{filtered ? l.emptyFiltered : l.emptyHelp}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <Table aria-label={l.tableLabel} className="table">
            <TableHeader className="table__header">
              <Column isRowHeader className="table__column">{l.date}</Column>
              <Column className="table__column">{l.territory}</Column>
              <Column className="table__column">{l.place}</Column>
              <Column className="table__column">{l.phase}</Column>
              <Column className="table__column">{l.cases}</Column>
              <Column className="table__column">{l.opinions}</Column>
              <Column className="table__column">{l.waiting}</Column>
            </TableHeader>
            <TableBody items={sessions} dependencies={[t, locale]}>
              {(s) => (
                <Row id={s.id} href={teamSessionPath(s.id)} className="table__row">
                  <Cell className="table__cell table__cell--nowrap">
                    <Link href={teamSessionPath(s.id)} className="table__link">{ts.when(formatDate(s.heldOn), s.startsAt)}</Link>
                  </Cell>
                  <Cell className="table__cell">{s.territoryName}</Cell>
                  <Cell className="table__cell">{s.place}</Cell>
                  <Cell className="table__cell">{ts.phases[s.phase]}</Cell>
                  <Cell className="table__cell">{formatNumber(s.caseCount)}</Cell>
                  <Cell className="table__cell">{formatNumber(s.opinionCount)}</Cell>
                  <Cell className="table__cell">{formatNumber(s.waiting)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      )}
      {creating ? <SessionDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
