import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from '../../shared/settings.js';
import { effectiveSettings, roleProviderMismatch, settingChanges } from './rules.js';

describe('effective settings', () => {
  it('starts from the catalogue defaults', () => {
    expect(effectiveSettings({}).values).toEqual(SETTING_DEFAULTS);
    expect(SETTING_DEFAULTS.targetCaseload).toBe(60);
    expect(SETTING_DEFAULTS.orientationDeadlineWeeks).toBe(6);
    expect(SETTING_DEFAULTS.firstContactDays).toBe(15);
  });

  it('applies the département, then the lot for lot-scoped keys only', () => {
    const { values, overridden } = effectiveSettings(
      { targetCaseload: 80, sessionIdleMinutes: 20 },
      { targetCaseload: 50, sessionIdleMinutes: 90 },
    );
    expect(values.targetCaseload).toBe(50);
    expect(values.sessionIdleMinutes).toBe(20);
    expect(overridden).toEqual(['targetCaseload']);
  });

  it('falls back to the default when a stored value no longer validates', () => {
    expect(effectiveSettings({ targetCaseload: -3, primaryColor: 'red' }).values).toMatchObject({
      targetCaseload: 60,
      primaryColor: SETTING_DEFAULTS.primaryColor,
    });
  });

  it('describes a change as old and new values', () => {
    expect(settingChanges(SETTING_DEFAULTS, { targetCaseload: 70 })).toEqual({ targetCaseload: { from: 60, to: 70 } });
  });
});

describe('role and provider', () => {
  it('requires a provider for PIP roles and forbids one for département roles', () => {
    expect(roleProviderMismatch('referent', null)).toMatch(/PIP/);
    expect(roleProviderMismatch('pip_manager', 'p')).toBeNull();
    expect(roleProviderMismatch('dept_officer', 'p')).toMatch(/département/);
    expect(roleProviderMismatch('auditor', null)).toBeNull();
  });
});
