import { openDocument } from '../../../platform/pdf/document.js';
import { openPersonLetter } from '../../../platform/pdf/letter.js';
import { frenchTime, longDate, weekdayDate } from '../../../platform/pdf/format.js';
import { accentOf, bulletList, fields, heading, note, paragraphs, section, signatureFrames, titleBlock } from '../../../platform/pdf/layout.js';
import type { ConvocationLetter, PrintedSession, SessionRecord } from './model.js';

const moment = (s: PrintedSession) => `${weekdayDate(s.heldOn)} à ${frenchTime(s.startsAt)}`;

/** The person's rights before the EP (CASF L262-37: heard, assisted, observations before any suppression). */
const RIGHTS = [
  'Vous pouvez être entendu(e) par l’équipe pluridisciplinaire lors de cette séance.',
  'Vous pouvez vous faire assister de la personne de votre choix.',
  'Vous pouvez adresser vos observations écrites au Département avant la séance.',
  'Si vous ne pouvez pas venir, prévenez-nous : votre dossier sera examiné au vu des pièces et de vos observations écrites.',
];

/** The letter convening the person before the EP of their territory (A4 portrait, French, tagged). */
export async function renderConvocation(letter: ConvocationLetter): Promise<Uint8Array> {
  const { doc, section, signed } = openPersonLetter({ ...letter, title: 'Convocation à l’équipe pluridisciplinaire' });
  section('Objet', (sect) => paragraphs(doc, sect,
    `Votre situation au regard des obligations liées au RSA sera examinée par l’équipe pluridisciplinaire du territoire ${letter.session.territoryName}. ` +
    'Elle donnera un avis au Département, qui décidera ensuite. Aucune décision n’est prise à ce jour.'));
  section('La séance', (sect) => fields(doc, sect, [['Date', moment(letter.session)], ['Lieu', letter.session.place]]));
  section('Vos droits', (sect) => bulletList(doc, sect, RIGHTS));
  return signed(letter.signatory);
}

/** The record of a session: its members, each case with its summary and the opinion given. */
export async function renderRecord(record: SessionRecord): Promise<Uint8Array> {
  const { session } = record;
  const title = 'Compte rendu de l’équipe pluridisciplinaire';
  const { doc, root, finish } = openDocument({
    title: `${title} — ${session.territoryName} — ${longDate(session.heldOn)}`,
    subject: `${title}, territoire ${session.territoryName}`,
    department: record.department,
    generatedAt: record.generatedAt,
    funded: false,
  });
  const accent = accentOf(record.department.primaryColor);
  titleBlock(doc, root, { accent, department: record.department, title, subtitle: `Territoire ${session.territoryName} — ${moment(session)}` });
  section(doc, root, 'La séance', accent, (sect) => {
    fields(doc, sect, [['Lieu', session.place], ['Dossiers examinés', String(record.cases.length)]]);
    heading(doc, sect, 'Membres présents', 'H3', accent);
    bulletList(doc, sect, session.members);
  });
  section(doc, root, 'Les dossiers', accent, (sect) => {
    if (record.cases.length === 0) note(doc, sect, 'Aucun dossier à l’ordre du jour.');
    for (const c of record.cases) {
      heading(doc, sect, `${c.personName} — référence ${c.reference}`, 'H3', accent);
      paragraphs(doc, sect, c.summary);
      fields(doc, sect, [['Avis de l’équipe pluridisciplinaire', c.opinion ?? 'non encore enregistré']]);
    }
  });
  section(doc, root, 'Portée de l’avis', accent, (sect) => paragraphs(doc, sect,
    'L’avis de l’équipe pluridisciplinaire est consultatif : la décision appartient au Président du Conseil départemental, ' +
    'après examen des observations de la personne.'));
  section(doc, root, 'Signature', accent, (sect) =>
    signatureFrames(doc, sect, [{ title: 'Pour le Président du Conseil départemental', lines: [record.signatory, `Le ${longDate(session.heldOn)}`] }], 80));
  return finish([`${title} — ${session.territoryName}`]);
}
