import { SelectField } from '../../components/fields/SelectField.js';
import { useI18n } from '../../i18n/index.js';

export interface PipSite {
  id: string;
  name: string;
  address: string;
}

/** Which of the PIP's sites an appointment on site takes place at: its name and address, as the letter prints it. */
export function SiteField({ sites, defaultSiteId }: { sites: PipSite[]; defaultSiteId: string }) {
  const { t } = useI18n();
  const d = t.contacts.dialogs.plan;
  return (
    <SelectField
      name="siteId"
      label={d.site}
      description={d.siteHelp}
      options={sites.map((s) => ({ id: s.id, label: `${s.name} — ${s.address}` }))}
      defaultValue={defaultSiteId}
      isRequired
    />
  );
}
