import type { CONTRACT_QUEUES } from '../../../shared/contracts/cer.js';
import { numberFr as n, pluralFr as plural } from '../plural.js';

/**
 * French catalogue, the contracts' work queues: the PIP's « Contrats » and the département's « Contrats à valider ».
 * Kinds, natures and statuses are the contract pages' own (`contracts`), so that they read the same everywhere.
 */
type PipQueue = Exclude<(typeof CONTRACT_QUEUES)[number], 'to_validate'>;

export const contractQueues = {
  /** Entries of the navigation and of the home page cards (merged into `areas` by index.ts). */
  area: {
    label: 'Contrats',
    description: 'Les contrats de vos bénéficiaires à signer, transmettre, corriger, renouveler, évaluer ou convertir en CE.',
  },
  validationArea: {
    label: 'Contrats à valider',
    description: 'Les contrats transmis par les PIP : les valider, seuls ou par lot, ou les renvoyer avec vos remarques.',
  },
  table: {
    person: 'Personne',
    contract: 'Contrat',
    nature: 'Nature',
    startsOn: 'Début',
    endsOn: 'Fin',
    status: 'Statut',
    submittedAt: 'Transmis le',
    provider: 'PIP',
    contractLink: (kind: string, version: number) => `${kind} version ${version}`,
    pagination: 'Pagination des contrats',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageStatus: (page: number, pages: number, total: number) => `Page ${page} sur ${pages} — ${plural(total, 'contrat', 'contrats')}`,
  },
  pip: {
    title: 'Contrats',
    intro: 'Les contrats de vos bénéficiaires qui attendent une action de votre part, file par file.',
    queuesLabel: 'Files de contrats',
    /** Read after the queue's name in its tab: « À signer, 2 contrats ». */
    count: (count: number) => plural(count, 'contrat', 'contrats'),
    queues: {
      to_sign: 'À signer',
      to_submit: 'À transmettre',
      returned: 'Renvoyés',
      to_renew: 'À renouveler',
      to_evaluate: 'À évaluer',
      to_convert: 'À convertir en CE',
    } satisfies Record<PipQueue, string>,
    intros: {
      to_sign: 'Les contrats en préparation : à compléter, puis à signer avec la personne.',
      to_submit: 'Les contrats signés, pas encore transmis au département pour validation.',
      returned: 'Les contrats que le département vous a renvoyés : ouvrez-les pour lire ses remarques et les corriger.',
      to_renew: 'Les contrats en vigueur qui arrivent à échéance sans qu’une nouvelle version soit en préparation.',
      to_evaluate: 'Les contrats arrivés à échéance dont le bilan reste à faire.',
      to_convert: 'Les CER encore en vigueur, à remplacer par un contrat d’engagement (CE) avant la date fixée par le département.',
    } satisfies Record<PipQueue, string>,
    empty: {
      to_sign: 'Aucun contrat à signer.',
      to_submit: 'Aucun contrat signé n’attend d’être transmis.',
      returned: 'Le département ne vous a renvoyé aucun contrat.',
      to_renew: 'Aucun contrat n’est à renouveler pour le moment.',
      to_evaluate: 'Aucun contrat n’attend son évaluation.',
      to_convert: 'Aucun CER ne reste à convertir en CE.',
    } satisfies Record<PipQueue, string>,
    tableLabel: (queue: string) => `Contrats — ${queue}`,
  },
  validation: {
    title: 'Contrats à valider',
    intro: 'Les contrats transmis par les PIP, du plus ancien au plus récent. Sélectionnez-en pour les valider ensemble, ou ouvrez un contrat pour le valider ou le renvoyer avec vos remarques.',
    tableLabel: 'Contrats transmis au département',
    empty: 'Aucun contrat n’attend de validation.',
    selectionCount: (count: number) => (count === 0 ? 'Aucun contrat sélectionné' : plural(count, 'contrat sélectionné', 'contrats sélectionnés')),
    validateSelection: 'Valider la sélection',
    clearSelection: 'Tout désélectionner',
    dialogTitle: (count: number) => (count > 1 ? `Valider ${n(count)} contrats` : 'Valider un contrat'),
    dialogBody: (count: number) =>
      count > 1
        ? `Vous allez valider ces ${n(count)} contrats. Chacun garde sa propre décision dans son historique, avec le commentaire ci-dessous.`
        : 'Vous allez valider ce contrat. La décision est enregistrée dans son historique, avec le commentaire ci-dessous.',
    selectionLabel: 'Contrats sélectionnés',
    comment: 'Commentaire',
    commentHelp: 'Facultatif. Il est joint à la décision de chaque contrat et visible du PIP.',
    confirm: (count: number) => (count > 1 ? `Valider les ${n(count)} contrats` : 'Valider le contrat'),
    /** `later`: validated contracts whose start date is still ahead (status « validé », not yet in force). */
    done: (validated: number, later: number) => {
      const head = plural(validated, 'contrat validé', 'contrats validés');
      if (later === 0) return `${head}.`;
      if (later === validated) return `${head} : ${later > 1 ? 'ils entreront en vigueur à leur' : 'il entrera en vigueur à sa'} date de début.`;
      return `${head}, dont ${n(later)} ${later > 1 ? 'entreront en vigueur à leur' : 'entrera en vigueur à sa'} date de début.`;
    },
  },
};
