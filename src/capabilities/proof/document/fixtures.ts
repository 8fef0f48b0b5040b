import type { ProofPack } from '../model.js';

/** Test data only: a realistic pack, three months of follow-up. */
export function proofPack(overrides: Partial<ProofPack> = {}): ProofPack {
  return {
    department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' },
    fundingMention: true,
    provider: 'PIP Tremplin Emploi Avignon',
    person: { lastName: 'Benoît-Lefèvre', firstNames: 'Aïcha', birthDate: '1988-04-12', cafNumber: '1234567', franceTravailId: null },
    period: { from: '2026-09-01', to: '2026-11-30' },
    contacts: [
      { on: '2026-09-03', modality: 'Entretien individuel en présentiel', durationMinutes: 45, staff: 'Claire Dubois', status: 'Réalisé' },
      { on: '2026-09-24', modality: 'Téléphone', durationMinutes: 15, staff: 'Claire Dubois', status: 'Réalisé' },
      { on: '2026-10-08', modality: null, durationMinutes: null, staff: 'Claire Dubois', status: 'Absence non excusée' },
      { on: '2026-10-14', modality: 'Activité collective (atelier)', durationMinutes: 180, staff: 'Élodie Marchand', status: 'Réalisé' },
    ],
    workshops: [
      {
        on: '2026-10-14', theme: 'CV et lettre de motivation', title: 'Atelier CV', facilitator: 'Élodie Marchand', attendance: 'Présent·e',
        sheet: { fileId: 'f-sheet', mediaType: 'application/pdf', sha256: 'a'.repeat(64) },
      },
      { on: '2026-11-05', theme: 'Mobilité', title: 'Atelier CV', facilitator: 'Élodie Marchand', attendance: null, sheet: null },
    ],
    contracts: [
      {
        label: 'CER n° 1', status: 'En vigueur', startsOn: '2026-09-10', endsOn: '2027-03-09', signedOn: '2026-09-08',
        scan: { fileId: 'f-contract', mediaType: 'image/jpeg', sha256: 'b'.repeat(64) },
      },
    ],
    exit: {
      endedOn: '2026-11-20', reason: 'CDD ou intérim de 6 mois et plus', situation: 'En emploi, y compris indépendant', situationOn: '2026-11-25',
      employment: 'CDD, 8 mois', evaluatedOn: null,
    },
    generatedAt: '2026-11-27T09:30:00.000Z',
    ...overrides,
  };
}
