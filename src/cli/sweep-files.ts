import { loadConfig } from '../config.js';
import { BLOB_REFERENCES } from '../app.js';
import { openDatabase } from '../platform/db/engine.js';
import { configuredBlobStore } from '../platform/files/s3-blobs.js';
import { sweepOrphanBlobs } from '../platform/files/sweep.js';

/**
 * `npm run files:sweep [-- --dry-run]`: what the daily `files.sweep` job does, on demand — removes
 * the stored files no row points to any more, once older than 24 hours. --dry-run only lists them.
 */
const dryRun = process.argv.includes('--dry-run');
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const { examined, orphans } = await sweepOrphanBlobs(database.db, configuredBlobStore(config.files), BLOB_REFERENCES, { dryRun });
  for (const key of orphans) console.log(`${dryRun ? 'orphelin ' : 'supprimé '} ${key}`);
  console.log(`${examined} fichier(s) examiné(s), ${orphans.length} orphelin(s) ${dryRun ? 'trouvé(s) (rien supprimé)' : 'supprimé(s)'}.`);
} finally {
  await database.close();
}
process.exit(0);
