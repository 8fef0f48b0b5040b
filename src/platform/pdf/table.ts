import { winAnsi } from './format.js';
import { FONT, INK, RULE, SIZE, bodyFont, contentWidth, ensureSpace, type Doc, type Struct } from './layout.js';

const HEADER_FILL = '#EDEFF3';
const PAD = 4;

export interface Column {
  header: string;
  /** Points; one '*' column takes what the others leave. */
  width: number | '*';
}

export interface TableLayout {
  /** Points from the left margin. */
  indent?: number;
  /** Room kept under the last row for what must stay with it. */
  reserve?: number;
  /** Points; body rows never get lower (room to sign by hand), their text is centred vertically. */
  minRowHeight?: number;
}

type TableOptions = PDFKit.Mixins.TableOptions & { structParent: Struct };

/**
 * A table whose header row comes back on top of each page it continues on (pdfkit's tables do not
 * repeat it), and that never leaves its header alone at the foot of a page. Each page's part is one
 * pdfkit table, so rows are measured here to know when the next one no longer fits.
 */
export function table(doc: Doc, parent: Struct, columns: Column[], rows: string[][], layout: TableLayout = {}): void {
  const { indent = 0, reserve = 0, minRowHeight = 0 } = layout;
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
  const bodyHeight = (cells: string[]) => Math.max(heightOf(cells, FONT.regular), minRowHeight + 1);
  // Row 0 of each part is the header; the minimum height is for the rows people sign in.
  const bodyStyle = minRowHeight > 0 ? { minHeight: minRowHeight, align: { x: 'left' as const, y: 'center' as const } } : {};
  const open = (): PDFKit.Mixins.PDFTableObject => {
    const options: TableOptions = {
      position: { x, y: doc.y },
      columnStyles: widths,
      rowStyles: (i) => (i === 0 ? {} : bodyStyle),
      defaultStyle: { border: 0.5, borderColor: RULE, padding: PAD, textColor: INK },
      structParent: parent,
    };
    doc.font(FONT.regular).fontSize(SIZE.table);
    return doc.table(options).row(header.map((text) => ({ text, type: 'TH', scope: 'Column', font: { src: FONT.bold }, backgroundColor: HEADER_FILL })));
  };
  const headerHeight = heightOf(header, FONT.bold);
  ensureSpace(doc, headerHeight + (body[0] ? bodyHeight(body[0]) : 0) + (body.length <= 1 ? reserve : 0));
  let current = open();
  body.forEach((row, k) => {
    const height = bodyHeight(row) + (k === body.length - 1 ? reserve : 0);
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
