import type { z } from 'zod';
import type { Identity } from '../../../shared/contracts/beneficiaries.js';
import { CIVILITIES, GENDERS, HOUSEHOLD_ROLES, RIGHTS_STATUSES } from '../../../shared/beneficiaries.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { DateField } from '../../components/fields/DateField.js';
import { SelectField, type SelectOption } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { checked, optionalText, text } from '../../components/form.js';
import { useI18n } from '../../i18n/index.js';
import { CommuneField } from './CommuneField.js';
import { changedFields, choice, triState, triStateKey, UNKNOWN } from './formValues.js';
import { VersionedForm } from './VersionedForm.js';

interface IdentityFormProps {
  file: BeneficiaryFileData;
  onSaved: () => void;
  onReload: () => void;
  readOnly: boolean;
}

/** Identity, contact and RSA rights. Only the fields that changed are sent. */
export function IdentityForm({ file, onSaved, onReload, readOnly }: IdentityFormProps) {
  const { t } = useI18n();
  const i = t.person.identity;
  const id = file.identity;
  const withUnknown = (options: SelectOption[]) => [{ id: UNKNOWN, label: i.unknown }, ...options];
  const yesNo = withUnknown([
    { id: 'yes', label: t.common.yes },
    { id: 'no', label: t.common.no },
  ]);

  function changes(data: FormData) {
    const after: z.infer<typeof Identity> = {
      civility: choice(data, 'civility'),
      lastName: text(data, 'lastName'),
      birthName: optionalText(data, 'birthName'),
      firstNames: text(data, 'firstNames'),
      birthDate: text(data, 'birthDate'),
      gender: choice(data, 'gender'),
      cafNumber: optionalText(data, 'cafNumber')?.toUpperCase() ?? null,
      cafOrganism: choice(data, 'cafOrganism'),
      franceTravailId: optionalText(data, 'franceTravailId')?.toUpperCase() ?? null,
      phone: optionalText(data, 'phone'),
      email: optionalText(data, 'email'),
      addressLine: optionalText(data, 'addressLine'),
      postalCode: optionalText(data, 'postalCode'),
      communeCode: optionalText(data, 'communeCode'),
      noFixedAddress: checked(data, 'noFixedAddress'),
      householdRole: choice(data, 'householdRole'),
      rightsStatus: choice(data, 'rightsStatus'),
      dutiesApplicable: triState(data, 'dutiesApplicable'),
      dutiesEntryDate: optionalText(data, 'dutiesEntryDate'),
    };
    const identity = changedFields(id, after);
    return Object.keys(identity).length ? { identity } : null;
  }

  return (
    <VersionedForm personId={file.id} version={file.version} changes={changes} onSaved={onSaved} onReload={onReload} readOnly={readOnly}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{i.legend}</legend>
        <SelectField name="civility" label={i.civility} options={withUnknown(CIVILITIES.map((c) => ({ id: c, label: i.civilities[c] })))} defaultValue={id.civility ?? UNKNOWN} />
        <div className="form__row">
          <TextField name="lastName" label={i.lastName} defaultValue={id.lastName} isRequired maxLength={120} />
          <TextField name="birthName" label={i.birthName} defaultValue={id.birthName ?? ''} maxLength={120} />
        </div>
        <TextField name="firstNames" label={i.firstNames} defaultValue={id.firstNames} isRequired maxLength={160} />
        <div className="form__row">
          <DateField name="birthDate" label={i.birthDate} defaultValue={id.birthDate} isRequired />
          <SelectField name="gender" label={i.gender} options={withUnknown(GENDERS.map((g) => ({ id: g, label: i.genders[g] })))} defaultValue={id.gender ?? UNKNOWN} />
        </div>
        <div className="form__row">
          <TextField name="cafNumber" label={i.cafNumber} description={i.cafNumberHelp} defaultValue={id.cafNumber ?? ''} maxLength={15} />
          <SelectField name="cafOrganism" label={i.cafOrganism} options={withUnknown([{ id: 'CAF', label: 'CAF' }, { id: 'MSA', label: 'MSA' }])} defaultValue={id.cafOrganism ?? UNKNOWN} />
        </div>
        <TextField name="franceTravailId" label={i.franceTravailId} defaultValue={id.franceTravailId ?? ''} maxLength={15} />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{i.contactLegend}</legend>
        <div className="form__row">
          <TextField name="phone" type="tel" label={i.phone} description={i.phoneHelp} defaultValue={id.phone ?? ''} maxLength={20} />
          <TextField name="email" type="email" label={i.email} defaultValue={id.email ?? ''} maxLength={254} />
        </div>
        <TextField name="addressLine" label={i.addressLine} defaultValue={id.addressLine ?? ''} maxLength={300} />
        <div className="form__row">
          <TextField name="postalCode" label={i.postalCode} defaultValue={id.postalCode ?? ''} maxLength={5} />
          <CommuneField defaultCode={id.communeCode} />
        </div>
        <Checkbox name="noFixedAddress" defaultSelected={id.noFixedAddress}>
          {i.noFixedAddress}
        </Checkbox>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{i.rightsLegend}</legend>
        <div className="form__row">
          <SelectField name="householdRole" label={i.householdRole} options={withUnknown(HOUSEHOLD_ROLES.map((r) => ({ id: r, label: i.householdRoles[r] })))} defaultValue={id.householdRole ?? UNKNOWN} />
          <SelectField name="rightsStatus" label={i.rightsStatus} options={withUnknown(RIGHTS_STATUSES.map((r) => ({ id: r, label: i.rightsStatuses[r] })))} defaultValue={id.rightsStatus ?? UNKNOWN} />
        </div>
        <div className="form__row">
          <SelectField name="dutiesApplicable" label={i.dutiesApplicable} options={yesNo} defaultValue={triStateKey(id.dutiesApplicable)} />
          <DateField name="dutiesEntryDate" label={i.dutiesEntryDate} defaultValue={id.dutiesEntryDate} />
        </div>
      </fieldset>
    </VersionedForm>
  );
}
