import { openDocument } from '../../../platform/pdf/document.js';
import { longDate, shortDate } from '../../../platform/pdf/format.js';
import { accentOf, fields, note, section, titleBlock, type Doc, type Struct } from '../../../platform/pdf/layout.js';
import { table } from '../../../platform/pdf/table.js';
import { attachmentPaths } from '../pack.js';
import type { ProofPack, StoredScan } from '../model.js';

const TITLE = 'Justificatifs de suivi';

const personName = (p: ProofPack['person']) => `${p.lastName.toLocaleUpperCase('fr-FR')} ${p.firstNames}`;
const minutes = (n: number | null) => (n === null ? '' : `${n} min`);
/** The fingerprint an auditor compares with the file in the archive (sha256sum prints the same). */
const fingerprint = (scan: StoredScan) => `SHA-256 ${scan.sha256}`;

/**
 * The contact log of a justification pack (A4 portrait, French, tagged): who the person is, what
 * the period counts by modality, every contact, the workshops attended with their signed sheets,
 * the contracts with their signed scans, and the list of files the archive holds beside it.
 */
export async function renderProofLog(pack: ProofPack): Promise<Uint8Array> {
  const { department, period } = pack;
  const when = `du ${longDate(period.from)} au ${longDate(period.to)}`;
  const { doc, root, finish } = openDocument({
    title: `${TITLE} — ${personName(pack.person)} — ${shortDate(period.from)} au ${shortDate(period.to)}`,
    subject: `Journal des contacts, ateliers et contrats ${when}`,
    department,
    generatedAt: pack.generatedAt,
    funded: pack.fundingMention,
  });
  const accent = accentOf(department.primaryColor);
  const paths = attachmentPaths(pack);
  titleBlock(doc, root, { accent, department, title: TITLE, subtitle: `Période ${when}` });
  section(doc, root, 'Personne accompagnée', accent, (sect) =>
    fields(doc, sect, [
      ['Nom', personName(pack.person)],
      ['Née ou né le', shortDate(pack.person.birthDate)],
      ['N° allocataire CAF/MSA', pack.person.cafNumber],
      ['Identifiant France Travail', pack.person.franceTravailId],
      ['Structure accompagnatrice', pack.provider],
    ]),
  );
  section(doc, root, 'Synthèse de la période', accent, (sect) => summary(doc, sect, pack));
  section(doc, root, 'Journal des contacts', accent, (sect) => {
    if (pack.contacts.length === 0) return note(doc, sect, 'Aucun contact sur la période.');
    table(doc, sect, [
      { header: 'Date', width: 58 }, { header: 'Modalité', width: '*' }, { header: 'Durée', width: 44 },
      { header: 'Intervenant·e', width: 110 }, { header: 'Statut', width: 88 },
    ], pack.contacts.map((c) => [shortDate(c.on), c.modality ?? '—', minutes(c.durationMinutes), c.staff, c.status]));
  });
  section(doc, root, 'Ateliers collectifs', accent, (sect) => {
    if (pack.workshops.length === 0) return note(doc, sect, 'Aucun atelier sur la période.');
    table(doc, sect, [
      { header: 'Date', width: 58 }, { header: 'Atelier', width: '*' }, { header: 'Présence', width: 62 },
      { header: 'Feuille signée', width: 70 },
    ], pack.workshops.map((w) => [
      shortDate(w.on), `${w.title} (${w.theme}), animé par ${w.facilitator}`, w.attendance ?? 'Non notée', w.sheet ? 'Jointe' : 'Non déposée',
    ]));
  });
  section(doc, root, 'Contrats', accent, (sect) => {
    if (pack.contracts.length === 0) return note(doc, sect, 'Aucun contrat sur la période.');
    table(doc, sect, [
      { header: 'Contrat', width: 96 }, { header: 'Statut', width: 70 }, { header: 'Période', width: '*' },
      { header: 'Signé le', width: 58 }, { header: 'Exemplaire signé', width: 70 },
    ], pack.contracts.map((c) => [
      c.label, c.status, c.startsOn ? `du ${shortDate(c.startsOn)}${c.endsOn ? ` au ${shortDate(c.endsOn)}` : ''}` : '',
      c.signedOn ? shortDate(c.signedOn) : '', c.scan ? 'Joint' : 'Non déposé',
    ]));
  });
  const exit = pack.exit;
  if (exit) {
    section(doc, root, 'Sortie et situation à la sortie (FSE+)', accent, (sect) =>
      fields(doc, sect, [
        ['Fin de l’accompagnement', `${shortDate(exit.endedOn)}${exit.reason ? ` — ${exit.reason}` : ''}`],
        ['Situation dans les 4 semaines', `${exit.situation}, constatée le ${shortDate(exit.situationOn)}`],
        ['Emploi', exit.employment],
        ['Évaluation finale', exit.evaluatedOn ? `le ${shortDate(exit.evaluatedOn)}` : 'Pas encore rédigée'],
      ]),
    );
  }
  section(doc, root, 'Pièces jointes à ce journal', accent, (sect) => {
    if (paths.size === 0) return note(doc, sect, 'Aucune pièce numérisée n’est jointe.');
    note(doc, sect, 'Chaque pièce est copiée telle qu’elle a été déposée ; son empreinte permet de vérifier qu’elle n’a pas été modifiée.');
    const rows = [
      ...pack.workshops.flatMap((w) => (w.sheet ? [[`Feuille d’émargement du ${shortDate(w.on)}`, w.sheet] as const] : [])),
      ...pack.contracts.flatMap((c) => (c.scan ? [[`${c.label} signé`, c.scan] as const] : [])),
    ];
    table(doc, sect, [{ header: 'Pièce', width: 130 }, { header: 'Fichier et empreinte', width: '*' }],
      rows.map(([what, scan]) => [what, `${paths.get(scan)}\n${fingerprint(scan)}`]));
  });
  return finish([`${TITLE} — ${personName(pack.person)} — ${when}`]);
}

function summary(doc: Doc, sect: Struct, pack: ProofPack): void {
  const held = pack.contacts.filter((c) => c.modality !== null);
  const byModality = new Map<string, number>();
  for (const c of held) byModality.set(c.modality!, (byModality.get(c.modality!) ?? 0) + 1);
  const total = held.reduce((sum, c) => sum + (c.durationMinutes ?? 0), 0);
  fields(doc, sect, [
    ['Contacts réalisés', `${held.length}${total > 0 ? ` (${Math.floor(total / 60)} h ${String(total % 60).padStart(2, '0')} au total)` : ''}`],
    ...[...byModality].map(([modality, n]): [string, string] => [modality, String(n)]),
    ['Rendez-vous non tenus', String(pack.contacts.length - held.length)],
    ['Ateliers où la présence est notée', String(pack.workshops.filter((w) => w.attendance !== null).length)],
  ]);
}
