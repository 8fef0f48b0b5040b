import type { AttendanceSheet } from './model.js';

/** Test data only: realistic workshops to print. */

const LAST = ['Benoît-Lefèvre', 'Müller', 'Ndiaye', 'Garçon', 'Martin', 'Rousseau', 'Haddad', 'Lefebvre', 'Da Silva', 'Nguyen'];
const FIRST = ['Aïcha', 'Zoé', 'Noël', 'François', 'Léa', 'Hélène', 'Karim', 'Jérôme', 'Inês', 'Thảo'];

/** `n` distinct people: ten last names crossed with ten first names. */
export function participants(n: number, attendance: AttendanceSheet['participants'][number]['attendance'] = null): AttendanceSheet['participants'] {
  return Array.from({ length: n }, (_, i) => ({
    lastName: LAST[i % 10] as string,
    firstNames: FIRST[(i + Math.floor(i / 10)) % 10] as string,
    attendance,
  }));
}

export function attendanceSheet(overrides: Partial<AttendanceSheet> = {}): AttendanceSheet {
  return {
    department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' },
    fundingMention: true,
    provider: { name: 'Pôle Insertion Avignon Centre' },
    workshop: {
      theme: 'Recherche d’emploi',
      title: 'Atelier CV et lettre de motivation',
      date: '2026-03-03',
      startTime: '09:00',
      endTime: '16:30',
      place: 'Salle Mistral, 3 place de l’Horloge, 84000 Avignon',
      facilitator: 'Élodie Marchand',
    },
    halfDays: ['morning', 'afternoon'],
    participants: participants(6),
    generatedAt: '2026-03-02T16:45:00Z',
    ...overrides,
  };
}
