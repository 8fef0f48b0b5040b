import { openDocument } from '../../../platform/pdf/document.js';
import { frenchTime, longDate, weekdayDate, winAnsi } from '../../../platform/pdf/format.js';
import { accentOf, bodyFont, fields, paragraphs, section, titleBlock, type Doc, type Struct } from '../../../platform/pdf/layout.js';
import type { Convocation } from './model.js';

const TITLE = 'Convocation';
/** The recipient's block sits on the right, where a window envelope shows it. */
const ADDRESS_X = 320;

/**
 * The convocation letter of a planned appointment (A4 portrait, French, tagged for screen readers):
 * the person's name and address, the appointment (date, time, place, subject), who will receive
 * them and their référent, the PIP's address, and the FSE+ mention in the footer.
 */
export async function renderConvocation(letter: Convocation): Promise<Uint8Array> {
  const { department, person, appointment, provider } = letter;
  const name = `${person.firstNames} ${person.lastName.toLocaleUpperCase('fr-FR')}`;
  const { doc, root, finish } = openDocument({
    title: `${TITLE} — ${name} — ${longDate(appointment.date)}`,
    subject: `${TITLE} au rendez-vous du ${longDate(appointment.date)}`,
    department,
    generatedAt: letter.generatedAt,
    funded: letter.fundingMention,
  });
  const accent = accentOf(department.primaryColor);
  titleBlock(doc, root, { accent, department, title: TITLE, subtitle: `Rendez-vous d’accompagnement — ${provider.name}` });
  addresses(doc, root, letter, name);
  section(doc, root, 'Votre rendez-vous', accent, (sect) => {
    paragraphs(doc, sect, `${person.title ?? 'Madame, Monsieur'},\n\nDans le cadre de votre accompagnement vers l’emploi, vous êtes invité·e à vous présenter au rendez-vous suivant.`);
    fields(doc, sect, [
      ['Date', weekdayDate(appointment.date)],
      ['Heure', frenchTime(appointment.time)],
      ['Durée prévue', appointment.minutes ? `${appointment.minutes} minutes` : null],
      ['Lieu', appointment.place],
      ['Objet', appointment.subject],
      ['Vous serez reçu·e par', appointment.staffName],
      ['Votre référent·e', appointment.referentName],
    ]);
  });
  section(doc, root, 'En cas d’empêchement', accent, (sect) =>
    paragraphs(doc, sect, [
      'Si vous ne pouvez pas venir, prévenez votre référent·e au plus tôt, en indiquant le motif : un autre rendez-vous vous sera proposé.',
      'Pensez à apporter cette convocation et, si vous en avez, votre CV et les documents de vos démarches récentes.',
      `${provider.name}${provider.address ? `\n${provider.address}` : ''}`,
    ].join('\n\n')),
  );
  return finish([`${TITLE} — ${name} — ${weekdayDate(appointment.date)} à ${frenchTime(appointment.time)}`]);
}

/** The PIP (sender) on the left, the person (recipient) on the right, as a letter sets them. */
function addresses(doc: Doc, root: Struct, letter: Convocation, name: string): void {
  const top = doc.y + 12;
  const sender = [letter.provider.name, ...(letter.provider.address ? [letter.provider.address] : [])];
  const recipient = [name, ...(letter.person.addressLines.length > 0 ? letter.person.addressLines : ['Adresse non renseignée : à remettre en main propre'])];
  bodyFont(doc);
  root.add(doc.struct('P', {}, () => doc.text(winAnsi(sender.join('\n')), doc.page.margins.left, top, { width: ADDRESS_X - doc.page.margins.left - 20, lineGap: 1.5 })));
  const senderBottom = doc.y;
  root.add(doc.struct('P', {}, () => doc.font('Helvetica-Bold').text(winAnsi(recipient.join('\n')), ADDRESS_X, top, { width: doc.page.width - doc.page.margins.right - ADDRESS_X, lineGap: 1.5 })));
  bodyFont(doc);
  doc.x = doc.page.margins.left;
  doc.y = Math.max(senderBottom, doc.y) + 6;
}
