import { winAnsi } from './format.js';
import { FONT, INK, MUTED, RULE, SIZE, artifact, type Doc } from './layout.js';

/** The bottom margin holds the footer, taller with the EU emblem. */
export const bottomMargin = (funded: boolean): number => (funded ? 88 : 58);

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
  /** The EU emblem and the FSE+ co-funding mention, which documents of funded actions must carry. */
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
