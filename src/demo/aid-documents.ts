import PDFDocument from 'pdfkit';
import { formatEuros, type AidDocumentKind } from '../shared/aids.js';
import { longDate } from '../platform/pdf/format.js';
import type { IsoDate } from '../shared/calendar.js';

export interface DemoPaper {
  kind: AidDocumentKind;
  issuer: string;
  person: string;
  purpose: string;
  amountCents: number;
  on: IsoDate;
}

const TITLES: Record<AidDocumentKind, string> = {
  estimate: 'Devis',
  invoice: 'Facture',
  job_offer: 'Promesse d’embauche',
  training_registration: 'Attestation d’inscription en formation',
};

export const demoFileName = (paper: DemoPaper): string => `${TITLES[paper.kind].toLocaleLowerCase('fr-FR').replace(/[^a-zà-ü]+/g, '-')}.pdf`;

/**
 * What a supplier or an employer sends the referent, made up for the demo: one A4 page, so that a
 * user trying the demo opens a real PDF from an aid request. Not a document Parcours prints.
 */
export function demoPaperPdf(paper: DemoPaper): Promise<Buffer> {
  const title = TITLES[paper.kind];
  const doc = new PDFDocument({ size: 'A4', margin: 60, lang: 'fr-FR', info: { Title: `${title} — ${paper.issuer}`, Author: paper.issuer } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  // pdfkit's standard fonts print Intl's narrow no-break space as a gap of their own.
  const amount = formatEuros(paper.amountCents).replace(/[\u202f\u00a0]/g, ' ');
  doc.font('Helvetica-Bold').fontSize(16).text(paper.issuer);
  doc.font('Helvetica').fontSize(9).fillColor('#4A4A4A').text('Document de démonstration — établissement fictif').moveDown(2);
  doc.font('Helvetica-Bold').fontSize(14).fillColor('#1E1E1E').text(`${title} du ${longDate(paper.on)}`).moveDown();
  doc.font('Helvetica').fontSize(11).text(`Au nom de : ${paper.person}`).moveDown();
  doc.text(`Objet : ${paper.purpose}`).moveDown();
  if (paper.kind === 'job_offer') doc.text('Nous confirmons notre intention d’embaucher la personne ci-dessus dès qu’elle disposera de l’équipement nécessaire.');
  else doc.font('Helvetica-Bold').text(`Montant TTC : ${amount}`);
  doc.end();
  return done;
}
