import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf } from '../../../platform/pdf/read-back.js';
import { renderProofLog } from './proof-pdf.js';
import { proofPack } from './fixtures.js';

const missing = (text: string, phrases: string[]) => phrases.filter((p) => !text.includes(p));
const FOOTER = /^(Justificatifs de suivi — .*|Document généré le .*|Page \d+ \/ \d+)$/;

describe('the contact log of a justification pack', async () => {
  const pdf = await readPdf(await renderProofLog(proofPack()));

  it('names the person, the PIP and the period', () => {
    expect(missing(pdf.text, [
      'Justificatifs de suivi Période du 1er septembre 2026 au 30 novembre 2026',
      'Nom : BENOÎT-LEFÈVRE Aïcha', 'Née ou né le : 12/04/1988', 'N° allocataire CAF/MSA : 1234567',
      'Structure accompagnatrice : PIP Tremplin Emploi Avignon',
    ])).toEqual([]);
  });

  it('counts the period by modality and lists every contact with its duration, staff member and status', () => {
    expect(missing(pdf.text, [
      'Contacts réalisés : 3 (4 h 00 au total)', 'Entretien individuel en présentiel : 1', 'Téléphone : 1', 'Rendez-vous non tenus : 1',
      '03/09/2026 Entretien individuel en présentiel 45 min Claire Dubois Réalisé',
      '08/10/2026 — Claire Dubois Absence non excusée',
    ])).toEqual([]);
  });

  it('cites each signed sheet and contract by its place in the archive and its fingerprint, and says which are missing', () => {
    expect(missing(pdf.text, [
      'Atelier CV (CV et lettre de motivation), animé par Élodie Marchand Présent·e Jointe',
      'Atelier CV (Mobilité), animé par Élodie Marchand Non notée Non déposée',
      'CER n° 1 En vigueur du 10/09/2026 au 09/03/2027 08/09/2026 Joint',
      `Feuille d’émargement du 14/10/2026 feuilles-emargement/2026-10-14-atelier-cv.pdf SHA-256 ${'a'.repeat(64)}`,
      `CER n° 1 signé contrats/2026-09-10-cer-n-1.jpg SHA-256 ${'b'.repeat(64)}`,
    ])).toEqual([]);
  });

  it('states the exit and the FSE+ situation at exit when the period holds one, and nothing of it otherwise', async () => {
    expect(missing(pdf.text, [
      'Sortie et situation à la sortie (FSE+)', 'Fin de l’accompagnement : 20/11/2026 — CDD ou intérim de 6 mois et plus',
      'Situation dans les 4 semaines : En emploi, y compris indépendant, constatée le 25/11/2026', 'Emploi : CDD, 8 mois',
      'Évaluation finale : Pas encore rédigée',
    ])).toEqual([]);
    expect((await readPdf(await renderProofLog(proofPack({ exit: null })))).text).not.toContain('Sortie et situation');
  });

  it('carries the FSE+ mention and stays inside its pages', () => {
    expect(pdf.text).toMatch(/Fonds social européen/i);
    expect(layoutProblems(pdf.pages, { funded: true, footer: FOOTER })).toEqual({ offPage: [], inFooter: [], overlaps: [] });
  });

  it('says so when a period holds nothing', async () => {
    const empty = await readPdf(await renderProofLog(proofPack({ contacts: [], workshops: [], contracts: [] })));
    expect(missing(empty.text, ['Aucun contact sur la période.', 'Aucun atelier sur la période.', 'Aucun contrat sur la période.', 'Aucune pièce numérisée n’est jointe.'])).toEqual([]);
  });
});
