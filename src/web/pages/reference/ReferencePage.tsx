import { useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { REFERENCE_LIST_NAMES } from '../../../shared/contracts/reference.js';
import { referenceApi, type ReferenceList } from '../../api/reference.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import { ReferenceListPanel } from './ReferenceListPanel.js';
import './reference.css';

const isList = (value: string | null): value is ReferenceList => (REFERENCE_LIST_NAMES as readonly (string | null)[]).includes(value);

/**
 * The département's reference lists, one tab each. The chosen list is in the address
 * (?liste=situations) so that it survives a reload and can be shared.
 */
export function ReferencePage() {
  const { t } = useI18n();
  const r = t.reference;
  const [params, setParams] = useSearchParams();
  const requested = params.get('liste');
  const selected: ReferenceList = isList(requested) ? requested : 'themes';
  // Every list names its themes by code: the themes list gives them their labels.
  const themes = useResource('reference/themes', () => referenceApi.list('themes'));

  const select = (key: Key) => setParams(key === 'themes' ? {} : { liste: String(key) }, { replace: true });

  return (
    <>
      <PageHeader title={r.title} intro={r.intro} />
      <Tabs className="tabs reference-tabs" selectedKey={selected} onSelectionChange={select}>
        <TabList aria-label={r.listsLabel} className="tabs__list">
          {REFERENCE_LIST_NAMES.map((list) => (
            <Tab key={list} id={list} className="tabs__tab">
              {r.lists[list]}
            </Tab>
          ))}
        </TabList>
        {REFERENCE_LIST_NAMES.map((list) => (
          <TabPanel key={list} id={list} className="tabs__panel">
            <h2 className="tabs__panel-title">{r.lists[list]}</h2>
            <p>{r.listIntros[list]}</p>
            <ReferenceListPanel list={list} themes={themes.data} onThemesChanged={themes.reload} />
          </TabPanel>
        ))}
      </Tabs>
    </>
  );
}
