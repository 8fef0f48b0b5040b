import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ContractStatus } from '../../../shared/cer.js';
import { ApiError } from '../../api/client.js';
import { contractsApi, type ContractDefaultsData, type ContractSummaryData, type ContractViewData } from '../../api/contracts.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { contractEditPath } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { todayIso } from '../../components/form.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { Group } from '../person/PersonSummary.js';
import { ContractActions } from './ContractActions.js';
import { ContractStatusBadge } from './ContractStatusBadge.js';
import { ContractVersions } from './ContractVersions.js';
import { ObjectivesTimeline } from './ObjectivesTimeline.js';

const BINDING: ContractStatus[] = ['in_force', 'validated'];
const PREPARING: ContractStatus[] = ['draft', 'signed', 'submitted', 'returned'];
const ACCOMPANIED = ['waiting_first_contact', 'active', 'suspended'];

/** The contract that matters now: the one in force, else the one being prepared, else the latest. */
function currentOf(versions: ContractSummaryData[]): ContractSummaryData | undefined {
  return versions.find((v) => BINDING.includes(v.status)) ?? versions.find((v) => PREPARING.includes(v.status)) ?? versions[0];
}

interface TabData {
  versions: ContractSummaryData[];
  current: ContractViewData | null;
  /** What a new contract would be, when one may be started (none binding or being prepared). */
  defaults: ContractDefaultsData | null;
}

async function loadTab(personId: string): Promise<TabData> {
  const versions = await contractsApi.forPerson(personId);
  const summary = currentOf(versions);
  const open = versions.some((v) => BINDING.includes(v.status) || PREPARING.includes(v.status));
  const [current, defaults] = await Promise.all([
    summary ? contractsApi.get(summary.id) : null,
    open ? null : contractsApi.defaults(personId),
  ]);
  return { versions, current, defaults };
}

/**
 * The « Contrat » tab of the person's file: the current contract and what may be done with it,
 * its objectives on a calendar, every version. With none, PIP staff prepare the first one here.
 */
export function ContractTab({ file, onChanged }: { file: BeneficiaryFileData; onChanged: () => void }) {
  const { t, formatDate } = useI18n();
  const tab = t.contracts.tab;
  const user = useCurrentUser();
  const navigate = useNavigate();
  const loaded = useResource(`contract-tab:${file.id}`, () => loadTab(file.id));
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const data = loaded.data;

  /** A blank draft from the person's project and the département's usual duration, then its editor. */
  async function prepare(defaults: ContractDefaultsData) {
    setPreparing(true);
    setError(null);
    try {
      const profile = file.profile;
      const created = await contractsApi.create(file.id, {
        startsOn: todayIso(),
        durationMonths: defaults.durations.includes(6) ? 6 : (defaults.durations[0] ?? 6),
        targetJobs: profile.targetJobs,
        zone: profile.searchZone,
        expectedSalary: profile.expectedSalary,
        contractTypeSought: profile.contractTypesSought.map((c) => t.person.profile.contractTypes[c]).join(', ').slice(0, 100) || null,
      });
      navigate(contractEditPath(created.id), { state: { notice: tab.prepared } });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
      setPreparing(false);
    }
  }

  if (loaded.error && !data) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <LoadingState />;
  const { current, defaults } = data;
  const mayPrepare = defaults && can(user.role, 'contract:edit') && ACCOMPANIED.includes(file.pathway.status)
    && (!current || current.status === 'closed');
  const prepareButton = mayPrepare ? (
    <Button variant="primary" isPending={preparing} onPress={() => void prepare(defaults)}>
      {tab.prepare}
    </Button>
  ) : null;

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      {!current ? (
        <EmptyState title={tab.empty}>
          <p>
            {!ACCOMPANIED.includes(file.pathway.status)
              ? tab.notAccompanied
              : mayPrepare
                ? tab.emptyPip(t.contracts.kindInSentence[defaults.kind])
                : tab.emptyOthers}
          </p>
          {prepareButton}
        </EmptyState>
      ) : (
        <>
          <div className="contract-current">
            <Group
              title={BINDING.includes(current.status) ? tab.current.in_force : PREPARING.includes(current.status) ? tab.current.preparing : tab.current.latest}
              entries={[
                [t.contracts.details.kind, `${t.contracts.kindNames[current.kind]} (${t.contracts.kinds[current.kind]})`],
                [tab.status, <ContractStatusBadge key="status" status={current.status} />],
                [tab.version, `${current.versionNumber} — ${t.contracts.natures[current.nature]}`],
                [tab.dates, t.contracts.period(formatDate(current.startsOn), formatDate(current.endsOn))],
                [t.contracts.details.provider, current.providerName],
              ]}
            />
            <ContractActions
              contract={current}
              onChanged={() => {
                loaded.reload();
                // The person's alerts follow the contract (signed, in force, to evaluate).
                onChanged();
              }}
              withOpenLink
            />
            {mayPrepare ? (
              <div className="alert alert--info">
                <p>{tab.newAfterClosed}</p>
                {prepareButton}
              </div>
            ) : null}
          </div>
          <h3 className="contract-section__subtitle">{t.contracts.timeline.title}</h3>
          <ObjectivesTimeline startsOn={current.startsOn} endsOn={current.endedOn ?? current.endsOn} objectives={current.objectives} />
          <h3 className="contract-section__subtitle">{tab.versions}</h3>
          <ContractVersions versions={data.versions} />
        </>
      )}
    </>
  );
}
