import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { contractsApi, type ContractViewData } from '../../api/contracts.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { FILE_ROLES, filePath } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ProofPanel } from '../proof/ProofPanel.js';
import { ContractActions } from './ContractActions.js';
import { ContractDetails } from './ContractDetails.js';
import { ContractStatusBadge } from './ContractStatusBadge.js';

/**
 * `/contrats/:id`: one contract, read by every role that reads contracts (the auditor too), with
 * the actions the server allows this reader now. After an action it is read again.
 */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const c = t.contracts;
  const user = useCurrentUser();
  const loaded = useResource(`contract:${id}`, () => contractsApi.get(id));
  const [fresh, setFresh] = useState<ContractViewData | null>(null);
  const [refreshError, setRefreshError] = useState<ApiError | null>(null);
  const contract = fresh?.id === id ? fresh : loaded.data?.id === id ? loaded.data : undefined;

  async function refetch() {
    try {
      setFresh(await contractsApi.get(id));
      setRefreshError(null);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setRefreshError(error);
    }
  }

  return (
    <>
      {/* The auditor reads contracts but not people's files: no link to where they could not go. */}
      {contract && FILE_ROLES.includes(user.role) ? (
        <p className="back-link">
          <Link to={filePath(contract.beneficiaryId)}>
            <span aria-hidden="true">← </span>
            {c.page.back}
          </Link>
        </p>
      ) : null}
      <PageHeader
        title={contract ? c.page.title(c.kindNames[contract.kind], contract.personName) : c.page.documentTitle}
        // The person's name stays out of the window title, which browsers keep in their history.
        documentTitle={c.page.documentTitle}
        intro={contract ? (
          <>
            <ContractStatusBadge status={contract.status} /> · {c.page.version(contract.versionNumber)} · {c.natures[contract.nature]} ·{' '}
            {c.period(formatDate(contract.startsOn), formatDate(contract.endsOn))}
          </>
        ) : undefined}
      />
      {loaded.error && !contract ? (
        loaded.error.code === 'NOT_FOUND' ? <EmptyState title={c.page.notFound} /> : <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
      ) : null}
      {refreshError ? <ErrorAlert error={refreshError} onRetry={() => void refetch()} /> : null}
      {!contract && !loaded.error ? <LoadingState /> : null}
      {contract ? (
        <>
          <ContractActions contract={contract} onChanged={() => void refetch()} />
          <ContractDetails contract={contract} />
          {/* The auditor opens no person's file: the proof pack is offered beside the contract. */}
          {can(user.role, 'proof:read') && !FILE_ROLES.includes(user.role) ? <ProofPanel beneficiaryId={contract.beneficiaryId} since={contract.startsOn} /> : null}
        </>
      ) : null}
    </>
  );
}
