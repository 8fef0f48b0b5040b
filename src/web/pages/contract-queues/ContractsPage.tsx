import { useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { contractQueuesApi, type ContractQueue } from '../../api/contract-queues.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import { ContractQueueList } from './ContractQueueList.js';
import { useQueuePage } from './useQueuePage.js';
import './contract-queues.css';

/** The PIP's queues, in the order a contract goes through them; `to_validate` is the département's. */
const PIP_QUEUES = ['to_sign', 'to_submit', 'returned', 'to_renew', 'to_evaluate', 'to_convert'] as const satisfies readonly ContractQueue[];
type PipQueue = (typeof PIP_QUEUES)[number];
const NO_OPTIONAL_COLUMNS = [] as const;

/** French words in the address (?file=a-signer): it is what people read, bookmark and share. */
const SLUGS: Record<PipQueue, string> = {
  to_sign: 'a-signer',
  to_submit: 'a-transmettre',
  returned: 'renvoyes',
  to_renew: 'a-renouveler',
  to_evaluate: 'a-evaluer',
  to_convert: 'a-convertir',
};

/**
 * « Contrats »: the contracts of the PIP (the manager) or of the referent's own people waiting for
 * them, one tab per queue with its count. The chosen queue and page are kept in the address.
 */
export function ContractsPage() {
  const { t, formatNumber } = useI18n();
  const p = t.contractQueues.pip;
  const [params, setParams] = useSearchParams();
  const queue = PIP_QUEUES.find((q) => SLUGS[q] === params.get('file')) ?? 'to_sign';
  const totals = useResource('contract-queue-totals', () => contractQueuesApi.totals(PIP_QUEUES));

  // Another queue starts on its first page.
  const select = (key: Key) => setParams({ file: SLUGS[key as PipQueue] }, { replace: true });

  return (
    <>
      <PageHeader title={p.title} intro={p.intro} />
      <Tabs className="tabs contract-queues" selectedKey={queue} onSelectionChange={select}>
        <TabList aria-label={p.queuesLabel} className="tabs__list">
          {PIP_QUEUES.map((q) => {
            const total = totals.data?.[q];
            return (
              <Tab key={q} id={q} className="tabs__tab">
                {p.queues[q]}
                {total === undefined ? null : (
                  <>
                    {/* The number is drawn as a badge; assistive technologies read « À signer, 2 contrats ». */}
                    <span className="contract-queues__count" aria-hidden="true">
                      {formatNumber(total)}
                    </span>
                    <span className="visually-hidden">, {p.count(total)}</span>
                  </>
                )}
              </Tab>
            );
          })}
        </TabList>
        {PIP_QUEUES.map((q) => (
          <TabPanel key={q} id={q} className="tabs__panel">
            <h2 className="tabs__panel-title">{p.queues[q]}</h2>
            <p>{p.intros[q]}</p>
            <QueuePanel queue={q} />
          </TabPanel>
        ))}
      </Tabs>
    </>
  );
}

function QueuePanel({ queue }: { queue: PipQueue }) {
  const { t } = useI18n();
  const p = t.contractQueues.pip;
  const page = useQueuePage(queue);
  return <ContractQueueList queue={page} label={p.tableLabel(p.queues[queue])} emptyText={p.empty[queue]} columns={NO_OPTIONAL_COLUMNS} />;
}
