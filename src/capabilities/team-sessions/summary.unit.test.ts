import { describe, expect, it } from 'vitest';
import { memberLine } from '../../shared/team-sessions.js';
import { fileSummary } from './summary.js';

describe('the file summary put before the EP', () => {
  it('gives the facts, the absences’ dates and the review’s steps with their notes, leaving out the PIP’s internal ones', () => {
    expect(fileSummary({
      kind: 'Absences répétées sans excuse', facts: 'Trois rendez-vous manqués.', factsFrom: '2026-01-05', factsTo: '2026-02-02',
      absences: ['2026-01-06', '2026-01-20'],
      steps: [
        { event: 'report', on: '2026-02-03', note: null },
        { event: 'return', on: '2026-02-04', note: 'Préciser' },
        { event: 'notify', on: '2026-02-10', note: null },
        { event: 'refer_to_ep', on: '2026-03-01', note: 'Aucune reprise de contact.' },
      ],
    })).toBe([
      'Absences répétées sans excuse — du 05/01/2026 au 02/02/2026.',
      'Trois rendez-vous manqués.',
      'Rendez-vous manqués sans excuse : 06/01/2026, 20/01/2026.',
      'Étapes :',
      '- 03/02/2026 : Signalement du référent',
      '- 10/02/2026 : Notification du manquement',
      '- 01/03/2026 : Saisine de l’équipe pluridisciplinaire (Aucune reprise de contact.)',
    ].join('\n'));
  });

  it('says nothing of absences or steps when there are none', () => {
    expect(fileSummary({ kind: 'Autre manquement', facts: 'Injoignable.', factsFrom: '2026-01-05', factsTo: '2026-01-05', absences: [], steps: [] }))
      .toBe('Autre manquement — du 05/01/2026 au 05/01/2026.\nInjoignable.');
  });
});

describe('a member line « Name — quality »', () => {
  it('accepts an em dash, an en dash or a hyphen between spaces, and normalises it', () => {
    expect(memberLine('Claire Martin — Conseillère départementale')).toBe('Claire Martin — Conseillère départementale');
    expect(memberLine('  Paul Roche - France Travail ')).toBe('Paul Roche — France Travail');
    expect(memberLine('Anne Dubois – CAF de Vaucluse')).toBe('Anne Dubois — CAF de Vaucluse');
  });

  it('keeps a hyphenated name whole and refuses a line without a quality or a name', () => {
    expect(memberLine('Jean-Luc Perrin — Travailleur social')).toBe('Jean-Luc Perrin — Travailleur social');
    expect(memberLine('Jean-Luc Perrin')).toBeNull();
    expect(memberLine(' — Représentant des bénéficiaires')).toBeNull();
    expect(memberLine('Marc Petit —   ')).toBeNull();
  });
});
