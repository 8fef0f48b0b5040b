import { openDocument } from '../../../platform/pdf/document.js';
import { longDate } from '../../../platform/pdf/format.js';
import { accentOf, fields, paragraphs, section, titleBlock } from '../../../platform/pdf/layout.js';
import { formatEuros } from '../../../shared/aids.js';
import type { AidLetter } from './model.js';

const TITLE = 'Décision relative à votre demande d’aide financière';
/** The mention every French administrative decision carries (CRPA R421-5). */
const APPEAL = 'Cette décision peut faire l’objet d’un recours gracieux auprès du Président du Conseil départemental, ou d’un recours '
  + 'contentieux devant le tribunal administratif, dans un délai de deux mois à compter de sa notification.';

/** pdfkit's standard fonts print Intl's narrow no-break space as a gap of their own: a plain space reads the same. */
const euros = (cents: number) => formatEuros(cents).replace(/[\u202f\u00a0]/g, ' ');

function outcomeOf(letter: AidLetter): string {
  const { decision, request } = letter;
  if (decision.outcome === 'refused') return 'Refusée';
  return decision.grantedCents === request.requestedCents ? 'Accordée' : 'Accordée partiellement';
}

/** The letter telling the person what the département decided on their aid request (A4, French, tagged). */
export async function renderAidLetter(letter: AidLetter): Promise<Uint8Array> {
  const { department, person, request, decision } = letter;
  const name = `${person.firstNames} ${person.lastName.toLocaleUpperCase('fr-FR')}`;
  const { doc, root, finish } = openDocument({
    title: `${TITLE} — ${name}`,
    subject: `${TITLE} : ${request.aidType}`,
    department,
    generatedAt: letter.generatedAt,
    funded: false,
  });
  const accent = accentOf(department.primaryColor);
  titleBlock(doc, root, { accent, department, title: TITLE, subtitle: `Aide individuelle — ${request.aidType}` });
  section(doc, root, 'Destinataire', accent, (sect) => paragraphs(doc, sect, [name, ...person.addressLines].join('\n')));
  section(doc, root, 'Votre demande', accent, (sect) =>
    fields(doc, sect, [
      ['Aide', request.aidType],
      ['Objet', request.purpose],
      ['Montant demandé', euros(request.requestedCents)],
      ['Déposée le', request.submittedOn ? longDate(request.submittedOn) : null],
      ['Accompagnement', letter.provider.name],
    ]));
  section(doc, root, 'Décision', accent, (sect) => {
    fields(doc, sect, [
      ['Décision', outcomeOf(letter)],
      ['Date', longDate(decision.decidedOn)],
      ['Montant accordé', decision.grantedCents === null ? null : euros(decision.grantedCents)],
      ['Motif', decision.reason],
      ['Versée à', decision.outcome === 'granted' ? decision.payee : null],
      ['Paiement', decision.paid ? `${euros(decision.paid.cents)} le ${longDate(decision.paid.on)}` : null],
    ]);
    doc.moveDown(0.6);
    paragraphs(doc, sect, APPEAL);
  });
  return finish([`${TITLE} — ${name}`]);
}
