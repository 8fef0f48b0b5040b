import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/engine.js';
import { addDays, type IsoDate } from '../shared/calendar.js';
import type { BreachKind, ReportStatus, ReviewStatus } from '../shared/compliance.js';
import { SETTING_DEFAULTS } from '../shared/settings.js';
import { beneficiaries } from '../capabilities/beneficiaries/schema.js';
import { breachReports, breachSteps } from '../capabilities/compliance/schema.js';
import { lots, users } from '../capabilities/organisations/schema.js';

interface DemoReport {
  kind: BreachKind;
  facts: string;
  status: ReportStatus;
  reviewStatus: ReviewStatus | null;
  /** Each step: event, review status after it, who (referent, manager, officer), days before today, note, details. */
  steps: [string, ReviewStatus | null, 'referent' | 'manager' | 'officer', number, string | null, Record<string, unknown>][];
}

const FIRST = SETTING_DEFAULTS.sanctionScales.find((r) => r.code === 'sr_first_suspension')!;

const REPORTS: DemoReport[] = [
  {
    kind: 'contract_refusal', facts: 'Refuse de signer le contrat d’engagement malgré deux rendez-vous consacrés à son contenu.',
    status: 'awaiting_approval', reviewStatus: null, steps: [['report', null, 'referent', 2, null, {}]],
  },
  {
    kind: 'obligations_not_met', facts: 'Aucune des démarches prévues au contrat n’a été faite depuis trois mois ; pas de réponse aux courriers.',
    status: 'sent', reviewStatus: 'received', steps: [['report', null, 'referent', 12, null, {}], ['approve', 'received', 'manager', 10, null, {}]],
  },
  {
    kind: 'obligations_not_met', facts: 'Ne se présente plus aux actions du contrat depuis deux mois.',
    status: 'sent', reviewStatus: 'suspended',
    steps: [
      ['report', null, 'referent', 70, null, {}],
      ['approve', 'received', 'manager', 68, null, {}],
      ['notify', 'notified', 'officer', 60, null, {}],
      ['record_observations', 'observations_recorded', 'officer', 45, 'Difficultés de garde d’enfant évoquées, sans justificatif.', { mode: 'written', assisted: false, assistedBy: null }],
      ['decide_suspension', 'suspended', 'officer', 40, 'Absence de motif légitime ; suspension minimale.', { scale: FIRST, sharePercent: 30, months: 1, largerHousehold: true, startsOn: null }],
    ],
  },
  // Two referred to the équipe pluridisciplinaire: one on the demo session's agenda, one waiting for a session.
  ...(['Aucun rendez-vous honoré depuis quatre mois, malgré la notification.', 'Refuse toute démarche prévue au contrat et ne répond plus.'].map((facts) => ({
    kind: 'obligations_not_met' as const, facts, status: 'sent' as const, reviewStatus: 'referred_to_ep' as const,
    steps: [
      ['report', null, 'referent', 50, null, {}],
      ['approve', 'received', 'manager', 48, null, {}],
      ['notify', 'notified', 'officer', 40, null, {}],
      ['record_observations', 'observations_recorded', 'officer', 30, null, { mode: 'none', assisted: false, assistedBy: null }],
      ['refer_to_ep', 'referred_to_ep', 'officer', 20, 'Aucune reprise de contact : une suppression est envisagée.', {}],
    ] as DemoReport['steps'],
  }))),
];

/**
 * Breach reports at different steps for the demo referent's people (the last ones by name, so
 * tests that take the first ones find them without a report): one awaiting the PIP manager, one
 * received by the département, one suspended, two referred to the équipe pluridisciplinaire. Written as rows, as if the screens had made them.
 */
export async function seedDemoBreaches(db: Db, departmentId: string, today: IsoDate): Promise<void> {
  await db.transaction(async (tx) => {
    const who = async (email: string) => (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id;
    const [referent, manager, officer] = [await who('referente@pip-avignon.example'), await who('coordination@pip-avignon.example'), await who('insertion@vaucluse.example')];
    // Another département's demo has other accounts: its people get no report.
    if (!referent || !manager || !officer) return;
    const actors = { referent, manager, officer };
    const people = await tx
      .select({ id: beneficiaries.id, providerId: beneficiaries.providerId, lotId: beneficiaries.lotId })
      .from(beneficiaries)
      .where(and(eq(beneficiaries.departmentId, departmentId), eq(beneficiaries.referentId, actors.referent), eq(beneficiaries.pathwayStatus, 'active')))
      .orderBy(desc(beneficiaries.lastName), desc(beneficiaries.firstNames))
      .limit(REPORTS.length);
    for (const [i, person] of people.entries()) {
      const demo = REPORTS[i]!;
      const [lot] = person.lotId ? await tx.select({ territoryId: lots.territoryId }).from(lots).where(and(eq(lots.departmentId, departmentId), eq(lots.id, person.lotId))) : [];
      const at = (days: number) => new Date(`${addDays(today, -days)}T10:00:00Z`);
      const [first, approval] = [demo.steps[0]!, demo.steps[1]];
      const [report] = await tx
        .insert(breachReports)
        .values({
          departmentId, beneficiaryId: person.id, providerId: person.providerId!, referentId: actors.referent, territoryId: lot?.territoryId ?? null,
          kind: demo.kind, facts: demo.facts, factsFrom: addDays(today, -first[3] - 60), factsTo: addDays(today, -first[3]), status: demo.status,
          reviewStatus: demo.reviewStatus, reportedBy: actors.referent, reportedAt: at(first[3]),
          approvedBy: approval ? actors.manager : null, approvedAt: approval ? at(approval[3]) : null, sentAt: approval ? at(approval[3]) : null,
        })
        .returning({ id: breachReports.id });
      await tx.insert(breachSteps).values(demo.steps.map(([event, reviewStatus, actor, days, note, details]) => ({
        departmentId, reportId: report!.id, event, reviewStatus, on: addDays(today, -days), note,
        details: event === 'decide_suspension' ? { ...details, startsOn: addDays(today, -days + 5) } : details, recordedBy: actors[actor], recordedAt: at(days),
      })));
    }
  });
}
