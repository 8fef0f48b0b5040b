import type { REFERENCE_LIST_NAMES } from '../../../shared/contracts/reference.js';

type ByList = Record<(typeof REFERENCE_LIST_NAMES)[number], string>;

/** French catalogue, the administrator's reference lists (Référentiels). */
export const reference = {
  /** The entry of the navigation and of the home page cards (merged into `areas` by index.ts). */
  area: {
    label: 'Référentiels',
    description: 'Thèmes, situations, objectifs et actions proposés lors de la saisie des parcours.',
  },
  title: 'Référentiels',
  intro:
    'Les listes proposées aux agents lors de la saisie des parcours. Un élément désactivé n’est plus proposé, mais les dossiers qui l’utilisent le conservent.',
  listsLabel: 'Listes du référentiel',
  lists: { themes: 'Thèmes', situations: 'Situations', objectives: 'Objectifs', actions: 'Actions' } satisfies ByList,
  listIntros: {
    themes: 'Les thèmes regroupent les situations, objectifs et actions. Leur libellé est affiché partout où leur code apparaît.',
    situations: 'Les situations du diagnostic : seules les situations actives peuvent être ajoutées au profil d’une personne.',
    objectives: 'Les objectifs que l’on peut fixer dans un parcours, par thème.',
    actions: 'Les actions que l’on peut proposer dans un parcours, par thème.',
  } satisfies ByList,
  addButton: {
    themes: 'Ajouter un thème',
    situations: 'Ajouter une situation',
    objectives: 'Ajouter un objectif',
    actions: 'Ajouter une action',
  } satisfies ByList,
  themeFilter: 'Thème affiché',
  allThemes: 'Tous les thèmes',
  count: (shown: number, total: number) =>
    shown === total ? `${total} élément${total > 1 ? 's' : ''}` : `${shown} élément${shown > 1 ? 's' : ''} affiché${shown > 1 ? 's' : ''} sur ${total}`,
  empty: 'Cette liste est vide.',
  emptyHint: 'Ajoutez un premier élément : il sera proposé aux agents dès son enregistrement.',
  groupCount: (n: number) => `${n} élément${n > 1 ? 's' : ''}`,
  label: 'Libellé',
  code: 'Code',
  status: 'État',
  order: 'Ordre',
  active: 'Actif',
  inactive: 'Désactivé',
  theme: 'Thème',
  newTheme: 'Nouveau thème (saisir un code)',
  themeCode: 'Code du thème',
  themeCodeHelp: 'Lettres minuscules sans accent et « _ », par exemple mobilite ou acces_aux_droits. Le code ne change plus ensuite.',
  newThemeHelp: 'Tant que ce code n’a pas de libellé dans la liste des thèmes, il est affiché tel quel.',
  labelHelp: 'Tel que les agents le liront, 300 caractères au plus.',
  addTitle: {
    themes: 'Nouveau thème',
    situations: 'Nouvelle situation',
    objectives: 'Nouvel objectif',
    actions: 'Nouvelle action',
  } satisfies ByList,
  add: 'Ajouter',
  rename: 'Renommer',
  renameTitle: (label: string) => `Renommer « ${label} »`,
  renameLabel: (label: string) => `Renommer ${label}`,
  renameHelp: 'Le nouveau libellé est proposé dès maintenant ; les dossiers déjà saisis gardent l’ancien.',
  deactivate: 'Désactiver',
  deactivateLabel: (label: string) => `Désactiver ${label}`,
  reactivate: 'Réactiver',
  reactivateLabel: (label: string) => `Réactiver ${label}`,
  moveUp: 'Monter',
  moveUpLabel: (label: string) => `Monter ${label}`,
  moveDown: 'Descendre',
  moveDownLabel: (label: string) => `Descendre ${label}`,
  confirmTitle: (label: string) => `Désactiver « ${label} » ?`,
  confirmBody:
    'Il ne sera plus proposé lors de la saisie. Les dossiers qui l’utilisent déjà le conservent tel quel. Vous pourrez le réactiver à tout moment.',
  added: (label: string) => `Élément ajouté : ${label}.`,
  renamed: (label: string) => `Élément renommé : ${label}.`,
  deactivated: (label: string) => `Élément désactivé : ${label}. Il n’est plus proposé.`,
  reactivated: (label: string) => `Élément réactivé : ${label}. Il est de nouveau proposé.`,
  moved: (label: string, rank: number) => `${label} est maintenant en position ${rank}.`,
};
