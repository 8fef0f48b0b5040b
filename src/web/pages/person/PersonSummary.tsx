import type { ReactNode } from 'react';
import type { BeneficiaryFileData } from '../../api/people.js';
import { useI18n } from '../../i18n/index.js';
import { AlertBadges, StatusBadge } from '../people/badges.js';

export type Entry = [label: string, value: ReactNode];

/** A titled list of label–value pairs; the contract's pages use the same. */
export function Group({ title, entries }: { title: string; entries: Entry[] }) {
  return (
    <div className="summary__group">
      <h3 className="summary__title">{title}</h3>
      <dl className="summary__list">
        {entries.map(([label, value]) => (
          <div key={label} className="summary__entry">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** What one needs at a glance: who, how to reach them, their rights, where the pathway stands. */
export function PersonSummary({ file }: { file: BeneficiaryFileData }) {
  const { t, formatDate } = useI18n();
  const s = t.person.summary;
  const i = t.person.identity;
  const id = file.identity;
  const p = file.pathway;
  const none = <span className="muted">{s.none}</span>;
  const date = (iso: string | null) => (iso ? formatDate(iso) : none);
  const or = (value: string | null) => value ?? none;
  const place = id.noFixedAddress ? s.noAddress : [id.addressLine, [id.postalCode, file.communeName].filter(Boolean).join(' ')].filter(Boolean).join(', ');

  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {s.title}
      </h2>
      <div className="summary__alerts">
        <h3 className="summary__title">{s.alerts}</h3>
        {file.alerts.length ? <AlertBadges alerts={file.alerts} /> : <p className="muted">{s.noAlerts}</p>}
      </div>
      <div className="summary__grid">
        <Group
          title={s.pathway}
          entries={[
            [s.status, <StatusBadge key="status" status={p.status} />],
            [s.orientation, p.orientationKind ? t.orientationKinds[p.orientationKind] : none],
            [s.orientedOn, date(p.orientedOn)],
            [s.pip, or(p.providerName)],
            [s.referent, p.referentName ?? <span className="muted">{s.noReferent}</span>],
            [s.assignedOn, date(p.assignedOn)],
            [s.firstContactOn, date(p.firstContactOn)],
            [s.lastContactOn, date(p.lastContactOn)],
            ...(p.endedOn
              ? ([
                  [s.endedOn, date(p.endedOn)],
                  [s.exit, or(p.exitReason)],
                  ...(p.exitCategory ? [[s.exitCategory, t.pathway.lifecycle.exitClass(t.exitCategories[p.exitCategory], p.exitPositive === true)]] : []),
                ] as Entry[])
              : []),
          ]}
        />
        <Group
          title={s.identity}
          entries={[
            [i.civility, id.civility ? i.civilities[id.civility] : none],
            [i.birthName, or(id.birthName)],
            [i.birthDate, date(id.birthDate)],
            [i.cafNumber, id.cafNumber ? `${id.cafNumber}${id.cafOrganism ? ` (${id.cafOrganism})` : ''}` : none],
            [i.franceTravailId, or(id.franceTravailId)],
          ]}
        />
        <Group
          title={s.contact}
          entries={[
            [i.phone, or(id.phone)],
            [i.email, or(id.email)],
            [i.addressLine, place || none],
          ]}
        />
        <Group
          title={s.rights}
          entries={[
            [i.rightsStatus, id.rightsStatus ? i.rightsStatuses[id.rightsStatus] : none],
            [i.householdRole, id.householdRole ? i.householdRoles[id.householdRole] : none],
            [
              i.dutiesApplicable,
              id.dutiesApplicable === null ? none : id.dutiesApplicable ? (id.dutiesEntryDate ? s.dutiesSince(formatDate(id.dutiesEntryDate)) : s.dutiesYes) : s.dutiesNo,
            ],
          ]}
        />
      </div>
    </section>
  );
}
