import type { Convocation } from './model.js';

/** Test data only: a realistic convocation to print. */
export function convocation(overrides: Partial<Convocation> = {}): Convocation {
  return {
    department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' },
    fundingMention: true,
    provider: { name: 'PIP Tremplin Emploi Avignon', address: '12 rue de la République, 84000 Avignon' },
    person: { title: 'Madame', lastName: 'Benoît-Lefèvre', firstNames: 'Aïcha', addressLines: ['4 impasse des Oliviers', '84300 Cavaillon'] },
    appointment: {
      date: '2026-03-03', time: '14:30', minutes: 45, place: 'PIP Tremplin Emploi Avignon, 12 rue de la République, 84000 Avignon',
      subject: 'Point sur le projet professionnel', staffName: 'Julie Fabre', referentName: 'Julie Fabre',
    },
    generatedAt: '2026-02-20T09:15:00Z',
    ...overrides,
  };
}
