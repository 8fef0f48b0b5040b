import PDFDocument from 'pdfkit';
import { drawFooters, bottomMargin } from './footer.js';
import { frenchTimestamp } from './format.js';
import { MARGIN, bodyFont, type Doc, type Struct } from './layout.js';

/** The département a document is printed for, as its letterhead shows it. */
export interface PrintingDepartment {
  name: string;
  code: string;
  brandName: string;
  /** #RRGGBB; anything else falls back to a neutral colour (accentOf). */
  primaryColor: string;
}

export interface DocumentSetup {
  /** The document's title (shown by viewers instead of the file name). */
  title: string;
  subject: string;
  department: Omit<PrintingDepartment, 'primaryColor'>;
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
  /** The EU emblem and the FSE+ mention in every footer. */
  funded: boolean;
  orientation?: 'portrait' | 'landscape';
}

export interface OpenDocument {
  doc: Doc;
  /** The structure tree's root: every tagged piece hangs under it. */
  root: Struct;
  /** Closes the structure, draws each page's footer (these lines, then the generation date) and returns the file. */
  finish: (footerLines: string[]) => Promise<Uint8Array>;
}

/**
 * An A4 document in French, tagged for screen readers (PDF 1.7, marked, titled). The pages stay in
 * memory until `finish` so each footer can say « Page n / N ».
 */
export function openDocument(setup: DocumentSetup): OpenDocument {
  const { department } = setup;
  const doc = new PDFDocument({
    size: 'A4',
    layout: setup.orientation ?? 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: bottomMargin(setup.funded) },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: 'fr-FR',
    info: {
      Title: setup.title,
      Author: `${department.brandName} — ${department.name} (${department.code})`,
      Subject: setup.subject,
      Creator: 'Parcours',
      CreationDate: new Date(setup.generatedAt),
    },
  });
  const bytes = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  bodyFont(doc);
  return {
    doc,
    root,
    finish: (footerLines) => {
      root.end();
      const generated = `Document généré le ${frenchTimestamp(setup.generatedAt)} — ${department.brandName}`;
      drawFooters(doc, { lines: [...footerLines, generated], funded: setup.funded });
      doc.end();
      return bytes;
    },
  };
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
