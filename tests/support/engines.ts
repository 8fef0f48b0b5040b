import type { EngineKind } from '../../src/platform/db/engine.js';

/**
 * The engines integration tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 * In CI a missing PostgreSQL is a failure, never a silent skip.
 */
export function testEngines(): EngineKind[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI) throw new Error('TEST_DATABASE_URL must point at PostgreSQL in CI');
  return url ? ['pglite', 'postgres'] : ['pglite'];
}
