import { openDocument } from '../../../platform/pdf/document.js';
import { frenchTime, shortDate, weekdayDate } from '../../../platform/pdf/format.js';
import { accentOf, fields, note, section, signatureFrames, titleBlock, type Doc, type Struct } from '../../../platform/pdf/layout.js';
import { table, type Column } from '../../../platform/pdf/table.js';
import { CONTACT_FR } from '../../../shared/contacts-fr.js';
import type { Attendance, AttendanceSheet, HalfDay } from './model.js';

const TITLE = 'Feuille d’émargement';
const HALF_DAY: Record<HalfDay, string> = { morning: 'Matin', afternoon: 'Après-midi' };

/** 12 mm is the least a handwritten signature needs; 36 pt is 12.7 mm. */
const SIGNATURE_ROW = 36;
const SIGNATURE_WIDTH = 120;
const FACILITATOR_FRAME = 96;
/** What follows the last row: the attestation's heading, its two lines and the facilitator's frame. */
const KEEP_WITH_LAST_ROW = 60 + 2 * 16 + FACILITATOR_FRAME + 8;

const personName = (p: AttendanceSheet['participants'][number]) => `${p.lastName.toLocaleUpperCase('fr-FR')} ${p.firstNames}`;

/**
 * The attendance sheet of a collective workshop (A4 portrait, French), tagged for screen readers.
 * Portrait holds two signature columns of 42 mm beside the names and more rows a page than
 * landscape, so a large group takes fewer pages. Before attendance is recorded every box is left
 * blank to be signed on the day; once it is, a « Présence » column says who came.
 */
export async function renderAttendanceSheet(sheet: AttendanceSheet): Promise<Uint8Array> {
  const { workshop, department } = sheet;
  const { doc, root, finish } = openDocument({
    title: `${TITLE} — ${workshop.title} — ${shortDate(workshop.date)}`,
    subject: `${TITLE} de l’atelier « ${workshop.title} » du ${shortDate(workshop.date)}`,
    department,
    generatedAt: sheet.generatedAt,
    funded: sheet.fundingMention,
  });
  const accent = accentOf(department.primaryColor);
  titleBlock(doc, root, { accent, department, title: TITLE, subtitle: `Atelier collectif — ${sheet.provider.name}` });
  section(doc, root, 'Atelier', accent, (sect) =>
    fields(doc, sect, [
      ['Thème', workshop.theme],
      ['Intitulé', workshop.title],
      ['Date', weekdayDate(workshop.date)],
      ['Horaires', `de ${frenchTime(workshop.startTime)} à ${frenchTime(workshop.endTime)}`],
      ['Lieu', workshop.place],
      ['Animateur·rice', workshop.facilitator],
      ['Structure', sheet.provider.name],
    ]),
  );
  section(doc, root, 'Participant·es', accent, (sect) => participantsTable(doc, sect, sheet));
  section(doc, root, 'Attestation', accent, (sect) => attestation(doc, sect, sheet));
  return finish([`${TITLE} — ${workshop.title} — ${weekdayDate(workshop.date)}`]);
}

function participantsTable(doc: Doc, sect: Struct, sheet: AttendanceSheet): void {
  if (sheet.participants.length === 0) return note(doc, sect, 'Aucun·e participant·e n’est inscrit·e à cet atelier.');
  const recorded = sheet.participants.some((p) => p.attendance !== null);
  const signatureHeaders = sheet.halfDays.length > 0 ? sheet.halfDays.map((h) => HALF_DAY[h]) : ['Signature'];
  const columns: Column[] = [
    { header: 'N°', width: 24 },
    { header: 'NOM Prénom', width: '*' },
    ...signatureHeaders.map((header) => ({ header, width: SIGNATURE_WIDTH })),
    ...(recorded ? [{ header: 'Présence', width: 64 }] : []),
  ];
  const rows = sheet.participants.map((p, i) => [
    String(i + 1),
    personName(p),
    ...signatureHeaders.map(() => ''),
    ...(recorded ? [p.attendance ? CONTACT_FR.attendances[p.attendance] : ''] : []),
  ]);
  note(doc, sect, signatureHeaders.length > 1
    ? 'Chaque participant·e signe dans la case de chaque demi-journée où il ou elle est présent·e.'
    : 'Chaque participant·e signe dans la case à côté de son nom.');
  table(doc, sect, columns, rows, { minRowHeight: SIGNATURE_ROW, reserve: KEEP_WITH_LAST_ROW });
}

function attestation(doc: Doc, sect: Struct, sheet: AttendanceSheet): void {
  const count = (a: Attendance) => sheet.participants.filter((p) => p.attendance === a).length;
  const recorded = sheet.participants.some((p) => p.attendance !== null);
  fields(doc, sect, [
    ['Inscrit·es', String(sheet.participants.length)],
    ['Présences', recorded ? `${count('present')} présent·es, ${count('absent')} absent·es, ${count('excused')} excusé·es` : null],
  ]);
  doc.moveDown(0.3);
  signatureFrames(doc, sect, [{
    title: 'Signature de l’animateur·rice',
    lines: [
      sheet.workshop.facilitator,
      `Certifie l’exactitude de cette feuille, le ${shortDate(sheet.workshop.date)}.`,
      'Signature :',
    ],
  }], FACILITATOR_FRAME);
}
