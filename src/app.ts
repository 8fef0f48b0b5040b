import pino, { type Logger } from 'pino';
import { z } from 'zod';
import type { Database } from './platform/db/engine.js';
import { createAuthService } from './platform/auth/service.js';
import type { ThrottlePolicy } from './platform/auth/throttle.js';
import { createHttpServer } from './platform/http/server.js';
import { createRunner } from './platform/usecase/runner.js';
import { createJobRunner } from './platform/jobs/runner.js';
import { departmentsToSeal, sealDepartment } from './platform/audit/sealing.js';
import { accountPorts } from './capabilities/organisations/accounts.js';
import { organisationsRoutes } from './capabilities/organisations/routes.js';
import { accessRoutes } from './capabilities/access/routes.js';
import { auditLogRoutes } from './capabilities/audit-log/routes.js';
import { beneficiariesRoutes } from './capabilities/beneficiaries/routes.js';
import { orientationRoutes } from './capabilities/orientation/routes.js';
import { referenceRoutes } from './capabilities/reference/routes.js';
import { contractsRoutes } from './capabilities/contracts/routes.js';
import { contactsRoutes } from './capabilities/contacts/routes.js';
import { workshopsRoutes } from './capabilities/workshops/routes.js';
import { proofRoutes } from './capabilities/proof/routes.js';
import { agendaRoutes } from './capabilities/agenda/routes.js';
import { aidsRoutes } from './capabilities/aids/routes.js';
import { localBlobStore, type BlobStore } from './platform/files/blobs.js';
import { sweepOrphanBlobs, type BlobReferences } from './platform/files/sweep.js';
import { aidDocumentKeys } from './capabilities/aids/store.js';
import { foreignDepartmentKeys } from './capabilities/organisations/queries.js';
import { complianceRoutes } from './capabilities/compliance/routes.js';
import { exitsRoutes } from './capabilities/exits/routes.js';
import { teamSessionsRoutes } from './capabilities/team-sessions/routes.js';
import { rollContracts } from './capabilities/contracts/schedule.js';
import { frenchToday } from './shared/calendar.js';
import { refreshStaleAlerts } from './capabilities/beneficiaries/refresh-alerts.js';
import { remindersRoutes } from './capabilities/reminders/routes.js';
import { scheduleReminders } from './capabilities/reminders/schedule.js';
import { createDispatcher } from './capabilities/reminders/dispatch.js';
import { SENDING_LEASE_MS } from './capabilities/reminders/rules.js';
import { createTransports, type Transports } from './platform/messaging/transports.js';

export interface AppOptions {
  database: Database;
  logger?: Logger;
  webRoot?: string | undefined;
  defaultDepartmentCode?: string;
  throttle?: ThrottlePolicy;
  trustProxy?: boolean;
  now?: () => Date;
  /** How messages leave (SMTP, SMS provider); by default every message is kept in the outbox. */
  transports?: Transports;
  /** Where uploaded documents are kept (configuredBlobStore; the folder ./data/files by default). */
  blobs?: BlobStore;
}

/** Every table that keeps keys of the blob store, and the départements that are not ours: what the orphan sweep must not remove. */
export const BLOB_REFERENCES: BlobReferences[] = [foreignDepartmentKeys, aidDocumentKeys];

// Validation messages reach users: French first.
z.config(z.locales.fr());

/** Seconds between two audit sealing runs: entries are sealed within this delay. */
export const AUDIT_SEAL_EVERY_SECONDS = 5;

/** The composition root: wires the platform and every capability into one server. */
export async function buildApp(options: AppOptions) {
  const { db, kind } = options.database;
  const logger = options.logger ?? pino({ level: 'silent' });
  const auth = createAuthService(db, accountPorts, options.throttle ?? { maxFailures: 5, lockMinutes: 15 }, options.now);
  const run = createRunner(db);
  const app = await createHttpServer({ logger, auth, webRoot: options.webRoot, trustProxy: options.trustProxy ?? false });

  accessRoutes(app, { db, engine: kind, auth, run, defaultDepartmentCode: options.defaultDepartmentCode ?? '84' });
  organisationsRoutes(app, run);
  auditLogRoutes(app, run);
  beneficiariesRoutes(app, run);
  orientationRoutes(app, run);
  referenceRoutes(app, run);
  contractsRoutes(app, run);
  contactsRoutes(app, run, db);
  workshopsRoutes(app, run);
  proofRoutes(app, run);
  agendaRoutes(app, run);
  remindersRoutes(app, run);

  const clock = options.now ?? (() => new Date());
  const dispatcher = createDispatcher(db, options.transports ?? createTransports({ smtpFrom: 'parcours@localhost' }), clock);
  const blobs = options.blobs ?? localBlobStore('./data/files');
  aidsRoutes(app, run, blobs);
  complianceRoutes(app, run);
  exitsRoutes(app, run);
  teamSessionsRoutes(app, run);

  const jobs = createJobRunner(db, {
    logger,
    handlers: {
      'audit.seal': async (tx) => {
        for (const departmentId of await departmentsToSeal(tx)) await sealDepartment(tx, departmentId);
      },
      'sessions.purge': async (tx) => {
        await auth.purgeExpired(tx);
      },
      // One batch per run; the job comes back a minute later until every row is fresh.
      'alerts.refresh': async (tx) => {
        await refreshStaleAlerts(tx, frenchToday(options.now?.()));
      },
      // Validated contracts come into force, and contracts in force end, as their dates pass.
      'contracts.roll': async (tx) => {
        await rollContracts(tx, frenchToday(options.now?.()));
      },
      // Writes the reminders whose time has come; sending them is the next job's.
      'reminders.schedule': async (tx) => {
        await scheduleReminders(tx, clock());
      },
      // Talks to the SMTP relay or SMS provider, so it runs outside the job's transaction.
      'messages.send': { leaseSeconds: SENDING_LEASE_MS / 1000, external: () => dispatcher.runDue().then(() => undefined) },
      // Lists the blob store and removes files no row points to any more (S3 calls: outside a transaction).
      'files.sweep': {
        leaseSeconds: 3600,
        external: async (db) => {
          const { examined, orphans } = await sweepOrphanBlobs(db, blobs, BLOB_REFERENCES, { now: clock() });
          if (orphans.length) logger.info({ examined, removed: orphans.length }, 'orphan files removed');
        },
      },
    },
    recurring: [
      { kind: 'audit.seal', everySeconds: AUDIT_SEAL_EVERY_SECONDS },
      { kind: 'sessions.purge', everySeconds: 3600 },
      { kind: 'alerts.refresh', everySeconds: 60 },
      { kind: 'contracts.roll', everySeconds: 300 },
      { kind: 'reminders.schedule', everySeconds: 60 },
      { kind: 'messages.send', everySeconds: 30 },
      { kind: 'files.sweep', everySeconds: 86_400 },
    ],
  });
  await app.ready();
  return { app, jobs, auth, run };
}

export type BuiltApp = Awaited<ReturnType<typeof buildApp>>;
