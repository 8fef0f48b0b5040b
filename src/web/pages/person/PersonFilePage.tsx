import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ApiError } from '../../api/client.js';
import { beneficiariesApi, type BeneficiaryFileData } from '../../api/people.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { homeListOf } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ContactsTab } from '../contacts/ContactsTab.js';
import { AidsTab } from '../aids/AidsTab.js';
import { ContractTab } from '../contract/ContractTab.js';
import { ProofPanel } from '../proof/ProofPanel.js';
import { BreachTab } from '../compliance/BreachTab.js';
import { ExitPanel } from '../exits/ExitPanel.js';
import { fullName } from '../people/BeneficiaryTable.js';
import { StatusBadge } from '../people/badges.js';
import { IdentityForm } from './IdentityForm.js';
import { PersonActions } from './PersonActions.js';
import { PersonSummary } from './PersonSummary.js';
import { ProfileForm } from './ProfileForm.js';
import { Timeline } from './Timeline.js';

/** A list's address (with its filters) passed along by the row link; only local paths are followed. */
function backTarget(state: unknown, fallback: string): string {
  const back = (state as { back?: unknown } | null)?.back;
  return typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : fallback;
}

/**
 * The person's file: summary and alerts, the actions the role allows, the history, and the two
 * edit forms. Saving re-reads the file (new version, alerts, history) without resetting the forms;
 * only an explicit reload after a conflict starts them again from the server's state.
 */
export function PersonFilePage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const p = t.person;
  const user = useCurrentUser();
  const location = useLocation();
  const loaded = useResource(`person:${id}`, () => beneficiariesApi.get(id));
  const [fresh, setFresh] = useState<BeneficiaryFileData | null>(null);
  const [formsKey, setFormsKey] = useState(0);
  const [refreshError, setRefreshError] = useState<ApiError | null>(null);
  // While another person's file is on its way, show nothing of the previous one.
  const file = fresh?.id === id ? fresh : loaded.data?.id === id ? loaded.data : undefined;
  const formsId = `${id}:${formsKey}`;

  async function refetch(restartForms: boolean) {
    try {
      setFresh(await beneficiariesApi.get(id));
      setRefreshError(null);
      if (restartForms) setFormsKey((k) => k + 1);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setRefreshError(error);
    }
  }

  const name = file ? fullName(file.identity) : p.loadingTitle;
  const readOnly = !can(user.role, 'beneficiary:update');
  const readsContracts = can(user.role, 'contract:read');
  const readsContacts = can(user.role, 'contact:read');
  const readsProof = can(user.role, 'proof:read');
  const readsAids = can(user.role, 'aid:read');
  const readsBreaches = can(user.role, 'breach:read');

  return (
    <>
      <p className="back-link">
        <Link to={backTarget(location.state, homeListOf(user.role))}>
          <span aria-hidden="true">← </span>
          {p.back}
        </Link>
      </p>
      <PageHeader
        title={name}
        // The name stays out of the window title, which browsers keep in their history.
        documentTitle={p.loadingTitle}
        intro={file ? (
          <>
            {p.bornOn(formatDate(file.identity.birthDate))} · <StatusBadge status={file.pathway.status} />
          </>
        ) : undefined}
      />
      {loaded.error && !file ? (
        loaded.error.code === 'NOT_FOUND' ? (
          <EmptyState title={p.notFound} />
        ) : (
          <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
        )
      ) : null}
      {refreshError ? <ErrorAlert error={refreshError} onRetry={() => void refetch(false)} /> : null}
      {!file && !loaded.error ? <LoadingState /> : null}
      {file ? (
        <>
          <PersonSummary file={file} />
          <PersonActions file={file} name={name} onChanged={() => void refetch(false)} />
          {file.pathway.status === 'ended' ? <ExitPanel key={file.pathway.endedOn} personId={file.id} onChanged={() => void refetch(false)} /> : null}
          <Tabs className="tabs person-tabs">
            <TabList aria-label={p.tabs.label} className="tabs__list">
              <Tab id="history" className="tabs__tab">
                {p.tabs.history}
              </Tab>
              <Tab id="identity" className="tabs__tab">
                {p.tabs.identity}
              </Tab>
              <Tab id="profile" className="tabs__tab">
                {p.tabs.profile}
              </Tab>
              {readsContracts ? (
                <Tab id="contract" className="tabs__tab">
                  {t.contracts.tab.label}
                </Tab>
              ) : null}
              {readsContacts ? (
                <Tab id="contacts" className="tabs__tab">
                  {t.contacts.tab}
                </Tab>
              ) : null}
              {readsProof ? (
                <Tab id="proof" className="tabs__tab">
                  {t.proof.tab}
                </Tab>
              ) : null}
              {readsAids ? (
                <Tab id="aids" className="tabs__tab">
                  {t.aids.area.label}
                </Tab>
              ) : null}
              {readsBreaches ? (
                <Tab id="breaches" className="tabs__tab">
                  {t.compliance.tab}
                </Tab>
              ) : null}
            </TabList>
            <TabPanel id="history" className="tabs__panel">
              <h2 className="tabs__panel-title">{p.timeline.title}</h2>
              <Timeline file={file} />
            </TabPanel>
            {/* Mounted even when hidden: switching tabs must not throw away what was typed. */}
            <TabPanel id="identity" className="tabs__panel" shouldForceMount>
              <h2 className="tabs__panel-title">{p.tabs.identity}</h2>
              <IdentityForm key={formsId} file={file} readOnly={readOnly} onSaved={() => void refetch(false)} onReload={() => void refetch(true)} />
            </TabPanel>
            <TabPanel id="profile" className="tabs__panel" shouldForceMount>
              <h2 className="tabs__panel-title">{p.tabs.profile}</h2>
              <ProfileForm key={formsId} file={file} readOnly={readOnly} onSaved={() => void refetch(false)} onReload={() => void refetch(true)} />
            </TabPanel>
            {readsContracts ? (
              <TabPanel id="contract" className="tabs__panel tabs__panel--wide">
                <h2 className="tabs__panel-title">{t.contracts.tab.title}</h2>
                <ContractTab file={file} onChanged={() => void refetch(false)} />
              </TabPanel>
            ) : null}
            {readsContacts ? (
              <TabPanel id="contacts" className="tabs__panel">
                <h2 className="tabs__panel-title">{t.contacts.title}</h2>
                <ContactsTab file={file} onChanged={() => void refetch(false)} />
              </TabPanel>
            ) : null}
            {readsProof ? (
              <TabPanel id="proof" className="tabs__panel">
                <h2 className="tabs__panel-title">{t.proof.tab}</h2>
                <ProofPanel beneficiaryId={file.id} since={file.pathway.firstContactOn} />
              </TabPanel>
            ) : null}
            {readsAids ? (
              <TabPanel id="aids" className="tabs__panel tabs__panel--wide">
                <h2 className="tabs__panel-title">{t.aids.tab.title}</h2>
                <AidsTab personId={file.id} />
              </TabPanel>
            ) : null}
            {readsBreaches ? (
              <TabPanel id="breaches" className="tabs__panel">
                <h2 className="tabs__panel-title">{t.compliance.person.title}</h2>
                <BreachTab file={file} />
              </TabPanel>
            ) : null}
          </Tabs>
        </>
      ) : null}
    </>
  );
}
