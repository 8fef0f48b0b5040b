import { describe, expect, it } from 'vitest';
import { ColumnMapping, guessField, resolveMapping } from './columns.js';

describe('column synonyms', () => {
  it.each([
    ['Numéro allocataire CAF/MSA', 'cafNumber'],
    ['N° allocataire', 'cafNumber'],
    ['MATRICULE', 'cafNumber'],
    ['numero_caf', 'cafNumber'],
    ['Nom', 'lastName'],
    ["Nom d'usage", 'lastName'],
    ['NOM DE NAISSANCE', 'birthName'],
    ['Prénom(s)', 'firstNames'],
    ['prenom', 'firstNames'],
    ['Date de naissance', 'birthDate'],
    ['DDN', 'birthDate'],
    ['Civilité', 'civility'],
    ['Sexe', 'gender'],
    ['Code postal', 'postalCode'],
    ['CP', 'postalCode'],
    ['Ville', 'communeName'],
    ['Code INSEE', 'communeCode'],
    ['Tél.', 'phone'],
    ['Portable', 'phone'],
    ['Courriel', 'email'],
    ['Adresse e-mail', 'email'],
    ['Adresse', 'addressLine'],
    ['Identifiant Pôle emploi', 'franceTravailId'],
    ['ID FT', 'franceTravailId'],
    ['Niveau de formation', 'educationLevel'],
    ['Emploi recherché (code ROME)', 'targetRomeCode'],
    ['Code ROME', 'targetRomeCode'],
    ['Soumis aux droits et devoirs', 'dutiesApplicable'],
    ["Date d'entrée dans les droits et devoirs", 'dutiesEntryDate'],
    ['État du droit', 'rightsStatus'],
    ['Statut RSA', 'rightsStatus'],
    ['Rôle', 'householdRole'],
  ])('maps « %s » to %s, ignoring accents, case and punctuation', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it('leaves unknown headers to the user', () => {
    const { mapping, unknownColumns } = resolveMapping(['Nom', 'Observations', 'Référent']);
    expect(mapping).toEqual({ Nom: 'lastName', Observations: 'ignore', Référent: 'ignore' });
    expect(unknownColumns).toEqual(['Observations', 'Référent']);
  });

  it("applies the user's mapping over the guess", () => {
    const { mapping, unknownColumns } = resolveMapping(['Nom', 'Nom JF', 'Observations'], { 'Nom JF': 'birthName', Nom: 'ignore', Observations: 'ignore' });
    expect(mapping).toEqual({ Nom: 'ignore', 'Nom JF': 'birthName', Observations: 'ignore' });
    expect(unknownColumns).toEqual([]);
  });

  it('validates a mapping sent by the UI', () => {
    expect(ColumnMapping.safeParse({ A: 'lastName', B: 'ignore' }).success).toBe(true);
    expect(ColumnMapping.safeParse({ A: 'nir' }).success).toBe(false);
    expect(ColumnMapping.safeParse({ A: 'householdKey' }).success).toBe(false);
  });
});
