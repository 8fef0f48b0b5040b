import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf } from '../../../platform/pdf/read-back.js';
import { renderAidLetter } from './letter-pdf.js';
import type { AidLetter } from './model.js';

const letter = (decision: Partial<AidLetter['decision']> = {}): AidLetter => ({
  department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' },
  person: { lastName: 'Benoît-Lefèvre', firstNames: 'Aïcha', addressLines: ['12 rue des Teinturiers', '84000 Avignon'] },
  provider: { name: 'PIP Tremplin Emploi Avignon' },
  request: { aidType: 'Permis de conduire', purpose: 'Leçons de conduite pour un poste d’aide à domicile', requestedCents: 120_000, submittedOn: '2026-03-02' },
  decision: { outcome: 'granted', decidedOn: '2026-03-10', grantedCents: 80_000, reason: 'Plafond du barème social atteint', payee: 'Auto-école Mistral', paid: null, ...decision },
  generatedAt: '2026-03-10T09:30:00Z',
});

const FOOTER = /^(Décision relative à votre demande d’aide financière — .*|Document généré le .*)$/;

describe('the decision letter of a partial grant', async () => {
  const pdf = await readPdf(await renderAidLetter(letter()));

  it('names the person, the aid and the decision, amounts in French', () => {
    for (const phrase of [
      'Parcours Vaucluse Département : Vaucluse (84)',
      'Décision relative à votre demande d’aide financière Aide individuelle — Permis de conduire',
      'Aïcha BENOÎT-LEFÈVRE 12 rue des Teinturiers 84000 Avignon',
      'Montant demandé : 1 200,00 €',
      'Déposée le : 2 mars 2026',
      'Décision : Accordée partiellement',
      'Montant accordé : 800,00 €',
      'Motif : Plafond du barème social atteint',
      'Versée à : Auto-école Mistral',
      'recours gracieux',
    ]) expect(pdf.text).toContain(phrase);
  });

  it('is titled, in French, tagged, and its text stays on the page', () => {
    expect(pdf.info.Title).toBe('Décision relative à votre demande d’aide financière — Aïcha BENOÎT-LEFÈVRE');
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.text).not.toContain('FSE+');
    expect(layoutProblems(pdf.pages, { funded: false, footer: FOOTER })).toEqual({ offPage: [], inFooter: [], overlaps: [] });
  });
});

describe('a refusal, and a paid grant', () => {
  it('says refused, without amount nor payee', async () => {
    const pdf = await readPdf(await renderAidLetter(letter({ outcome: 'refused', grantedCents: null, reason: 'Aide sans lien avec le contrat' })));
    expect(pdf.text).toContain('Décision : Refusée');
    expect(pdf.text).not.toContain('Montant accordé');
    expect(pdf.text).not.toContain('Versée à');
  });

  it('says a full grant in full, and the payment', async () => {
    const pdf = await readPdf(await renderAidLetter(letter({ grantedCents: 120_000, paid: { on: '2026-03-20', cents: 120_000 } })));
    expect(pdf.text).toContain('Décision : Accordée Date');
    expect(pdf.text).toContain('Paiement : 1 200,00 € le 20 mars 2026');
  });
});
