import { winAnsi } from './format.js';

/**
 * Drawing primitives over pdfkit for printed documents. pdfkit wraps text and opens new pages;
 * these helpers add what it leaves to the caller: keeping a heading with what follows and tagging
 * every piece for screen readers (decoration is an artifact, text sits in the structure tree under
 * its section). Every text goes through winAnsi: the standard fonts print Windows-1252 only.
 */

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
export const SIZE = { body: 10, table: 8.5, small: 7.5 } as const;
export const INK = '#1E1E1E';
export const MUTED = '#4A4A4A';
export const RULE = '#8C8C8C';

export const MARGIN = 50;

export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Rules and frames take the département's colour; a malformed setting must not break the print. */
export const accentOf = (color: string): string => (/^#[0-9a-f]{6}$/i.test(color) ? color : '#3A3A6A');

/** Decoration (rules, frames, the emblem) is skipped by screen readers. Never call inside a struct closure. */
export function artifact(doc: Doc, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}

/** Starts a new page when `height` points do not fit: a heading never ends a page alone. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
  doc.x = doc.page.margins.left;
}

export const bodyFont = (doc: Doc): Doc => doc.font(FONT.regular).fontSize(SIZE.body).fillColor(INK);

/** The top of a document's first page: the département's band and name, the title (H1), one line under it. */
export function titleBlock(
  doc: Doc,
  root: Struct,
  t: { accent: string; department: { name: string; code: string; brandName: string }; title: string; subtitle: string },
): void {
  artifact(doc, () => doc.save().rect(MARGIN, MARGIN - 20, contentWidth(doc), 4).fill(t.accent).restore());
  doc.font(FONT.bold).fontSize(11).fillColor(INK).text(winAnsi(t.department.brandName), { structParent: root });
  doc.font(FONT.regular).fontSize(9).fillColor(MUTED);
  doc.text(winAnsi(`Département : ${t.department.name} (${t.department.code})`), { structParent: root });
  doc.moveDown(1);
  doc.font(FONT.bold).fontSize(20).fillColor(INK).text(winAnsi(t.title), { structParent: root, structType: 'H1' });
  doc.font(FONT.regular).fontSize(10.5).moveDown(0.2);
  doc.text(winAnsi(t.subtitle), { structParent: root });
  bodyFont(doc);
}

export function heading(doc: Doc, parent: Struct, text: string, level: 'H2' | 'H3', accent: string): void {
  const size = level === 'H2' ? 13 : 10.5;
  ensureSpace(doc, size * 1.4 + 40);
  doc.font(FONT.bold).fontSize(size).fillColor(INK);
  doc.text(winAnsi(text), { structParent: parent, structType: level });
  if (level === 'H2') {
    const y = doc.y + 1;
    artifact(doc, () => doc.save().rect(doc.page.margins.left, y, 40, 2).fill(accent).restore());
  }
  doc.moveDown(0.4);
  bodyFont(doc);
}

/** One chapter of a document: a section in the structure tree, opened by its heading. */
export function section(doc: Doc, root: Struct, title: string, accent: string, body: (sect: Struct) => void): void {
  const sect = doc.struct('Sect');
  root.add(sect);
  doc.moveDown(0.6);
  heading(doc, sect, title, 'H2', accent);
  body(sect);
  sect.end();
}

/** Free text: blank lines separate paragraphs, single line breaks are kept. */
export function paragraphs(doc: Doc, parent: Struct, text: string, whenEmpty = 'Non renseigné.'): void {
  const parts = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return note(doc, parent, whenEmpty);
  bodyFont(doc);
  for (const p of parts) doc.text(winAnsi(p), { structParent: parent, paragraphGap: 5, lineGap: 1.5 });
}

export function note(doc: Doc, parent: Struct, text: string): void {
  doc.font(FONT.italic).fontSize(SIZE.body).fillColor(MUTED);
  doc.text(winAnsi(text), { structParent: parent, paragraphGap: 4 });
  bodyFont(doc);
}

/** « Label : value » lines; a null value leaves its line out. */
export function fields(doc: Doc, parent: Struct, rows: [string, string | null][]): void {
  for (const [label, value] of rows) {
    if (value === null) continue;
    parent.add(
      doc.struct('P', {}, () => {
        doc.font(FONT.bold).fontSize(SIZE.body).fillColor(INK).text(winAnsi(`${label} : `), { continued: true, lineGap: 1.5 });
        doc.font(FONT.regular).text(winAnsi(value), { paragraphGap: 3, lineGap: 1.5 });
      }),
    );
  }
  bodyFont(doc);
}

export function bulletList(doc: Doc, parent: Struct, items: string[]): void {
  const list = doc.struct('L');
  parent.add(list);
  bodyFont(doc).list(items.map(winAnsi), { structParent: list, bulletRadius: 1.5, textIndent: 10, paragraphGap: 2 });
  list.end();
  doc.x = doc.page.margins.left;
}

export interface SignatureFrame {
  /** Who signs (an H3 in the structure tree). */
  title: string;
  /** Printed under the title; null lines are left out. */
  lines: (string | null)[];
}

/**
 * Frames two to a row, kept together on one page; what the lines leave empty in a frame is the
 * room for a handwritten signature.
 */
export function signatureFrames(doc: Doc, parent: Struct, frames: SignatureFrame[], height: number): void {
  const gap = 20;
  const width = (contentWidth(doc) - gap) / 2;
  for (let at = 0; at < frames.length; at += 2) {
    ensureSpace(doc, height + 8);
    const top = doc.y;
    frames.slice(at, at + 2).forEach((f, i) => {
      const x = doc.page.margins.left + i * (width + gap);
      artifact(doc, () => doc.save().rect(x, top, width, height).lineWidth(0.5).stroke(MUTED).restore());
      const frame = doc.struct('Div');
      parent.add(frame);
      doc.font(FONT.bold).fontSize(SIZE.body).fillColor(INK);
      doc.text(winAnsi(f.title), x + 8, top + 8, { width: width - 16, structParent: frame, structType: 'H3' });
      doc.font(FONT.regular).fontSize(9);
      for (const line of f.lines) if (line) doc.text(winAnsi(line), x + 8, doc.y + 3, { width: width - 16, structParent: frame });
      frame.end();
    });
    doc.x = doc.page.margins.left;
    doc.y = top + height + 8;
  }
  bodyFont(doc);
}
