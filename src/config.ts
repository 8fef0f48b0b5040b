import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything the process reads from its environment, validated once at start. */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data/db'),
  /** Uploaded documents (aid files…), outside the database. */
  FILES_DIR: z.string().default('./data/files'),
  WEB_ROOT: z.string().default('./dist/web'),
  DEFAULT_DEPARTMENT_CODE: z.string().regex(/^(\d{2,3}|2A|2B)$/).default('84'),
  /** auto: load the demo dataset into an empty embedded database. */
  SEED_DEMO: z.enum(['auto', 'yes', 'no']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** SMTP relay for e-mail reminders (smtp://user:pass@host:587, smtps://…); unset: kept in the outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'smtp:// ou smtps://').optional(),
  SMTP_FROM: z.string().default('Parcours <ne-pas-repondre@parcours.invalid>'),
  /** Only `outbox` for now (SMS kept for staff to read): a provider plugs in behind SmsProvider. */
  SMS_PROVIDER: z.enum(['outbox']).default('outbox'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  // An empty variable means unset (shells and CI templates often export VAR=).
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    filesDir: resolve(e.FILES_DIR),
    webRoot: resolve(e.WEB_ROOT),
    defaultDepartmentCode: e.DEFAULT_DEPARTMENT_CODE,
    seedDemo: e.SEED_DEMO === 'yes' || (e.SEED_DEMO === 'auto' && !e.DATABASE_URL),
    trustProxy: e.TRUST_PROXY === 'true',
    throttle: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    logLevel: e.LOG_LEVEL,
    messaging: { smtpUrl: e.SMTP_URL, smtpFrom: e.SMTP_FROM, smsProvider: e.SMS_PROVIDER },
  };
}
