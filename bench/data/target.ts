// What the generator and the scale benchmarks agree on: where the data lives and how to log in.

/** Every generated account has this password (hashed once: argon2id is slow on purpose). */
export const BENCH_DATA_PASSWORD = 'Parcours-Echelle-2026';

export const DEFAULT_DATA_URL = 'postgres://postgres@127.0.0.1:5432/parcours_bench_data';

/** The same server, another database (the maintenance database `postgres` to create or drop one). */
export function onDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export const databaseName = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));
