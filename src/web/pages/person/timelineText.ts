import { EXIT_CATEGORIES, ORIENTATION_KINDS, type ExitCategory, type OrientationKind } from '../../../shared/beneficiaries.js';
import { CONTRACT_KINDS, CONTRACT_STATUSES, type ContractKind, type ContractStatus } from '../../../shared/cer.js';
import { EXIT_SITUATIONS, type ExitSituation } from '../../../shared/exits.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import type { Messages } from '../../i18n/index.js';

type Event = BeneficiaryFileData['timeline'][number];

export interface EventText {
  title: string;
  details: string[];
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const isKind = (v: unknown): v is OrientationKind => typeof v === 'string' && (ORIENTATION_KINDS as readonly string[]).includes(v);
const isExit = (v: unknown): v is ExitCategory => typeof v === 'string' && (EXIT_CATEGORIES as readonly string[]).includes(v);
const isSituation = (v: unknown): v is ExitSituation => typeof v === 'string' && (EXIT_SITUATIONS as readonly string[]).includes(v);
const isContractKind = (v: unknown): v is ContractKind => typeof v === 'string' && (CONTRACT_KINDS as readonly string[]).includes(v);
const isContractStatus = (v: unknown): v is ContractStatus => typeof v === 'string' && (CONTRACT_STATUSES as readonly string[]).includes(v);

/** « CER, version 2 : transmis au département »: the contract's own events name their version and step. */
function contractEvent(step: string, d: Event['data'], t: Messages): string {
  const what = t.contracts.events.steps[step] ?? (isContractStatus(step) ? t.contracts.statuses[step] : step);
  const kind = isContractKind(d.contractKind) ? t.contracts.kinds[d.contractKind] : t.contracts.tab.label;
  return t.contracts.events.title(kind, typeof d.versionNumber === 'number' ? d.versionNumber : 1, what);
}

/**
 * Each event of the pathway in words, from its kind and the facts the server stored with it.
 * Events carry ids, not names: the référent is named when it is the current one.
 */
export function describeEvent(event: Event, file: BeneficiaryFileData, t: Messages, formatDate: (iso: string) => string): EventText {
  const tl = t.person.timeline;
  const d = event.data;
  const on = str(d.on) ? tl.on(formatDate(str(d.on)!)) : null;
  const reason = str(d.reason) ? tl.reason(str(d.reason)!) : null;
  const referent = str(d.referentId) && d.referentId === file.pathway.referentId ? file.pathway.referentName : null;
  const details = (...items: (string | null | undefined)[]) => items.filter((x): x is string => Boolean(x));

  switch (event.kind) {
    case 'beneficiary.created': {
      const source = str(d.source);
      return { title: tl.created, details: details(source ? (tl.createdFrom[source] ?? source) : null) };
    }
    case 'orientation.decided': {
      const kind = isKind(d.kind) ? t.orientationKinds[d.kind] : '';
      const decided = str(d.decidedOn) ? tl.on(formatDate(str(d.decidedOn)!)) : null;
      return { title: tl.oriented(kind), details: details(decided, d.overCapacity === true ? tl.overCapacity : null) };
    }
    case 'orientation.sent_back':
      return { title: tl.sentBack, details: details(reason) };
    case 'assignment.assigned':
      return { title: referent ? tl.assignedTo(referent) : tl.assigned, details: [] };
    case 'assignment.transferred':
      return { title: referent ? tl.transferredTo(referent) : tl.transferred, details: [] };
    case 'pathway.first_contact':
      return { title: tl.firstContact, details: details(on) };
    case 'pathway.suspend':
      return { title: tl.suspended, details: details(on, reason) };
    case 'pathway.resume':
      return { title: tl.resumed, details: details(on) };
    case 'pathway.end':
      return { title: tl.ended, details: details(on, reason, isExit(d.category) ? t.exitCategories[d.category] : null) };
    case 'exit.situation':
      return { title: t.exits.timeline.situation, details: details(on, isSituation(d.situation) ? t.exits.situations[d.situation] : null) };
    case 'exit.closed':
      return { title: t.exits.timeline.closed, details: details(on) };
    default: {
      if (event.kind.startsWith('contract.')) {
        const comment = str(d.comment) ? t.contracts.events.comment(str(d.comment)!) : null;
        return { title: contractEvent(event.kind.slice('contract.'.length), d, t), details: details(on, reason, comment) };
      }
      return { title: tl.other(event.kind), details: details(on, reason) };
    }
  }
}
