import { shortDate } from '../../../platform/pdf/format.js';
import { heading, note, paragraphs, section } from '../../../platform/pdf/layout.js';
import { table, type Column } from '../../../platform/pdf/table.js';
import type { Section } from './sections.js';

const OBJECTIVE_COLUMNS: Column[] = [
  { header: 'N°', width: 22 },
  { header: 'Terme', width: 58 },
  { header: 'Domaine', width: 58 },
  { header: 'Objectif', width: '*' },
  { header: 'Date limite', width: 56 },
  { header: 'Statut', width: 60 },
  { header: 'Consentement', width: 70 },
];

const ACTION_COLUMNS: Column[] = [
  { header: 'Action', width: '*' },
  { header: 'Organisée par', width: 110 },
  { header: 'Début', width: 56 },
  { header: 'Fin', width: 56 },
  { header: 'Statut', width: 64 },
];

const dateOrDash = (iso: string | null) => (iso ? shortDate(iso) : '—');

/**
 * One small table per objective, its actions indented below it: the actions stay next to the
 * objective they serve, and a page break never separates an objective from its column headers.
 */
export const objectives: Section = ({ doc, root, accent }, d) =>
  section(doc, root, 'Objectifs', accent, (sect) => {
    if (d.objectives.length === 0) return note(doc, sect, 'Aucun objectif n’est encore fixé.');
    d.objectives.forEach((o, i) => {
      const block = doc.struct('Div');
      sect.add(block);
      const row = [String(i + 1), o.term, o.domain, o.wording, shortDate(o.deadline), o.status, o.consent ? 'Oui' : 'Non'];
      // Room for the actions' header and first row, so they do not start the next page alone.
      table(doc, block, OBJECTIVE_COLUMNS, [row], { reserve: o.actions.length > 0 ? 40 : 14 });
      if (o.actions.length === 0) note(doc, block, 'Aucune action rattachée à cet objectif.');
      else {
        const actions = o.actions.map((a) => [a.type, a.organiser ?? '—', dateOrDash(a.startsOn), dateOrDash(a.endsOn), a.status]);
        table(doc, block, ACTION_COLUMNS, actions, { indent: 22 });
      }
      block.end();
      doc.moveDown(0.5);
    });
  });

/** Shown once something was evaluated: each objective's result, then the overall assessment. */
export const evaluation: Section = ({ doc, root, accent }, d) => {
  const evaluated = d.objectives.flatMap((o, i) => (o.evaluation ? [{ n: i + 1, wording: o.wording, ...o.evaluation }] : []));
  if (evaluated.length === 0 && !d.overallAssessment) return;
  section(doc, root, 'Évaluation', accent, (sect) => {
    if (evaluated.length > 0) {
      const columns: Column[] = [
        { header: 'N°', width: 22 },
        { header: 'Objectif', width: '*' },
        { header: 'Résultat', width: 90 },
        { header: 'Commentaire', width: 170 },
      ];
      table(doc, sect, columns, evaluated.map((e) => [String(e.n), e.wording, e.result, e.comment ?? '—']));
    }
    if (d.overallAssessment) {
      heading(doc, sect, 'Bilan global', 'H3', accent);
      paragraphs(doc, sect, d.overallAssessment);
    }
  });
};
