import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ContractViewData } from '../../api/contracts.js';
import { contractPath } from '../../app/navigation.js';
import { useI18n } from '../../i18n/index.js';
import { Group } from '../person/PersonSummary.js';
import { ObjectivesDetails } from './ObjectivesDetails.js';
import { WeeklyPlanDetails } from './WeeklyPlanDetails.js';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="contract-section">
      <h2 className="contract-section__title">{title}</h2>
      {children}
    </section>
  );
}

/** Multi-line text as written (commitments, comments); a missing one says so. */
export function Written({ text }: { text: string | null }) {
  const { t } = useI18n();
  return text?.trim() ? <p className="pre-line">{text}</p> : <p className="muted">{t.contracts.none}</p>;
}

/** Everything in a contract, read-only: what the PDF prints, plus its reviews and evaluation. */
export function ContractDetails({ contract: c }: { contract: ContractViewData }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const d = t.contracts.details;
  const none = <span className="muted">{t.contracts.none}</span>;
  const date = (iso: string | null) => (iso ? formatDate(iso) : none);
  const or = (value: string | null) => value ?? none;

  return (
    <>
      <Section title={d.general}>
        <div className="summary__grid">
          <Group
            title={d.identity}
            entries={[
              [d.kind, t.contracts.kindNames[c.kind]],
              [d.nature, t.contracts.natures[c.nature]],
              [d.startsOn, date(c.startsOn)],
              [d.duration, t.contracts.months(c.durationMonths)],
              [d.endsOn, date(c.endsOn)],
              [d.provider, c.providerName],
              ...(c.endedOn ? [[d.endedOn, date(c.endedOn)] as [string, ReactNode]] : []),
              ...(c.closedReason ? [[d.closedReason, c.closedReason] as [string, ReactNode]] : []),
              ...(c.previousId
                ? [[t.contracts.page.previous, <Link key="previous" to={contractPath(c.previousId)}>{t.contracts.page.previousLink(c.versionNumber)}</Link>] as [string, ReactNode]]
                : []),
            ]}
          />
          <Group
            title={d.signatures}
            entries={[
              [d.personSignedOn, c.personSignedOn ? formatDate(c.personSignedOn) : <span className="muted">{d.notSigned}</span>],
              [d.referentSignedOn, c.referentSignedOn ? formatDate(c.referentSignedOn) : <span className="muted">{d.notSigned}</span>],
              [d.signatureMode, c.signatureMode ? t.contracts.signatureModes[c.signatureMode] : none],
              [d.scan, c.hasScan ? d.scanAttached : d.noScan],
              [d.submittedAt, c.submittedAt ? formatDateTime(c.submittedAt) : none],
            ]}
          />
          <Group
            title={d.project}
            entries={[
              [d.targetJobs, c.targetJobs.length ? c.targetJobs.map((j) => `${j.label} (${j.romeCode})`).join(', ') : none],
              [d.zone, or(c.zone)],
              [d.expectedSalary, or(c.expectedSalary)],
              [d.contractTypeSought, or(c.contractTypeSought)],
            ]}
          />
        </div>
      </Section>
      <Section title={d.commitments}>
        <h3 className="contract-section__subtitle">{d.personCommitments}</h3>
        <Written text={c.personCommitments} />
        <h3 className="contract-section__subtitle">{d.organisationCommitments}</h3>
        <Written text={c.organisationCommitments} />
      </Section>
      {c.kind === 'ce' ? (
        <Section title={d.weeklyPlan}>
          <WeeklyPlanDetails contract={c} />
        </Section>
      ) : null}
      <Section title={d.objectives}>
        <ObjectivesDetails contract={c} />
      </Section>
      {c.overallResult || c.overallAssessment ? (
        <Section title={d.evaluation}>
          <dl className="summary__list">
            <div className="summary__entry">
              <dt>{d.overallResult}</dt>
              <dd>{c.overallResult ? t.contracts.objectiveStatuses[c.overallResult] : none}</dd>
            </div>
            <div className="summary__entry">
              <dt>{d.evaluatedOn}</dt>
              <dd>{date(c.evaluatedOn)}</dd>
            </div>
          </dl>
          <h3 className="contract-section__subtitle">{d.assessment}</h3>
          <Written text={c.overallAssessment} />
        </Section>
      ) : null}
      <Section title={d.reviews}>
        {c.reviews.length === 0 ? <p className="muted">{d.noReviews}</p> : null}
        <ul className="contract-reviews">
          {c.reviews.map((review) => (
            <li key={review.decidedAt} className="contract-reviews__item">
              <p className="contract-reviews__title">
                <span className={`badge ${review.validated ? 'badge--success' : 'badge--warning'}`}>{review.validated ? d.reviewValidated : d.reviewReturned}</span>{' '}
                <span className="muted">{d.reviewBy(review.decidedBy, formatDateTime(review.decidedAt))}</span>
              </p>
              {review.comment ? <p className="pre-line">{review.comment}</p> : null}
            </li>
          ))}
        </ul>
      </Section>
      {c.previousAssessment ? (
        <Section title={d.previousAssessment}>
          <Written text={c.previousAssessment} />
        </Section>
      ) : null}
    </>
  );
}
