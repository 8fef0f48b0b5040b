// Test support: checks a PDF read back by read-back.ts; never imported by the application.
import { bottomMargin } from './footer.js';
import type { ReadPage } from './read-back.js';

/** What drawFooters prints whatever the document. */
const SHARED_FOOTER = /^(Page \d+ \/ \d+|Cofinancé par l’Union européenne|Fonds social européen plus \(FSE\+\))$/;

export interface LayoutProblems {
  /** Text reaching outside the page. */
  offPage: string[];
  /** Text below the footer's rule that is not the footer. */
  inFooter: string[];
  /** Two pieces of text on top of each other, as « a » / « b ». */
  overlaps: string[];
}

/**
 * The layout faults a reader would see, each listed so one failure names them all. `footer`
 * matches the document's own footer lines (page numbers and the funding mention are known here).
 */
export function layoutProblems(pages: ReadPage[], options: { funded: boolean; footer: RegExp }): LayoutProblems {
  const footerTop = bottomMargin(options.funded);
  const isFooter = (s: string) => SHARED_FOOTER.test(s) || options.footer.test(s);
  const problems: LayoutProblems = { offPage: [], inFooter: [], overlaps: [] };
  for (const page of pages) {
    for (const i of page.items) {
      if (i.x < 0 || i.y < 0 || i.x + i.width > page.width || i.y + i.height > page.height) problems.offPage.push(i.str);
      if (i.y < footerTop && !isFooter(i.str.trim())) problems.inFooter.push(i.str);
    }
    page.items.forEach((a, k) => {
      for (const b of page.items.slice(k + 1)) {
        const apart = a.x + a.width - 0.5 <= b.x || b.x + b.width - 0.5 <= a.x || a.y + a.height - 0.5 <= b.y || b.y + b.height - 0.5 <= a.y;
        if (!apart) problems.overlaps.push(`« ${a.str} » / « ${b.str} »`);
      }
    });
  }
  return problems;
}
