import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf } from '../../../platform/pdf/read-back.js';
import { renderConvocation } from './convocation-pdf.js';
import { convocation } from './fixtures.js';
import type { Convocation } from './model.js';

/** Every phrase missing from the text, so one failure lists them all. */
const missing = (text: string, phrases: string[]) => phrases.filter((p) => !text.includes(p));
const read = async (letter: Convocation) => readPdf(await renderConvocation(letter));

const CLEAN = { offPage: [], inFooter: [], overlaps: [] };
const FOOTER = /^(Convocation — .*|Document généré le .*)$/;

describe('the convocation letter of an appointment', async () => {
  const pdf = await read(convocation());

  it('is addressed to the person, name and postal address, from the PIP and its address', () => {
    expect(missing(pdf.pages[0]?.text ?? '', [
      'Convocation Rendez-vous d’accompagnement — PIP Tremplin Emploi Avignon',
      'PIP Tremplin Emploi Avignon 12 rue de la République, 84000 Avignon',
      'Aïcha BENOÎT-LEFÈVRE 4 impasse des Oliviers 84300 Cavaillon',
    ])).toEqual([]);
  });

  it('gives the date, time, place and subject of the appointment, who receives the person and their référent', () => {
    expect(missing(pdf.text, [
      'Madame, Dans le cadre de votre accompagnement',
      'Date : mardi 3 mars 2026',
      'Heure : 14 h 30',
      'Durée prévue : 45 minutes',
      'Lieu : PIP Tremplin Emploi Avignon, 12 rue de la République, 84000 Avignon',
      'Objet : Point sur le projet professionnel',
      'Vous serez reçu·e par : Julie Fabre',
      'Votre référent·e : Julie Fabre',
      'En cas d’empêchement',
    ])).toEqual([]);
  });

  it('fits one page, with the FSE+ footer and the emblem, titled in French and tagged', () => {
    expect(pdf.pages).toHaveLength(1);
    expect(missing(pdf.text, [
      'Convocation — Aïcha BENOÎT-LEFÈVRE — mardi 3 mars 2026 à 14 h 30',
      'Document généré le 20/02/2026 à 10:15 — Parcours Vaucluse',
      'Cofinancé par l’Union européenne Fonds social européen plus (FSE+)',
    ])).toEqual([]);
    expect(pdf.pages[0]?.fills).toEqual(expect.arrayContaining(['#003399', '#ffcc00']));
    expect(pdf.info.Title).toBe('Convocation — Aïcha BENOÎT-LEFÈVRE — 3 mars 2026');
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.pages[0]?.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'Sect', 'H2', 'P']));
    expect(layoutProblems(pdf.pages, { funded: true, footer: FOOTER })).toEqual(CLEAN);
  });
});

describe('a convocation for a person without address, greeting unknown, without FSE+ funding', async () => {
  const pdf = await read(convocation({
    fundingMention: false,
    person: { title: null, lastName: 'Ndiaye', firstNames: 'Noël', addressLines: [] },
    appointment: { ...convocation().appointment, minutes: null, referentName: null, place: 'par téléphone : votre référent·e vous appellera' },
  }));

  it('says it is to be handed over, greets both, and leaves out what is unknown', () => {
    expect(missing(pdf.text, [
      'Noël NDIAYE Adresse non renseignée : à remettre en main propre',
      'Madame, Monsieur, Dans le cadre',
      'Lieu : par téléphone : votre référent·e vous appellera',
    ])).toEqual([]);
    expect(pdf.text).not.toContain('Durée prévue');
    expect(pdf.text).not.toContain('Votre référent·e :');
    expect(pdf.text).not.toContain('FSE+');
    expect(layoutProblems(pdf.pages, { funded: false, footer: FOOTER })).toEqual(CLEAN);
  });
});
