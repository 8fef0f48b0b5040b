import type { ExitSituationState } from '../../../shared/exits.js';
import { EXITS_FR } from '../../../shared/exits-fr.js';

/** French catalogue, the exit: the situation at exit (FSE+ result) and the final evaluation that closes the pathway. */
export const exits = {
  title: 'Sortie du parcours',
  endedOn: (on: string) => `Accompagnement terminé le ${on}`,
  situationTitle: 'Situation à la sortie',
  situationHelp: 'Le résultat FSE+ : la situation de la personne dans les 4 semaines qui suivent la sortie.',
  states: {
    recorded: (due: string) => `Enregistrée (à constater au plus tard le ${due})`,
    pending: (due: string) => `À enregistrer au plus tard le ${due}`,
    due_soon: (due: string) => `À enregistrer cette semaine, au plus tard le ${due}`,
    overdue: (due: string) => `En retard : attendue au plus tard le ${due}`,
  } satisfies Record<ExitSituationState, (due: string) => string>,
  situations: EXITS_FR.situations,
  contracts: EXITS_FR.contracts,
  months: (n: number) => `${n} mois`,
  by: (name: string) => `par ${name}`,
  evaluationTitle: 'Évaluation finale',
  closed: (on: string) => `Parcours clôturé le ${on} : la sortie ne se modifie plus.`,
  evaluationText: 'Bilan',
  noEvaluation: 'Pas encore rédigée.',
  record: 'Enregistrer la situation à la sortie',
  correct: 'Corriger la situation à la sortie',
  evaluate: 'Rédiger l’évaluation finale',
  timeline: { situation: 'Situation à la sortie enregistrée', closed: 'Parcours clôturé par l’évaluation finale' },
  dialog: {
    situation: 'Situation de la personne',
    situationOn: 'Date de la constatation',
    situationOnHelp: 'Entre la sortie et 4 semaines après, et pas après aujourd’hui.',
    contract: 'Type de contrat',
    months: 'Durée du contrat (mois)',
    monthsHelp: 'La durée prévue au contrat.',
    submit: 'Enregistrer',
    done: 'Situation à la sortie enregistrée.',
    evaluation: 'Évaluation finale',
    evaluationHelp: 'Le bilan du parcours : objectifs atteints, ce qui reste à faire, relais proposés.',
    evaluatedOn: 'Date de l’évaluation',
    closeWarning: 'L’évaluation finale clôt le parcours : la situation à la sortie ne pourra plus être modifiée.',
    close: 'Clôturer le parcours',
    closedDone: 'Parcours clôturé.',
  },
};
