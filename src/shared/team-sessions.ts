/**
 * The équipe pluridisciplinaire (EP) of a territory gives its opinion on a suppression before the
 * département decides (CASF L262-37, L262-39). Shared by the API and the UI.
 */

/** Which sessions a list shows: those still to come, those whose agenda needs work, those held. */
export const SESSION_FILTERS = ['upcoming', 'to_prepare', 'held'] as const;
export type SessionFilter = (typeof SESSION_FILTERS)[number];

/** Where a session stands: `to_prepare` is a session to come with an empty agenda or reports waiting in its territory. */
export const SESSION_PHASES = ['to_prepare', 'upcoming', 'held'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

/**
 * A member line « Name — quality », normalised: the dash may be typed as a hyphen or an en dash
 * between spaces. Null when either part is missing.
 */
export function memberLine(line: string): string | null {
  const parts = line.trim().split(/\s+[—–-]\s+/);
  if (parts.length < 2) return null;
  const name = parts[0]!.trim();
  const quality = parts.slice(1).join(' — ').trim();
  return name && quality ? `${name} — ${quality}` : null;
}
