import { useState } from 'react';
import { ISCED_LEVELS } from '../../../shared/beneficiaries.js';
import type { Profile } from '../../../shared/contracts/beneficiaries.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import { CheckboxGroupField } from '../../components/fields/CheckboxGroupField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { SelectField, type SelectOption } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { TextField } from '../../components/fields/TextField.js';
import { lines, optionalNumber, optionalText } from '../../components/form.js';
import { useI18n } from '../../i18n/index.js';
import { changedFields, choice, triState, triStateKey, UNKNOWN } from './formValues.js';
import { SituationsField } from './SituationsField.js';
import { TargetJobsField, type JobRow } from './TargetJobsField.js';
import { VersionedForm } from './VersionedForm.js';

const DIGITAL = ['none', 'assisted', 'autonomous'] as const;
const CONTRACTS = ['cdi', 'cdd', 'interim', 'alternance', 'creation', 'other'] as const;

interface ProfileFormProps {
  file: BeneficiaryFileData;
  onSaved: () => void;
  onReload: () => void;
  readOnly: boolean;
}

/** The diagnostic and the professional project. The health field exists only for those who may see it. */
export function ProfileForm({ file, onSaved, onReload, readOnly }: ProfileFormProps) {
  const { t } = useI18n();
  const p = t.person.profile;
  const profile = file.profile;
  const [jobs, setJobs] = useState<JobRow[]>(() => profile.targetJobs.map((job, i) => ({ key: i + 1, ...job })));
  const withUnknown = (options: SelectOption[]) => [{ id: UNKNOWN, label: p.unknown }, ...options];
  const yesNo = withUnknown([
    { id: 'yes', label: t.common.yes },
    { id: 'no', label: t.common.no },
  ]);

  function changes(data: FormData) {
    const after: Profile = {
      highestDiploma: optionalText(data, 'highestDiploma'),
      iscedLevel: choice(data, 'iscedLevel'),
      workExperience: optionalText(data, 'workExperience'),
      drivingLicence: triState(data, 'drivingLicence'),
      vehicle: triState(data, 'vehicle'),
      mobilityRadiusKm: optionalNumber(data, 'mobilityRadiusKm'),
      digitalAutonomy: choice(data, 'digitalAutonomy'),
      languages: lines(data, 'languages'),
      situations: data.getAll('situations').map(String),
      availability: optionalText(data, 'availability'),
      childcareConstraint: optionalText(data, 'childcareConstraint'),
      housingConstraint: optionalText(data, 'housingConstraint'),
      // Not sent at all without the right to see it: the server refuses a health field from others.
      healthConstraint: file.healthVisible ? optionalText(data, 'healthConstraint') : profile.healthConstraint,
      targetJobs: jobs.map((job) => ({ romeCode: job.romeCode.trim().toUpperCase(), label: job.label.trim() })),
      searchZone: optionalText(data, 'searchZone'),
      expectedSalary: optionalText(data, 'expectedSalary'),
      contractTypesSought: CONTRACTS.filter((c) => data.getAll('contractTypesSought').includes(c)),
    };
    const changed = changedFields(profile, after);
    return Object.keys(changed).length ? { profile: changed } : null;
  }

  return (
    <VersionedForm personId={file.id} version={file.version} changes={changes} onSaved={onSaved} onReload={onReload} readOnly={readOnly}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{p.diagnosticLegend}</legend>
        <TextField name="highestDiploma" label={p.highestDiploma} defaultValue={profile.highestDiploma ?? ''} maxLength={160} />
        <SelectField name="iscedLevel" label={p.iscedLevel} options={withUnknown(ISCED_LEVELS.map((l) => ({ id: l, label: p.iscedLevels[l] })))} defaultValue={profile.iscedLevel ?? UNKNOWN} />
        <TextAreaField name="workExperience" label={p.workExperience} defaultValue={profile.workExperience ?? ''} maxLength={4000} rows={4} />
        <TextAreaField name="languages" label={p.languages} description={p.languagesHelp} defaultValue={profile.languages.join('\n')} rows={2} />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{p.mobilityLegend}</legend>
        <div className="form__row">
          <SelectField name="drivingLicence" label={p.drivingLicence} options={yesNo} defaultValue={triStateKey(profile.drivingLicence)} />
          <SelectField name="vehicle" label={p.vehicle} options={yesNo} defaultValue={triStateKey(profile.vehicle)} />
        </div>
        <div className="form__row">
          <NumberField name="mobilityRadiusKm" label={p.mobilityRadiusKm} defaultValue={profile.mobilityRadiusKm ?? undefined} minValue={0} maxValue={500} />
          <SelectField name="digitalAutonomy" label={p.digitalAutonomy} options={withUnknown(DIGITAL.map((d) => ({ id: d, label: p.digitalLevels[d] })))} defaultValue={profile.digitalAutonomy ?? UNKNOWN} />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{p.situationLegend}</legend>
        <SituationsField recorded={profile.situations} />
        <TextAreaField name="availability" label={p.availability} defaultValue={profile.availability ?? ''} maxLength={1000} rows={2} />
        <TextAreaField name="childcareConstraint" label={p.childcareConstraint} defaultValue={profile.childcareConstraint ?? ''} maxLength={1000} rows={2} />
        <TextAreaField name="housingConstraint" label={p.housingConstraint} defaultValue={profile.housingConstraint ?? ''} maxLength={1000} rows={2} />
        {file.healthVisible ? (
          <TextAreaField name="healthConstraint" label={p.healthConstraint} description={p.healthHelp} defaultValue={profile.healthConstraint ?? ''} maxLength={1000} rows={2} />
        ) : null}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{p.projectLegend}</legend>
        <TargetJobsField rows={jobs} onChange={setJobs} />
        <div className="form__row">
          <TextField name="searchZone" label={p.searchZone} defaultValue={profile.searchZone ?? ''} maxLength={200} />
          <TextField name="expectedSalary" label={p.expectedSalary} defaultValue={profile.expectedSalary ?? ''} maxLength={100} />
        </div>
        <CheckboxGroupField
          name="contractTypesSought"
          label={p.contractTypesSought}
          options={CONTRACTS.map((c) => ({ id: c, label: p.contractTypes[c] }))}
          defaultValue={profile.contractTypesSought}
        />
      </fieldset>
    </VersionedForm>
  );
}
