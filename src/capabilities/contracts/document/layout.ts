import { winAnsi } from './format.js';

/**
 * Drawing primitives over pdfkit for the printed contract. pdfkit wraps text and opens new pages;
 * these helpers add what it leaves to the caller: keeping a heading or a table header with what
 * follows, repeating a table's header on each page, and tagging every piece for screen readers
 * (decoration is an artifact, text sits in the structure tree under its section).
 */

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
export const SIZE = { body: 10, table: 8.5, small: 7.5 } as const;
export const INK = '#1E1E1E';
export const MUTED = '#4A4A4A';
const RULE = '#8C8C8C';
const HEADER_FILL = '#EDEFF3';
const PAD = 4;

export const MARGIN = 50;
/** The bottom margin holds the footer, taller with the EU emblem. */
export const bottomMargin = (funded: boolean): number => (funded ? 88 : 58);

export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

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

export const bodyFont = (doc: Doc): Doc => doc.font(FONT.regular).fontSize(SIZE.body).fillColor(INK);

/** One chapter of the contract: a section in the structure tree, opened by its heading. */
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

export interface Column {
  header: string;
  /** Points; one '*' column takes what the others leave. */
  width: number | '*';
}

type TableOptions = PDFKit.Mixins.TableOptions & { structParent: Struct };

/**
 * A table whose header row comes back on top of each page it continues on (pdfkit's tables do not
 * repeat it), and that never leaves its header alone at the foot of a page. `reserve` keeps room
 * under its last row for what must stay with it.
 */
export function table(doc: Doc, parent: Struct, columns: Column[], rows: string[][], options: { indent?: number; reserve?: number } = {}): void {
  const { indent = 0, reserve = 0 } = options;
  const x = doc.page.margins.left + indent;
  const available = contentWidth(doc) - indent;
  const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
  const widths = columns.map((c) => (c.width === '*' ? available - fixed : c.width));
  const header = columns.map((c) => winAnsi(c.header));
  const body = rows.map((r) => r.map(winAnsi));
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE.table);
    const tallest = Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - 2 * PAD })));
    return tallest + 2 * PAD + 2;
  };
  const open = (): PDFKit.Mixins.PDFTableObject => {
    const options: TableOptions = {
      position: { x, y: doc.y },
      columnStyles: widths,
      defaultStyle: { border: 0.5, borderColor: RULE, padding: PAD, textColor: INK },
      structParent: parent,
    };
    doc.font(FONT.regular).fontSize(SIZE.table);
    return doc.table(options).row(header.map((text) => ({ text, type: 'TH', scope: 'Column', font: { src: FONT.bold }, backgroundColor: HEADER_FILL })));
  };
  const headerHeight = heightOf(header, FONT.bold);
  ensureSpace(doc, headerHeight + (body[0] ? heightOf(body[0], FONT.regular) : 0) + (body.length <= 1 ? reserve : 0));
  let current = open();
  body.forEach((row, k) => {
    const height = heightOf(row, FONT.regular) + (k === body.length - 1 ? reserve : 0);
    if (k > 0 && doc.y + height > doc.page.maxY()) {
      current.end();
      doc.addPage();
      current = open();
    }
    doc.font(FONT.regular).fontSize(SIZE.table);
    current.row(row);
  });
  current.end();
  doc.x = doc.page.margins.left;
  doc.y += 6;
  bodyFont(doc);
}

/** The EU emblem, drawn: twelve gold stars in a circle on blue, in the official proportions. */
export function euEmblem(doc: Doc, x: number, y: number, height: number): void {
  const width = height * 1.5;
  doc.save().rect(x, y, width, height).fill('#003399');
  const [cx, cy] = [x + width / 2, y + height / 2];
  const [ring, outer] = [height / 3, height / 18];
  const inner = outer * 0.382;
  for (let k = 0; k < 12; k++) {
    const [sx, sy] = [cx + ring * Math.sin((k * Math.PI) / 6), cy - ring * Math.cos((k * Math.PI) / 6)];
    const points = Array.from({ length: 10 }, (_, j) => {
      const r = j % 2 === 0 ? outer : inner;
      return [sx + r * Math.sin((j * Math.PI) / 5), sy - r * Math.cos((j * Math.PI) / 5)];
    });
    doc.polygon(...points);
  }
  doc.fill('#FFCC00').restore();
}

export interface Footer {
  lines: string[];
  funded: boolean;
}

/** Runs once every page exists, so each footer knows the page count. */
export function drawFooters(doc: Doc, footer: Footer): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    margins.bottom = 0;
    const left = margins.left;
    const right = width - margins.right;
    const top = height - bottom + 16;
    artifact(
      doc,
      () => {
        doc.save().moveTo(left, top - 6).lineTo(right, top - 6).lineWidth(0.5).stroke(RULE).restore();
        doc.font(FONT.bold).fontSize(8).fillColor(INK);
        doc.text(`Page ${i - start + 1} / ${count}`, left, top, { width: right - left, align: 'right', lineBreak: false });
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(MUTED);
        // One line each, cut with an ellipsis: a long name must not run under the page number.
        footer.lines.forEach((line, n) => doc.text(winAnsi(line), left, top + n * 10, { width: right - left - 60, height: 9, ellipsis: true }));
        if (footer.funded) {
          const y = top + footer.lines.length * 10 + 4;
          euEmblem(doc, left, y, 20);
          doc.font(FONT.bold).fontSize(8).fillColor(INK).text('Cofinancé par l’Union européenne', left + 36, y + 1, { lineBreak: false });
          doc.font(FONT.regular).fontSize(SIZE.small).text('Fonds social européen plus (FSE+)', left + 36, y + 11, { lineBreak: false });
        }
      },
      'Pagination',
    );
    margins.bottom = bottom;
  }
}
