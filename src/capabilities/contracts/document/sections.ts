import { longDate, shortDate } from '../../../platform/pdf/format.js';
import {
  FONT, bulletList, fields, note, paragraphs, section, signatureFrames, titleBlock as documentTitle, type Doc, type Struct,
} from '../../../platform/pdf/layout.js';
import { table } from '../../../platform/pdf/table.js';
import { fullName, hours } from './format.js';
import type { ContractDocument } from './model.js';

/** What each section draws with: the document, its structure root and the département's colour. */
export interface Ctx {
  doc: Doc;
  root: Struct;
  accent: string;
}

export type Section = (ctx: Ctx, d: ContractDocument) => void;

export const contractTitle = (kind: ContractDocument['kind']): string =>
  kind === 'cer' ? 'Contrat d’engagements réciproques' : 'Contrat d’engagement';

const NATURE: Record<ContractDocument['nature'], string> = { initial: 'Contrat initial', renewal: 'Renouvellement', amendment: 'Avenant' };

export const titleBlock: Section = ({ doc, root, accent }, d) =>
  documentTitle(doc, root, {
    accent,
    department: d.department,
    title: contractTitle(d.kind),
    subtitle: `Version n° ${d.versionNumber} · ${NATURE[d.nature]} · Statut : ${d.status}`,
  });

export const beneficiary: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Bénéficiaire', accent, (sect) =>
    fields(doc, sect, [
      ['Nom', fullName(d.person)],
      ['Date de naissance', shortDate(d.person.birthDate)],
      ['N° allocataire CAF', d.person.cafNumber],
      ['Identifiant France Travail', d.person.franceTravailId],
      ['Adresse', d.person.address],
    ]),
  );

export const referentAndProvider: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Référent·e unique et structure', accent, (sect) =>
    fields(doc, sect, [
      ['Référent·e unique', d.referent ? [d.referent.displayName, d.referent.email && `(${d.referent.email})`].filter(Boolean).join(' ') : 'Non désigné·e'],
      ['Structure d’accompagnement', d.provider?.name ?? 'Non renseignée'],
      ['Lieu d’accueil', d.provider?.siteAddress ?? null],
    ]),
  );

export const duration: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Durée', accent, (sect) =>
    fields(doc, sect, [
      ['Période', `du ${longDate(d.startsOn)} au ${longDate(d.endsOn)}`],
      ['Durée', `${d.durationMonths} mois`],
    ]),
  );

export const project: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Projet professionnel', accent, (sect) => {
    const { targetJobs, zone, expectedSalary, contractTypeSought } = d.project;
    if (targetJobs.length === 0) note(doc, sect, 'Aucun métier recherché n’est renseigné.');
    else {
      doc.font(FONT.bold).text('Métiers recherchés :', { structParent: sect });
      bulletList(doc, sect, targetJobs.map((j) => `${j.label} (code ROME ${j.romeCode})`));
      doc.moveDown(0.3);
    }
    fields(doc, sect, [
      ['Zone de recherche', zone],
      ['Salaire attendu', expectedSalary],
      ['Type de contrat recherché', contractTypeSought],
    ]);
  });

export const personCommitments: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Engagements de la personne', accent, (sect) => paragraphs(doc, sect, d.personCommitments));

export const organisationCommitments: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Engagements de la structure', accent, (sect) => paragraphs(doc, sect, d.organisationCommitments));

/** A CE's weekly hours (décret 2025-478); a CER has none. */
export const weeklyPlan: Section = ({ doc, root, accent }, d) => {
  if (d.kind !== 'ce') return;
  section(doc, root, 'Plan d’action hebdomadaire', accent, (sect) => {
    const plan = d.weeklyPlan;
    if (!plan) return note(doc, sect, 'Le plan d’action hebdomadaire n’est pas encore renseigné.');
    const rows = plan.activities.map((a) => [a.label, hours(a.hours)]);
    const columns = [{ header: 'Activité', width: '*' as const }, { header: 'Heures par semaine', width: 110 }];
    // The requirement and its reduction read with the table, never on the next page alone.
    table(doc, sect, columns, [...rows, ['Total des heures prévues', hours(plan.totalHours)]], { reserve: 36 });
    fields(doc, sect, [
      ['Durée hebdomadaire de référence', `${hours(plan.requiredHours)} par semaine`],
      ['Réduction documentée', plan.reduction && `${plan.reduction.reason} : durée exigée ramenée à ${hours(plan.reduction.hours)} par semaine`],
    ]);
  });
};

export const decision: Section = ({ doc, root, accent }, d) => {
  const dec = d.decision;
  if (!dec) return;
  section(doc, root, 'Décision du département', accent, (sect) =>
    fields(doc, sect, [
      ['Décision', dec.label],
      ['Date', shortDate(dec.on)],
      ['Par', dec.by],
      ['Commentaire', dec.comment],
    ]),
  );
};

const SIGNATURE_HEIGHT = 118;

/** The person and the référent·e side by side; an unsigned frame keeps room for a handwritten signature. */
export const signatures: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Signatures', accent, (sect) => {
    const frames = [
      { title: 'La personne', name: fullName(d.person), ...d.signatures.person },
      { title: 'Le ou la référent·e', ...d.signatures.referent, name: d.signatures.referent.name ?? d.referent?.displayName ?? null, mode: null },
    ];
    signatureFrames(doc, sect, frames.map((f) => ({
      title: f.title,
      lines: [
        f.name,
        f.signedOn ? `Signé le ${shortDate(f.signedOn)}` : 'Date : ____ / ____ / ________',
        f.mode && `Mode de signature : ${f.mode}`,
        f.signedOn ? null : 'Signature :',
      ],
    })), SIGNATURE_HEIGHT);
  });
