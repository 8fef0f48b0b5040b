import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf } from '../../../platform/pdf/read-back.js';
import { renderBreachLetter } from './letter-pdf.js';
import type { BreachLetter } from './model.js';

const missing = (text: string, phrases: string[]) => phrases.filter((p) => !text.includes(p));

const letter = (overrides: Partial<BreachLetter> = {}): BreachLetter => ({
  department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' },
  kind: 'first_notification',
  on: '2026-03-03',
  reference: 'SM-1A2B3C',
  person: { name: 'BENOÎT-LEFÈVRE Aïcha', addressLines: ['3 place de l’Horloge', '84000 Avignon'] },
  breach: {
    kind: 'Absences répétées sans excuse', facts: 'Trois rendez-vous manqués malgré deux relances.', factsFrom: '2026-02-01', factsTo: '2026-02-20',
    absences: ['2026-02-03', '2026-02-10', '2026-02-17'],
  },
  decision: null,
  signatory: 'Marion Roux',
  generatedAt: '2026-03-03T10:00:00.000Z',
  ...overrides,
});

describe('the letters of a breach report', () => {
  it('notifies the breach with its facts and the absences’ dates, and offers to be heard, assisted', async () => {
    const pdf = await readPdf(await renderBreachLetter(letter()));
    expect(missing(pdf.text, [
      'Notification de manquement à vos obligations',
      'Le 3 mars 2026 — référence SM-1A2B3C',
      'Nom : BENOÎT-LEFÈVRE Aïcha',
      'Adresse : 3 place de l’Horloge, 84000 Avignon',
      'vous faire assister de la personne de votre choix',
      'Manquement : Absences répétées sans excuse',
      'Période : du 01/02/2026 au 20/02/2026',
      'Rendez-vous manqués sans excuse : 3',
      '3 février 2026', '10 février 2026', '17 février 2026',
      'Pour le Président du Conseil départemental', 'Marion Roux',
    ])).toEqual([]);
    expect(pdf.text).not.toContain('La décision');
    expect(layoutProblems(pdf.pages, { funded: false, footer: /^(Notification de manquement.*|Document généré le .*|Page \d+ \/ \d+)$/ })).toMatchObject({ offPage: [], overlaps: [] });
  });

  it('states the decision as the officer recorded it: share, duration, start and reasons', async () => {
    const pdf = await readPdf(await renderBreachLetter(letter({
      kind: 'suspension',
      decision: { measure: 'Suspension-remobilisation : première suspension', sharePercent: 40, months: 2, startsOn: '2026-04-01', justification: 'Absences répétées malgré les relances.' },
    })));
    expect(missing(pdf.text, [
      'Décision de suspension du RSA',
      'Mesure : Suspension-remobilisation : première suspension',
      'Part du RSA concernée : 40 %',
      'Durée : 2 mois',
      'À compter du : 1er avril 2026',
      'Absences répétées malgré les relances.',
      'recours administratif',
    ])).toEqual([]);
  });

  it('ends a suspension without restating a measure it does not decide', async () => {
    const pdf = await readPdf(await renderBreachLetter(letter({ kind: 'suspension_end' })));
    expect(pdf.text).toContain('Fin de la suspension du RSA');
    expect(pdf.text).toContain('la suspension de votre RSA prend fin');
    expect(pdf.text).not.toContain('Part du RSA concernée');
  });
});
