import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf, type ReadPage } from '../../../platform/pdf/read-back.js';
import { renderAttendanceSheet } from './attendance-pdf.js';
import { attendanceSheet, participants } from './fixtures.js';
import type { AttendanceSheet } from './model.js';

/** Every phrase missing from the text, so one failure lists them all. */
const missing = (text: string, phrases: string[]) => phrases.filter((p) => !text.includes(p));

const read = async (sheet: AttendanceSheet) => readPdf(await renderAttendanceSheet(sheet));

const CLEAN = { offPage: [], inFooter: [], overlaps: [] };
const FOOTER = /^(Feuille d’émargement — .*|Document généré le .*)$/;
const TWELVE_MM = (12 / 25.4) * 72;
const EMBLEM = ['#003399', '#ffcc00'];

/** The participants' numbers, read in the table's first column, top to bottom. */
const rowNumbers = (page: ReadPage) =>
  page.items.filter((i) => /^\d+$/.test(i.str) && i.x < 75).sort((a, b) => b.y - a.y);

describe('the attendance sheet of a small workshop, before it takes place', async () => {
  const pdf = await read(attendanceSheet());

  it('is titled and describes the workshop, its date in French', () => {
    expect(missing(pdf.pages[0]?.text ?? '', [
      'Parcours Vaucluse Département : Vaucluse (84)',
      'Feuille d’émargement Atelier collectif — Pôle Insertion Avignon Centre',
      'Thème : Recherche d’emploi',
      'Intitulé : Atelier CV et lettre de motivation',
      'Date : mardi 3 mars 2026',
      'Horaires : de 9 h à 16 h 30',
      'Lieu : Salle Mistral, 3 place de l’Horloge, 84000 Avignon',
      'Animateur·rice : Élodie Marchand',
    ])).toEqual([]);
  });

  it('lists each participant, accents kept, with a blank box per half-day and no attendance yet', () => {
    expect(missing(pdf.text, [
      'N° NOM Prénom Matin Après-midi 1 BENOÎT-LEFÈVRE Aïcha 2 MÜLLER Zoé 3 NDIAYE Noël 4 GARÇON François 5 MARTIN Léa 6 ROUSSEAU Hélène',
    ])).toEqual([]);
    expect(pdf.text).not.toContain('Présence');
    expect(pdf.text).not.toContain('Présent·e');
  });

  it('leaves at least 12 mm a row to sign in', () => {
    const ys = rowNumbers(pdf.pages[0] as ReadPage).map((i) => i.y);
    expect(ys).toHaveLength(6);
    for (let k = 1; k < ys.length; k++) expect((ys[k - 1] ?? 0) - (ys[k] ?? 0)).toBeGreaterThanOrEqual(TWELVE_MM);
  });

  it('ends with the facilitator’s signature', () => {
    expect(pdf.pages.at(-1)?.text).toContain('Inscrit·es : 6 Signature de l’animateur·rice Élodie Marchand Certifie l’exactitude de cette feuille, le 03/03/2026. Signature :');
  });

  it('carries the page number, the generation date, the EU emblem and the FSE+ mention', () => {
    expect(pdf.pages).toHaveLength(1);
    expect(missing(pdf.text, [
      'Page 1 / 1',
      'Document généré le 02/03/2026 à 17:45 — Parcours Vaucluse',
      'Cofinancé par l’Union européenne Fonds social européen plus (FSE+)',
    ])).toEqual([]);
    expect(pdf.pages[0]?.fills).toEqual(expect.arrayContaining(EMBLEM));
  });

  it('is titled, in French, and tagged for screen readers', () => {
    expect(pdf.info.Title).toBe('Feuille d’émargement — Atelier CV et lettre de motivation — 03/03/2026');
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.info.Author).toBe('Parcours Vaucluse — Vaucluse (84)');
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.viewer).toMatchObject({ DisplayDocTitle: true });
    expect(pdf.pages[0]?.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'Sect', 'H2', 'H3', 'P', 'Table', 'TH', 'TD']));
  });

  it('keeps every piece of text on the page, clear of the footer and of other text', () => {
    expect(layoutProblems(pdf.pages, { funded: true, footer: FOOTER })).toEqual(CLEAN);
  });
});

describe('a sheet of 40 participants', async () => {
  const pdf = await read(attendanceSheet({ participants: participants(40) }));

  // Rows of 12 mm leave room for about 19 on a page: 40 cannot fit on two.
  it('flows onto three numbered pages, each with the FSE+ footer', () => {
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages[0]?.text).toContain('Page 1 / 3');
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} / 3`);
      expect(page.text).toContain('Cofinancé par l’Union européenne Fonds social européen plus (FSE+)');
      expect(page.text).toContain('Document généré le 02/03/2026 à 17:45');
      expect(page.fills).toEqual(expect.arrayContaining(EMBLEM));
    });
  });

  it('repeats the header row on each page and numbers every participant once, in order', () => {
    expect(pdf.pages[0]?.text).toContain('N° NOM Prénom Matin Après-midi 1 BENOÎT-LEFÈVRE Aïcha');
    // A continued table opens its page, header first.
    for (const page of pdf.pages.slice(1)) expect(page.text).toMatch(/^N° NOM Prénom Matin Après-midi \d+ /);
    const numbers = pdf.pages.flatMap((page) => rowNumbers(page).map((i) => Number(i.str)));
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(pdf.text).toContain('40 NGUYEN Noël');
  });

  it('keeps the last rows with the facilitator’s signature on the last page', () => {
    expect(pdf.pages.at(-1)?.text).toMatch(/^N° NOM Prénom Matin Après-midi \d+ .* 40 NGUYEN Noël Attestation Inscrit·es : 40 Signature de l’animateur·rice Élodie Marchand/);
  });

  it('keeps every piece of text on the page, clear of the footer and of other text', () => {
    expect(layoutProblems(pdf.pages, { funded: true, footer: FOOTER })).toEqual(CLEAN);
  });
});

describe('a sheet whose rows would just fill its pages', async () => {
  // 30 rows fill two pages to the last line: the facilitator's frame must not open a page alone.
  const pdf = await read(attendanceSheet({ participants: participants(30) }));

  it('carries rows over to the page of the facilitator’s signature', () => {
    expect(pdf.pages.at(-1)?.text).toMatch(/^N° NOM Prénom Matin Après-midi (\d+ .* )?30 NGUYEN Zoé Attestation Inscrit·es : 30 Signature de l’animateur·rice/);
    expect(layoutProblems(pdf.pages, { funded: true, footer: FOOTER })).toEqual(CLEAN);
  });
});

describe('a sheet once attendance is recorded, without FSE+ funding', async () => {
  const recorded = participants(4).map((p, i) => ({ ...p, attendance: (['present', 'absent', 'excused', null] as const)[i] ?? null }));
  const pdf = await read(attendanceSheet({ participants: recorded, halfDays: ['afternoon'], fundingMention: false }));

  it('adds a Présence column beside one signature column per half-day', () => {
    expect(missing(pdf.text, [
      'N° NOM Prénom Après-midi Présence 1 BENOÎT-LEFÈVRE Aïcha Présent·e 2 MÜLLER Zoé Absent·e 3 NDIAYE Noël Excusé·e 4 GARÇON François',
      'Présences : 1 présent·es, 1 absent·es, 1 excusé·es',
    ])).toEqual([]);
    expect(pdf.text).not.toContain('Matin');
  });

  it('has neither the emblem nor the funding mention', () => {
    expect(pdf.text).not.toContain('Cofinancé');
    expect(pdf.text).not.toContain('FSE+');
    expect(pdf.pages[0]?.fills).not.toContain('#003399');
    expect(layoutProblems(pdf.pages, { funded: false, footer: FOOTER })).toEqual(CLEAN);
  });
});
