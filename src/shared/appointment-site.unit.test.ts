import { describe, expect, it } from 'vitest';
import { appointmentSite, asksForSite, SITE_OF_ANOTHER_PIP } from './appointment-site.js';

const SITES = ['avignon', 'orange'];

describe('the site of an appointment', () => {
  it('is the one chosen among the PIP’s sites', () => {
    expect(appointmentSite('site', 'orange', SITES)).toEqual({ ok: true, siteId: 'orange' });
  });

  it('is the PIP’s first site when none is chosen, or none when the PIP has no site', () => {
    expect(appointmentSite('site', null, SITES)).toEqual({ ok: true, siteId: 'avignon' });
    expect(appointmentSite('site', null, [])).toEqual({ ok: true, siteId: null });
  });

  it('is none for a call, a video call or a home visit', () => {
    for (const place of ['phone', 'video', 'home'] as const) {
      expect(appointmentSite(place, null, SITES)).toEqual({ ok: true, siteId: null });
      expect(appointmentSite(place, 'orange', SITES)).toEqual({ ok: true, siteId: null });
    }
  });

  it('refuses a site of another PIP, whatever the place', () => {
    expect(appointmentSite('site', 'carpentras', SITES)).toEqual({ ok: false, message: SITE_OF_ANOTHER_PIP });
    expect(appointmentSite('phone', 'carpentras', SITES)).toEqual({ ok: false, message: SITE_OF_ANOTHER_PIP });
  });

  it('is asked for on site only, when the PIP has a site', () => {
    expect(asksForSite('site', 2)).toBe(true);
    expect(asksForSite('site', 0)).toBe(false);
    expect(asksForSite('phone', 2)).toBe(false);
  });
});
