/**
 * The Vaucluse demo: five territories built from the real intercommunalities (EPCI), one tender
 * with a lot per territory, three fictitious PIP providers. Names of people are invented.
 */
export const VAUCLUSE_TERRITORIES: { name: string; epcis: string[] }[] = [
  { name: 'Grand Avignon', epcis: ['CA du Grand Avignon (COGA)', 'CA des Sorgues du Comtat'] },
  {
    name: 'Haut Vaucluse',
    epcis: ["CC Pays d'Orange en Provence", 'CC Rhône Lez Provence', 'CC Aygues-Ouvèze en Provence (CCAOP)', 'CC Vaison Ventoux', 'CC Enclave des Papes - Pays de Grignan'],
  },
  { name: 'Comtat Venaissin – Ventoux', epcis: ['CA Ventoux-Comtat-Venaissin (COVE)', 'CC Ventoux Sud', 'CC du Pays des Sorgues et des Monts de Vaucluse'] },
  { name: 'Cavaillon – Sud Luberon', epcis: ['CA Luberon Monts de Vaucluse', 'CC Territoriale Sud-Luberon', "Métropole d'Aix-Marseille-Provence"] },
  { name: "Pays d'Apt – Luberon", epcis: ["CC Pays d'Apt-Luberon"] },
];

export const VAUCLUSE_PROVIDERS = [
  {
    name: 'PIP Tremplin Emploi Avignon',
    siret: '81234567800017',
    sites: [
      { name: 'Agence Avignon centre', address: '12 rue de la République, 84000 Avignon', communeCode: '84007' },
      { name: 'Antenne Orange', address: '5 cours Aristide Briand, 84100 Orange', communeCode: '84087' },
    ],
    lots: [0, 1],
    referents: ['Julie Fabre', 'Thomas Girard', 'Nadia Haddad', 'Pierre Vial'],
  },
  {
    name: 'PIP Cap Insertion Comtat',
    siret: '79876543200024',
    sites: [{ name: 'Agence Carpentras', address: '8 avenue Jean Jaurès, 84200 Carpentras', communeCode: '84031' }],
    lots: [2],
    referents: ['Émilie Blanc', 'Youssef Amrani', 'Laure Chabert'],
  },
  {
    name: 'PIP Passerelles Luberon',
    siret: '80011122200031',
    sites: [
      { name: 'Agence Cavaillon', address: '20 place du Clos, 84300 Cavaillon', communeCode: '84035' },
      { name: 'Antenne Apt', address: '3 quai de la Liberté, 84400 Apt', communeCode: '84003' },
    ],
    lots: [3, 4],
    referents: ['Camille Reynaud', 'Hugo Bernard', 'Inès Morel'],
  },
];

export const VAUCLUSE_LOT_CAPACITY = [900, 600, 550, 500, 250];
