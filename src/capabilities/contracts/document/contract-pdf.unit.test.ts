import { describe, expect, it } from 'vitest';
import { renderContractPdf } from './contract-pdf.js';
import { ceDocument, cerDocument, objective } from './fixtures.js';
import { layoutProblems } from '../../../platform/pdf/layout-check.js';
import { readPdf as read, type ReadPage } from '../../../platform/pdf/read-back.js';

/** Every phrase missing from the text, so one failure lists them all. */
const missing = (text: string, phrases: string[]) => phrases.filter((p) => !text.includes(p));

const FOOTER = /^(Contrat d’engagement.*|Document généré le .*)$/;

/** No text outside the page, none under the footer's rule but the footer, no two pieces of text on top of each other. */
function expectLaidOutCleanly(pages: ReadPage[], funded: boolean) {
  expect(layoutProblems(pages, { funded, footer: FOOTER })).toEqual({ offPage: [], inFooter: [], overlaps: [] });
  expect(pages.flatMap((p) => p.items).length).toBeGreaterThan(50);
}

describe('the printed CER', async () => {
  const pdf = await read(await renderContractPdf(cerDocument()));

  it('names the contract, its version and the département on its first page', () => {
    expect(missing(pdf.pages[0]?.text ?? '', [
      'Parcours Vaucluse Département : Vaucluse (84)',
      'Contrat d’engagements réciproques Version n° 2 · Renouvellement · Statut : Validé',
    ])).toEqual([]);
  });

  it('prints the person with French dates and accents', () => {
    expect(missing(pdf.text, [
      'Nom : Mme Aïcha Noëlle BENOÎT-LEFÈVRE',
      'Date de naissance : 14/03/1985',
      '12 rue des Œillets, 84000 Avignon',
      'Période : du 1er janvier 2026 au 30 juin 2026',
      'Durée : 6 mois',
      '« en cuisine »',
      '1 800 € brut par mois',
      'mise en œuvre d’une aide',
    ])).toEqual([]);
  });

  it('prints every section, in order', () => {
    const order = ['Bénéficiaire', 'Référent·e unique et structure', 'Durée', 'Projet professionnel', 'Engagements de la personne',
      'Engagements de la structure', 'Objectifs', 'Évaluation', 'Décision du département', 'Signatures'];
    const at = order.map((title) => pdf.text.indexOf(title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pdf.text).toContain('Personnel de cuisine (code ROME G1602)');
    expect(pdf.text).not.toContain('Plan d’action hebdomadaire');
  });

  it('lists the three objectives with their term, wording and deadline, then their actions', () => {
    expect(missing(pdf.text, [
      'N° Terme Domaine Objectif Date limite Statut Consentement',
      '1 Court terme Emploi Mettre à jour son CV et sa lettre de motivation 15/02/2026 En cours Oui',
      '2 Moyen terme Formation Obtenir le certificat HACCP (hygiène alimentaire) 30/04/2026 En cours Oui',
      '3 Long terme Mobilité Passer le permis B pour accéder aux emplois en horaires décalés 30/06/2026',
      'Atelier CV et lettre de motivation PIP Avignon Centre 12/01/2026 30/01/2026 Prévue',
      'Aucune action rattachée à cet objectif.',
      'Partiellement atteint Code obtenu, conduite en cours',
    ])).toEqual([]);
  });

  it('prints the decision and both signatures side by side', () => {
    expect(pdf.text).toContain('Décision : Validé Date : 22/12/2025 Par : Anne Pons, chargée d’insertion');
    const labels = pdf.pages.flatMap((p) => p.items).filter((i) => i.str === 'La personne' || i.str === 'Le ou la référent·e');
    expect(labels).toHaveLength(2);
    expect(labels[0]?.y).toBeCloseTo(labels[1]?.y ?? 0, 1);
    expect(labels[1]?.x).toBeGreaterThan(labels[0]?.x ?? 0);
    expect(pdf.text).toContain('Signé le 18/12/2025 Mode de signature : En présentiel');
  });

  it('numbers the pages and shows the FSE+ mention on each', () => {
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} / ${pdf.pages.length}`);
      expect(page.text).toContain('Cofinancé par l’Union européenne Fonds social européen plus (FSE+)');
      expect(page.text).toContain('Document généré le 05/01/2026 à 14:05');
    });
  });

  it('is titled, in French, and tagged for screen readers', () => {
    expect(pdf.info.Title).toBe('Contrat d’engagements réciproques — Mme Aïcha Noëlle BENOÎT-LEFÈVRE — version n° 2');
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.info.Author).toContain('Parcours Vaucluse');
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.viewer).toMatchObject({ DisplayDocTitle: true });
    expect(pdf.pages[0]?.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'Sect', 'H2', 'P', 'Table', 'TH', 'TD']));
  });

  it('keeps every piece of text on the page, clear of the footer and of other text', () => {
    expectLaidOutCleanly(pdf.pages, true);
  });
});

describe('the printed CE', async () => {
  const pdf = await read(await renderContractPdf(ceDocument({ fundingMention: false })));

  it('is a contrat d’engagement with its weekly plan, total and documented reduction', () => {
    expect(missing(pdf.text, [
      'Plan d’action hebdomadaire Activité Heures par semaine Formation 6 h Candidatures 3,5 h Ateliers 2 h',
      'Total des heures prévues 11,5 h',
      'Durée hebdomadaire de référence : 15 h par semaine',
      'Réduction documentée : Parent isolé sans solution de garde : durée exigée ramenée à 10 h par semaine',
    ])).toEqual([]);
    expect(pdf.pages[0]?.text).toContain('Contrat d’engagement Version n° 1 · Contrat initial · Statut : Brouillon');
    expect(pdf.text).not.toContain('réciproques');
  });

  it('leaves room to sign by hand, has no decision yet and no funding mention', () => {
    expect(pdf.text.match(/Date : ____ \/ ____ \/ ________ Signature :/g)).toHaveLength(2);
    expect(pdf.text).not.toContain('Décision du département');
    expect(pdf.text).not.toContain('Cofinancé');
    expectLaidOutCleanly(pdf.pages, false);
  });
});

describe('a long contract', async () => {
  const objectives = Array.from({ length: 25 }, (_, i) => objective(i + 1));
  const long = 'Je me rends disponible pour les ateliers collectifs et je rends compte de mes candidatures. '.repeat(40);
  const pdf = await read(await renderContractPdf(cerDocument({ objectives, personCommitments: `${long}\n\n${long}` })));

  it('flows onto numbered pages without losing an objective', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    pdf.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} / ${pdf.pages.length}`));
    for (const o of objectives) expect(pdf.text).toContain(`${o.wording.split(' : ')[0]} :`);
    expect(pdf.text.match(/obtenir trois entretiens d’embauche dans la restauration collective/g)).toHaveLength(25);
    expect(pdf.pages.at(-1)?.text).toContain('Le ou la référent·e');
  });

  it('repeats no text on top of other text and keeps it all on the page', () => {
    expectLaidOutCleanly(pdf.pages, true);
  });
});

describe('names the standard fonts cannot print', () => {
  it('lose the accent the fonts lack rather than printing stray glyphs', async () => {
    const person = { ...cerDocument().person, firstNames: 'Łukasz', lastName: 'Ștefănescu' };
    const pdf = await read(await renderContractPdf(cerDocument({ person })));
    expect(pdf.text).toContain('Nom : Mme Lukasz STEFANESCU');
  });
});
