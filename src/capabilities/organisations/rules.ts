import { SETTING_DEFAULTS, SETTINGS, type SettingKey, type SettingValues } from '../../shared/settings.js';
import { isProviderRole, type Role } from '../../shared/roles.js';

/**
 * Effective settings: the catalogue's defaults, then the département's values, then the lot's
 * overrides for lot-scoped keys. Stored values that no longer validate (a key renamed, a bound
 * tightened) fall back to the default instead of breaking every screen.
 */
export function effectiveSettings(
  departmentValues: Record<string, unknown>,
  lotValues: Record<string, unknown> = {},
): { values: SettingValues; overridden: SettingKey[] } {
  const values = { ...SETTING_DEFAULTS } as Record<SettingKey, unknown>;
  const overridden: SettingKey[] = [];
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const definition = SETTINGS[key];
    for (const [source, isLot] of [[departmentValues, false], [lotValues, true]] as const) {
      if (!(key in source)) continue;
      if (isLot && definition.scope !== 'lot') continue;
      const parsed = definition.schema.safeParse(source[key]);
      if (!parsed.success) continue;
      values[key] = parsed.data;
      if (isLot) overridden.push(key);
    }
  }
  return { values: values as SettingValues, overridden };
}

/** A user's role and provider must agree: PIP roles have a provider, département roles none. */
export function roleProviderMismatch(role: Role, providerId: string | null): string | null {
  if (isProviderRole(role) && !providerId) return 'Un rôle de PIP doit être rattaché à une structure PIP.';
  if (!isProviderRole(role) && providerId) return 'Un rôle du département ne peut pas être rattaché à une structure PIP.';
  return null;
}

/** What a settings patch changes, old and new value side by side, for the audit entry. */
export const settingChanges = (before: SettingValues, patch: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { from: before[k as SettingKey], to: v }]));
