import pino from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './platform/db/engine.js';
import { buildApp } from './app.js';
import { createTransports } from './platform/messaging/transports.js';
import { configuredBlobStore } from './platform/files/s3-blobs.js';
import { isDatabaseEmpty } from './capabilities/organisations/demo/seed.js';
import { seedDemoDepartment } from './demo/seed.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './capabilities/organisations/demo/accounts.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] });

const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const blobs = configuredBlobStore(config.files);
await database.migrate();
if (config.seedDemo && (await isDatabaseEmpty(database.db))) {
  await seedDemoDepartment(database.db, blobs, config.defaultDepartmentCode);
  logger.info('demo dataset loaded');
}

const { app, jobs } = await buildApp({
  database,
  logger,
  webRoot: config.webRoot,
  defaultDepartmentCode: config.defaultDepartmentCode,
  throttle: config.throttle,
  trustProxy: config.trustProxy,
  transports: createTransports(config.messaging),
  blobs,
});
await app.listen({ port: config.port, host: config.host });
jobs.start();

const where = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
console.log(`\nParcours écoute sur http://localhost:${config.port} — base : ${where}`);
if (config.seedDemo) {
  console.log(`Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(13)} ${a.email}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  });
}
