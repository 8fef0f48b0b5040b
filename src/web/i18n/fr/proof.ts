/** French catalogue, the justification pack (FSE+) of a person. */
export const proof = {
  tab: 'Justificatifs',
  title: 'Justificatifs FSE+',
  intro:
    'Une archive zip pour un contrôle : le journal des contacts de la période (PDF et tableur : date, modalité, durée, intervenant·e, statut), les feuilles d’émargement signées des ateliers suivis et les contrats signés. Les comptes rendus n’y figurent pas.',
  from: 'Du',
  to: 'Au',
  periodLabel: 'Période des justificatifs',
  download: 'Télécharger les justificatifs (zip)',
  invalid: 'Indiquez une période valide : la fin doit suivre le début.',
  audited: 'Le téléchargement est inscrit au journal des accès.',
};
