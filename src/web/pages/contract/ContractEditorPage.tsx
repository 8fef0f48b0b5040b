import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { contractsApi } from '../../api/contracts.js';
import { referenceApi } from '../../api/reference.js';
import { useResource } from '../../api/useResource.js';
import { contractPath } from '../../app/navigation.js';
import { useNotify } from '../../components/Notifier.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState, Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ContractEditor, type EditorData } from './ContractEditor.js';

/** Everything the editor needs: the contract, what the département offers, and the reference wordings. */
async function loadEditor(id: string): Promise<EditorData> {
  const view = await contractsApi.get(id);
  const [defaults, objectives, actions] = await Promise.all([
    contractsApi.defaults(view.beneficiaryId),
    referenceApi.list('objectives'),
    referenceApi.list('actions'),
  ]);
  return { view, defaults, objectives, actions };
}

/** `/contrats/:id/modifier`: the editor of a draft, a returned or a signed contract. */
export function ContractEditorPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const e = t.contracts.editor;
  const loaded = useResource(`contract-editor:${id}`, () => loadEditor(id));
  const [fresh, setFresh] = useState<EditorData | null>(null);
  const [generation, setGeneration] = useState(0);
  const [reloadError, setReloadError] = useState<ApiError | null>(null);
  const data = fresh?.view.id === id ? fresh : loaded.data?.view.id === id ? loaded.data : undefined;
  const notify = useNotify();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;

  // The page that created this version says so here: a message sent before the move would be
  // cleared by the move itself (messages do not follow the person to another page). Said once:
  // a reload of the page must not say it again.
  useEffect(() => {
    if (typeof notice !== 'string') return;
    notify(notice);
    navigate(location.pathname, { replace: true, state: null });
  }, [notice, notify, navigate, location.pathname]);

  async function reload() {
    try {
      setFresh(await loadEditor(id));
      setReloadError(null);
      setGeneration((g) => g + 1);
      // The button that asked for it is gone with the old form: start again from the page's heading.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('h1')?.focus());
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setReloadError(error);
    }
  }

  const view = data?.view;
  return (
    <>
      <p className="back-link">
        <Link to={contractPath(id)}>
          <span aria-hidden="true">← </span>
          {e.back}
        </Link>
      </p>
      <PageHeader
        title={e.title}
        intro={view ? `${t.contracts.kindNames[view.kind]} — ${view.personName} · ${t.contracts.page.version(view.versionNumber)}` : undefined}
      />
      {loaded.error && !data ? (
        loaded.error.code === 'NOT_FOUND' ? <EmptyState title={t.contracts.page.notFound} /> : <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
      ) : null}
      {reloadError ? <ErrorAlert error={reloadError} onRetry={() => void reload()} /> : null}
      {!data && !loaded.error ? <LoadingState /> : null}
      {data && view ? (
        view.allowed.includes('edit') ? (
          <ContractEditor key={`${id}:${generation}`} data={data} onReload={() => void reload()} />
        ) : (
          <Notice tone="info">
            <p>{e.readOnly}</p>
            <p>
              <Link to={contractPath(id)}>{e.back}</Link>
            </p>
          </Notice>
        )
      ) : null}
    </>
  );
}
