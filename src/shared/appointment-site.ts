import type { AppointmentPlace } from './contacts.js';

/**
 * Which of the PIP's sites an appointment takes place at. Only an on-site appointment names one:
 * a call, a video call or a home visit has no site. Without a choice it is the PIP's first site
 * (the one letters used before appointments named theirs), or none when the PIP has no site yet.
 */
export type SiteChoice = { ok: true; siteId: string | null } | { ok: false; message: string };

export const SITE_OF_ANOTHER_PIP = 'Choisissez un des sites du PIP qui accompagne la personne.';

/** `pipSiteIds`: the sites of the PIP following the person, its first site first. */
export function appointmentSite(place: AppointmentPlace, requested: string | null, pipSiteIds: readonly string[]): SiteChoice {
  // A site of another PIP is refused whatever the place: the request is wrong, not just useless.
  if (requested !== null && !pipSiteIds.includes(requested)) return { ok: false, message: SITE_OF_ANOTHER_PIP };
  if (place !== 'site') return { ok: true, siteId: null };
  return { ok: true, siteId: requested ?? pipSiteIds[0] ?? null };
}

/** Whether the appointment form asks for a site: on site, when the PIP has any. */
export const asksForSite = (place: AppointmentPlace, siteCount: number): boolean => place === 'site' && siteCount > 0;
