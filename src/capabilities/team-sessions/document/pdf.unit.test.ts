import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf } from '../../../platform/pdf/read-back.js';
import { renderConvocation, renderRecord } from './pdf.js';

const missing = (text: string, phrases: string[]) => phrases.filter((p) => !text.includes(p));
const department = { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' };
const session = { territoryName: 'Grand Avignon', heldOn: '2026-03-17', startsAt: '14:30', place: 'Hôtel du Département, salle Pétrarque' };

describe('the documents of the équipe pluridisciplinaire', () => {
  it('convenes the person with the day, hour and place, and their rights to be heard, assisted and to write', async () => {
    const pdf = await readPdf(await renderConvocation({
      department, session, on: '2026-03-02', reference: 'SM-1A2B3C4D', signatory: 'Marion Roux', generatedAt: '2026-03-02T10:00:00.000Z',
      person: { name: 'BENOÎT-LEFÈVRE Aïcha', addressLines: ['3 place de l’Horloge', '84000 Avignon'] },
    }));
    expect(missing(pdf.text, [
      'Convocation à l’équipe pluridisciplinaire',
      'Le 2 mars 2026 — référence SM-1A2B3C4D',
      'Nom : BENOÎT-LEFÈVRE Aïcha',
      'Adresse : 3 place de l’Horloge, 84000 Avignon',
      'équipe pluridisciplinaire du territoire Grand Avignon',
      'Date : mardi 17 mars 2026 à 14 h 30',
      'Lieu : Hôtel du Département, salle Pétrarque',
      'Vous pouvez être entendu(e)',
      'vous faire assister de la personne de votre choix',
      'observations écrites',
      'Pour le Président du Conseil départemental', 'Marion Roux',
    ])).toEqual([]);
    expect(layoutProblems(pdf.pages, { funded: false, footer: /^(Convocation à l’équipe.*|Document généré le .*|Page \d+ \/ \d+)$/ })).toMatchObject({ offPage: [], overlaps: [] });
  });

  it('records the members and each case with its opinion, or says it is not recorded yet', async () => {
    const pdf = await readPdf(await renderRecord({
      department, signatory: 'Marion Roux', generatedAt: '2026-03-17T18:00:00.000Z',
      session: { ...session, members: ['Claire Martin — Conseillère départementale', 'Paul Roche — France Travail'] },
      cases: [
        { personName: 'BENOÎT-LEFÈVRE Aïcha', reference: 'SM-1A2B3C4D', summary: 'Trois rendez-vous manqués.', opinion: 'Avis favorable à une suppression de 50 % pour deux mois.' },
        { personName: 'MARTIN Paul', reference: 'SM-99887766', summary: 'Refus de signer.', opinion: null },
      ],
    }));
    expect(missing(pdf.text, [
      'Compte rendu de l’équipe pluridisciplinaire',
      'Territoire Grand Avignon — mardi 17 mars 2026 à 14 h 30',
      'Lieu : Hôtel du Département, salle Pétrarque',
      'Dossiers examinés : 2',
      'Claire Martin — Conseillère départementale', 'Paul Roche — France Travail',
      'BENOÎT-LEFÈVRE Aïcha — référence SM-1A2B3C4D', 'Trois rendez-vous manqués.',
      'Avis de l’équipe pluridisciplinaire : Avis favorable à une suppression de 50 % pour deux mois.',
      'MARTIN Paul — référence SM-99887766', 'Avis de l’équipe pluridisciplinaire : non encore enregistré',
      'la décision appartient au Président du Conseil départemental',
    ])).toEqual([]);
    expect(layoutProblems(pdf.pages, { funded: false, footer: /^(Compte rendu de l’équipe.*|Document généré le .*|Page \d+ \/ \d+)$/ })).toMatchObject({ offPage: [], overlaps: [] });
  });
});
