import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS, type SanctionScale } from '../../shared/settings.js';
import { sanctionChoiceIssues } from './sanctions.js';

const row = (code: string): SanctionScale => SETTING_DEFAULTS.sanctionScales.find((r) => r.code === code)!;

describe('the sanction table', () => {
  it('holds DOMAIN.md’s suspension-remobilisation figures', () => {
    expect(row('sr_first_suspension')).toMatchObject({ minSharePercent: 30, maxSharePercentLargerHousehold: 50, minMonths: 1, maxMonths: 2 });
    expect(row('sr_further_suspension')).toMatchObject({ minSharePercent: 30, minMonths: 1, maxMonths: 4 });
    expect(row('sr_suppression')).toMatchObject({ measure: 'suppression', needsTeamOpinion: true, minMonths: null });
    expect(new Set(SETTING_DEFAULTS.sanctionScales.map((r) => r.regime))).toEqual(new Set(['suspension_remobilisation', 'before_2025_06']));
  });
});

describe('checking the officer’s choice against the row', () => {
  const first = row('sr_first_suspension');
  it('accepts a choice inside the bounds, edges included', () => {
    expect(sanctionChoiceIssues(first, ['reduction', 'suspension'], { sharePercent: 30, months: 1, largerHousehold: false })).toEqual([]);
    expect(sanctionChoiceIssues(first, ['reduction', 'suspension'], { sharePercent: 100, months: 2, largerHousehold: false })).toEqual([]);
    expect(sanctionChoiceIssues(first, ['reduction', 'suspension'], { sharePercent: 50, months: 2, largerHousehold: true })).toEqual([]);
  });

  it('refuses a share or a duration outside them, with the bounds in French', () => {
    expect(sanctionChoiceIssues(first, ['reduction', 'suspension'], { sharePercent: 29, months: 1, largerHousehold: false })).toEqual([
      { path: 'sharePercent', message: 'Le barème permet de 30 % à 100 % pour ce foyer.' },
    ]);
    expect(sanctionChoiceIssues(first, ['reduction', 'suspension'], { sharePercent: 51, months: 3, largerHousehold: true })).toEqual([
      { path: 'sharePercent', message: 'Le barème permet de 30 % à 50 % pour ce foyer.' },
      { path: 'months', message: 'Le barème permet de 1 à 2 mois.' },
    ]);
    expect(sanctionChoiceIssues(first, ['reduction', 'suspension'], { sharePercent: 40, months: null, largerHousehold: false })[0]!.path).toBe('months');
  });

  it('refuses a row of another measure, and a duration where none applies', () => {
    expect(sanctionChoiceIssues(first, ['suppression'], { sharePercent: 40, months: 1, largerHousehold: false })[0]!.path).toBe('scaleCode');
    expect(sanctionChoiceIssues(row('sr_suppression'), ['suppression'], { sharePercent: 100, months: 1, largerHousehold: false })).toEqual([
      { path: 'months', message: 'Cette mesure n’a pas de durée.' },
    ]);
    expect(sanctionChoiceIssues(row('sr_suppression'), ['suppression'], { sharePercent: 100, months: null, largerHousehold: false })).toEqual([]);
  });
});
