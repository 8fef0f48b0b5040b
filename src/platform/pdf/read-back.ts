// Test support: the PDF read back by pdf.js (a devDependency), never imported by the application.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** The PDF read back by Mozilla's pdf.js, as a viewer or a screen reader would: text, positions, metadata, tags. */
export interface ReadPage {
  text: string;
  items: { str: string; x: number; y: number; width: number; height: number }[];
  width: number;
  height: number;
  roles: string[];
  /** The colours shapes and text are filled with (#rrggbb), each once: drawings such as the EU emblem show here. */
  fills: string[];
}

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ReadPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items
      .filter((i): i is TextItem => 'str' in i && i.str.trim() !== '')
      .map((i) => ({ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height }));
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    // An untagged PDF (a supplier's estimate…) has no structure tree: no roles.
    const tree = await page.getStructTree();
    if (tree) walk(tree);
    const ops = await page.getOperatorList();
    const fills = new Set(ops.fnArray.flatMap((fn, k) => (fn === OPS.setFillRGBColor ? [String(ops.argsArray[k]?.[0])] : [])));
    pages.push({ text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' '), items, width, height, roles, fills: [...fills] });
  }
  const info: Record<string, unknown> = Object.fromEntries(Object.entries((await pdf.getMetadata()).info));
  const result = { pages, info, markInfo: await pdf.getMarkInfo(), viewer: await pdf.getViewerPreferences() };
  await pdf.destroy();
  return { ...result, text: pages.map((p) => p.text).join(' ') };
}

