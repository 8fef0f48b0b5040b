import { longDate, shortDate } from '../../../platform/pdf/format.js';
import { bulletList, fields, paragraphs, type Doc, type Struct } from '../../../platform/pdf/layout.js';
import { openPersonLetter } from '../../../platform/pdf/letter.js';
import type { BreachLetter, LetterKind } from './model.js';

const TITLES: Record<LetterKind, string> = {
  first_notification: 'Notification de manquement à vos obligations',
  no_action: 'Décision : absence de sanction',
  suspension: 'Décision de suspension du RSA',
  suspension_end: 'Fin de la suspension du RSA',
  suppression: 'Décision de suppression du RSA',
};

/** What the letter tells the person, step by step (CASF L262-37: a reasoned, gradual, reversible decision). */
const BODY: Record<LetterKind, string> = {
  first_notification:
    'Votre référent(e) nous a signalé que vous ne respectez pas certaines des obligations liées au RSA. Avant toute décision, vous pouvez ' +
    'présenter vos observations, par écrit ou lors d’un entretien, et vous faire assister de la personne de votre choix. Si vous aviez un motif ' +
    'légitime, faites-le nous savoir : aucune sanction ne sera prise.',
  no_action: 'Après examen de votre situation et de vos observations, le Département a décidé de ne pas prendre de sanction.',
  suspension:
    'Après examen de votre situation et de vos observations, le Département a décidé de suspendre une part de votre RSA. Cette suspension ' +
    'prend fin dès que vous respectez à nouveau vos engagements : prenez contact avec votre référent(e).',
  suspension_end: 'Vous respectez à nouveau vos engagements : la suspension de votre RSA prend fin.',
  suppression:
    'Après avis de l’équipe pluridisciplinaire et examen de vos observations, le Département a décidé de supprimer une part de votre RSA.',
};

/** A letter to the person about their breach report (A4 portrait, French), tagged for screen readers. */
export async function renderBreachLetter(letter: BreachLetter): Promise<Uint8Array> {
  const { doc, section, signed } = openPersonLetter({ ...letter, title: TITLES[letter.kind] });
  section('Objet', (sect) => paragraphs(doc, sect, BODY[letter.kind]));
  section('Les faits signalés', (sect) => facts(doc, sect, letter));
  if (letter.decision) section('La décision', (sect) => decision(doc, sect, letter.decision!));
  return signed(letter.signatory);
}

function facts(doc: Doc, sect: Struct, letter: BreachLetter): void {
  const { breach } = letter;
  fields(doc, sect, [['Manquement', breach.kind], ['Période', `du ${shortDate(breach.factsFrom)} au ${shortDate(breach.factsTo)}`]]);
  paragraphs(doc, sect, breach.facts);
  if (breach.absences.length) {
    fields(doc, sect, [['Rendez-vous manqués sans excuse', String(breach.absences.length)]]);
    bulletList(doc, sect, breach.absences.map((d) => longDate(d)));
  }
}

function decision(doc: Doc, sect: Struct, d: NonNullable<BreachLetter['decision']>): void {
  fields(doc, sect, [
    ['Mesure', d.measure],
    ['Part du RSA concernée', d.sharePercent === null ? null : `${d.sharePercent} %`],
    ['Durée', d.months === null ? null : `${d.months} mois`],
    ['À compter du', d.startsOn === null ? null : longDate(d.startsOn)],
  ]);
  if (d.justification) paragraphs(doc, sect, d.justification);
  paragraphs(doc, sect, 'Vous pouvez contester cette décision par un recours administratif auprès du Président du Conseil départemental dans un délai de deux mois.');
}
