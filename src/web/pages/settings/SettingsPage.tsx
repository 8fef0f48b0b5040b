import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { SETTING_KEYS, SETTINGS, type SettingKey } from '../../../shared/settings.js';
import { settingsApi, type SettingsViewData } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n, type Messages } from '../../i18n/index.js';
import { useRefreshBranding } from '../../theme/BrandingProvider.js';
import { ContrastCheck } from './ContrastCheck.js';
import { LotSettingsPanel } from './LotSettingsPanel.js';
import { SettingsForm } from './SettingsForm.js';

type Section = keyof Messages['settings']['sections'];
/** Sections in catalogue order; the French catalogue is typed to name every one of them. */
const SECTIONS: Section[] = [...new Set(SETTING_KEYS.map((k) => SETTINGS[k].section))];
const keysOf = (section: Section): SettingKey[] => SETTING_KEYS.filter((k) => SETTINGS[k].section === section);

export function SettingsPage() {
  const { t } = useI18n();
  const s = t.settings;
  const refreshBranding = useRefreshBranding();
  const loaded = useResource('settings', settingsApi.get);
  // The PATCH answer is the fresh state: keep it rather than reloading.
  const [saved, setView] = useState<SettingsViewData | undefined>(undefined);
  const view = saved ?? loaded.data;

  const saveSection = (section: Section) => async (patch: Parameters<typeof settingsApi.patch>[0]) => {
    setView(await settingsApi.patch(patch));
    if (section === 'branding') refreshBranding();
  };

  return (
    <>
      <PageHeader title={s.title} intro={s.intro} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!view && !loaded.error ? <LoadingState /> : null}
      {view ? (
        <Tabs className="tabs">
          <TabList aria-label={s.sectionsLabel} className="tabs__list">
            {SECTIONS.map((section) => (
              <Tab key={section} id={section} className="tabs__tab">
                {s.sections[section]}
              </Tab>
            ))}
            <Tab id="lots" className="tabs__tab">
              {s.lotsTab}
            </Tab>
          </TabList>
          {SECTIONS.map((section) => (
            <TabPanel key={section} id={section} className="tabs__panel">
              <h2 className="tabs__panel-title">{s.sections[section]}</h2>
              <SettingsForm
                keys={keysOf(section)}
                values={view.values}
                save={saveSection(section)}
                savedMessage={s.saved}
                noteFor={(key) => (SETTINGS[key].scope === 'lot' ? `(${s.lotScoped}.)` : undefined)}
              >
                {section === 'branding'
                  ? (draft) => <ContrastCheck background={String(draft.primaryColor)} foreground={String(draft.primaryContrastColor)} />
                  : undefined}
              </SettingsForm>
            </TabPanel>
          ))}
          <TabPanel id="lots" className="tabs__panel">
            <h2 className="tabs__panel-title">{s.lotsTab}</h2>
            <LotSettingsPanel departmentValues={view.values} />
          </TabPanel>
        </Tabs>
      ) : null}
    </>
  );
}
