import { openDocument } from '../../../platform/pdf/document.js';
import { accentOf } from '../../../platform/pdf/layout.js';
import { fullName } from './format.js';
import type { ContractDocument } from './model.js';
import { evaluation, objectives } from './objectives.js';
import {
  beneficiary, contractTitle, decision, duration, organisationCommitments, personCommitments, project, referentAndProvider,
  signatures, titleBlock, weeklyPlan, type Section,
} from './sections.js';

const SECTIONS: Section[] = [
  titleBlock, beneficiary, referentAndProvider, duration, project, personCommitments, organisationCommitments, weeklyPlan,
  objectives, evaluation, decision, signatures,
];

/** The printable contract (A4, French), tagged for screen readers; pdfkit wraps and paginates. */
export async function renderContractPdf(d: ContractDocument): Promise<Uint8Array> {
  const title = contractTitle(d.kind);
  const person = fullName(d.person);
  const heading = `${title} — ${person} — version n° ${d.versionNumber}`;
  const { doc, root, finish } = openDocument({
    title: heading,
    subject: `${title} de ${person}`,
    department: d.department,
    generatedAt: d.generatedAt,
    funded: d.fundingMention,
  });
  const ctx = { doc, root, accent: accentOf(d.department.primaryColor) };
  for (const draw of SECTIONS) draw(ctx, d);
  return finish([heading]);
}
