import type { contractQueues as french } from '../fr/contract-queues.js';
import { numberEn as n, pluralEn as plural } from '../plural.js';

/** English catalogue, the contracts' work queues. */
export const contractQueues: typeof french = {
  area: {
    label: 'Contracts',
    description: 'Your beneficiaries’ contracts to sign, submit, correct, renew, evaluate or convert to a CE.',
  },
  validationArea: {
    label: 'Contracts to validate',
    description: 'Contracts submitted by the PIPs: validate them, one by one or together, or send them back with your remarks.',
  },
  table: {
    person: 'Person',
    contract: 'Contract',
    nature: 'Nature',
    startsOn: 'Start',
    endsOn: 'End',
    status: 'Status',
    submittedAt: 'Submitted on',
    provider: 'PIP',
    contractLink: (kind, version) => `${kind} version ${version}`,
    pagination: 'Contracts pagination',
    previous: 'Previous page',
    next: 'Next page',
    pageStatus: (page, pages, total) => `Page ${page} of ${pages} — ${plural(total, 'contract', 'contracts')}`,
  },
  pip: {
    title: 'Contracts',
    intro: 'Your beneficiaries’ contracts waiting for something from you, queue by queue.',
    queuesLabel: 'Contract queues',
    count: (count) => plural(count, 'contract', 'contracts'),
    queues: {
      to_sign: 'To sign',
      to_submit: 'To submit',
      returned: 'Sent back',
      to_renew: 'To renew',
      to_evaluate: 'To evaluate',
      to_convert: 'To convert to a CE',
    },
    intros: {
      to_sign: 'Contracts being prepared: complete them, then sign them with the person.',
      to_submit: 'Signed contracts not yet submitted to the département for validation.',
      returned: 'Contracts the département sent back: open them to read its remarks and correct them.',
      to_renew: 'Contracts in force that are ending, with no new version being prepared.',
      to_evaluate: 'Ended contracts whose evaluation is still to be done.',
      to_convert: 'CERs still in force, to be replaced by a contrat d’engagement (CE) before the date set by the département.',
    },
    empty: {
      to_sign: 'No contract to sign.',
      to_submit: 'No signed contract is waiting to be submitted.',
      returned: 'The département has sent no contract back to you.',
      to_renew: 'No contract to renew for now.',
      to_evaluate: 'No contract is waiting for its evaluation.',
      to_convert: 'No CER is left to convert to a CE.',
    },
    tableLabel: (queue) => `Contracts — ${queue}`,
  },
  validation: {
    title: 'Contracts to validate',
    intro: 'Contracts submitted by the PIPs, oldest first. Select some to validate them together, or open a contract to validate it or send it back with your remarks.',
    tableLabel: 'Contracts submitted to the département',
    empty: 'No contract is waiting for validation.',
    selectionCount: (count) => (count === 0 ? 'No contract selected' : `${plural(count, 'contract', 'contracts')} selected`),
    validateSelection: 'Validate the selection',
    clearSelection: 'Clear the selection',
    dialogTitle: (count) => (count > 1 ? `Validate ${n(count)} contracts` : 'Validate a contract'),
    dialogBody: (count) =>
      count > 1
        ? `You are about to validate these ${n(count)} contracts. Each keeps its own decision in its history, with the comment below.`
        : 'You are about to validate this contract. The decision is recorded in its history, with the comment below.',
    selectionLabel: 'Selected contracts',
    comment: 'Comment',
    commentHelp: 'Optional. It is attached to each contract’s decision and visible to the PIP.',
    confirm: (count) => (count > 1 ? `Validate the ${n(count)} contracts` : 'Validate the contract'),
    done: (validated, later) => {
      const head = `${plural(validated, 'contract', 'contracts')} validated`;
      if (later === 0) return `${head}.`;
      if (later === validated) return `${head}: ${later > 1 ? 'they' : 'it'} will come into force on ${later > 1 ? 'their' : 'its'} start date.`;
      return `${head}, of which ${n(later)} will come into force on ${later > 1 ? 'their' : 'its'} start date.`;
    },
  },
};
