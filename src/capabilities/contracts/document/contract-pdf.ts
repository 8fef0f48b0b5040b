import PDFDocument from 'pdfkit';
import { frenchTimestamp, fullName } from './format.js';
import { MARGIN, bottomMargin, bodyFont, drawFooters, type Doc } from './layout.js';
import type { ContractDocument } from './model.js';
import { evaluation, objectives } from './objectives.js';
import {
  beneficiary, contractTitle, decision, duration, organisationCommitments, personCommitments, project, referentAndProvider,
  signatures, titleBlock, weeklyPlan, type Section,
} from './sections.js';

const SECTIONS: Section[] = [
  titleBlock, beneficiary, referentAndProvider, duration, project, personCommitments, organisationCommitments, weeklyPlan,
  objectives, evaluation, decision, signatures,
];

/** Rules and frames take the département's colour; a malformed setting must not break the print. */
const accentOf = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color : '#3A3A6A');

/**
 * The printable contract (A4, French), tagged for screen readers. pdfkit wraps and paginates; the
 * pages stay in memory until the end so each footer can say « Page n / N ».
 */
export async function renderContractPdf(d: ContractDocument): Promise<Uint8Array> {
  const title = contractTitle(d.kind);
  const person = fullName(d.person);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: bottomMargin(d.fundingMention) },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: 'fr-FR',
    info: {
      Title: `${title} — ${person} — version n° ${d.versionNumber}`,
      Author: `${d.department.brandName} — ${d.department.name} (${d.department.code})`,
      Subject: `${title} de ${person}`,
      Creator: 'Parcours',
      CreationDate: new Date(d.generatedAt),
    },
  });
  const bytes = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  bodyFont(doc);
  const ctx = { doc, root, accent: accentOf(d.department.primaryColor) };
  for (const draw of SECTIONS) draw(ctx, d);
  root.end();
  drawFooters(doc, {
    lines: [`${title} — ${person} — version n° ${d.versionNumber}`, `Document généré le ${frenchTimestamp(d.generatedAt)} — ${d.department.brandName}`],
    funded: d.fundingMention,
  });
  doc.end();
  return bytes;
}

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    // A plain Uint8Array, not a Buffer: some consumers (pdf.js among them) refuse Buffers.
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
      resolve(out);
    });
    doc.on('error', reject);
  });
}
