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
  /** Set: uploaded documents go to this S3-compatible bucket instead of FILES_DIR. */
  FILES_S3_BUCKET: z.string().optional(),
  /** The store's URL (https://s3.fr-par.scw.cloud, http://minio:9000…); unset: AWS S3. */
  FILES_S3_ENDPOINT: z.string().url().optional(),
  FILES_S3_REGION: z.string().default('us-east-1'),
  /** Both or neither; neither: the SDK's default chain (AWS_ACCESS_KEY_ID…, instance role). */
  FILES_S3_ACCESS_KEY_ID: z.string().optional(),
  FILES_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** true: https://host/bucket/key (most self-hosted stores); false: https://bucket.host/key. */
  FILES_S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
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
  /** `outbox`: SMS kept for staff to read; `brevo`: sent through Brevo's API (needs SMS_BREVO_API_KEY). */
  SMS_PROVIDER: z.enum(['outbox', 'brevo']).default('outbox'),
  SMS_BREVO_API_KEY: z.string().min(1).optional(),
  SMS_BREVO_URL: z.string().url().default('https://api.brevo.com'),
  /** What the phone shows as the sender: 3 to 11 letters or digits. */
  SMS_SENDER: z.string().regex(/^[A-Za-z0-9]{3,11}$/, '3 à 11 lettres ou chiffres, sans espace').default('Parcours'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})
  .refine((e) => e.SMS_PROVIDER !== 'brevo' || e.SMS_BREVO_API_KEY, {
    path: ['SMS_BREVO_API_KEY'],
    message: 'SMS_BREVO_API_KEY est requis quand SMS_PROVIDER=brevo',
  })
  .refine((e) => !e.FILES_S3_ACCESS_KEY_ID === !e.FILES_S3_SECRET_ACCESS_KEY, {
    path: ['FILES_S3_SECRET_ACCESS_KEY'],
    message: 'FILES_S3_ACCESS_KEY_ID et FILES_S3_SECRET_ACCESS_KEY vont ensemble',
  })
  .refine((e) => e.FILES_S3_BUCKET || !(e.FILES_S3_ENDPOINT || e.FILES_S3_ACCESS_KEY_ID), {
    path: ['FILES_S3_BUCKET'],
    message: 'FILES_S3_BUCKET est requis quand le stockage S3 est configuré',
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
    files: {
      dir: resolve(e.FILES_DIR),
      s3: e.FILES_S3_BUCKET
        ? {
            bucket: e.FILES_S3_BUCKET,
            endpoint: e.FILES_S3_ENDPOINT,
            region: e.FILES_S3_REGION,
            credentials: e.FILES_S3_ACCESS_KEY_ID ? { accessKeyId: e.FILES_S3_ACCESS_KEY_ID, secretAccessKey: e.FILES_S3_SECRET_ACCESS_KEY! } : undefined,
            forcePathStyle: e.FILES_S3_FORCE_PATH_STYLE === 'true',
          }
        : undefined,
    },
    webRoot: resolve(e.WEB_ROOT),
    defaultDepartmentCode: e.DEFAULT_DEPARTMENT_CODE,
    seedDemo: e.SEED_DEMO === 'yes' || (e.SEED_DEMO === 'auto' && !e.DATABASE_URL),
    trustProxy: e.TRUST_PROXY === 'true',
    throttle: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    logLevel: e.LOG_LEVEL,
    messaging: {
      smtpUrl: e.SMTP_URL,
      smtpFrom: e.SMTP_FROM,
      brevo: e.SMS_PROVIDER === 'brevo' ? { apiKey: e.SMS_BREVO_API_KEY!, sender: e.SMS_SENDER, baseUrl: e.SMS_BREVO_URL } : undefined,
    },
  };
}
