import { describe, expect, it } from 'vitest';
import { afterFailure, appointmentAddress, maskRecipient, MAX_ATTEMPTS, placeWording, reminderDue, reminderText, retryAt } from './rules.js';

const at = (iso: string) => new Date(iso);
const APPOINTMENT = at('2026-03-03T13:30:00Z'); // mardi 3 mars 2026, 14 h 30 à Paris

describe('when a reminder is due', () => {
  it('from its delay before the appointment until the appointment itself', () => {
    expect(reminderDue(APPOINTMENT, 48, at('2026-03-01T13:29:59Z'))).toBe(false);
    expect(reminderDue(APPOINTMENT, 48, at('2026-03-01T13:30:00Z'))).toBe(true);
    expect(reminderDue(APPOINTMENT, 2, at('2026-03-03T11:00:00Z'))).toBe(false);
    expect(reminderDue(APPOINTMENT, 2, at('2026-03-03T13:29:00Z'))).toBe(true);
    expect(reminderDue(APPOINTMENT, 48, APPOINTMENT)).toBe(false);
  });
});

describe('after a failed attempt', () => {
  const now = at('2026-03-01T08:00:00Z');
  it('tries again 1, 2, 4, 8 minutes later, then gives up at the last attempt', () => {
    expect([1, 2, 3, 4].map((n) => (retryAt(n, now).getTime() - now.getTime()) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(afterFailure(1, false, now)).toEqual({ status: 'queued', sendAt: at('2026-03-01T08:01:00Z') });
    expect(afterFailure(MAX_ATTEMPTS - 1, false, now).status).toBe('queued');
    expect(afterFailure(MAX_ATTEMPTS, false, now)).toEqual({ status: 'failed' });
  });

  it('gives up at once on a permanent refusal', () => {
    expect(afterFailure(1, true, now)).toEqual({ status: 'failed' });
  });
});

describe('what a reminder says', () => {
  const facts = {
    firstNames: 'Aïcha', scheduledAt: APPOINTMENT, place: 'site' as const, siteAddress: '12 rue de la République, 84000 Avignon',
    firstSiteAddress: '12 rue de la République, 84000 Avignon',
    videoLink: null, providerName: 'PIP Tremplin Emploi Avignon',
  };

  it('by SMS: the moment in France and the place, without the subject, in two SMS at most', () => {
    const { subject, body } = reminderText('sms', facts);
    expect(subject).toBeNull();
    expect(body).toBe('Rappel : rendez-vous le mardi 3 mars 2026 à 14 h 30, PIP Tremplin Emploi Avignon, 12 rue de la République, 84000 Avignon. '
      + 'En cas d’empêchement, prévenez votre référent·e. PIP Tremplin Emploi Avignon');
    expect(body.length).toBeLessThanOrEqual(2 * 153);
  });

  it('by e-mail: a subject, a greeting and the same facts', () => {
    const { subject, body } = reminderText('email', { ...facts, scheduledAt: at('2026-07-01T07:00:00Z') });
    expect(subject).toBe('Rappel de votre rendez-vous du mercredi 1er juillet 2026 à 9 h');
    expect(body).toContain('Bonjour Aïcha,');
    expect(body).toContain('Nous vous rappelons votre rendez-vous du mercredi 1er juillet 2026 à 9 h, PIP Tremplin Emploi Avignon, 12 rue de la République');
  });

  it('names each kind of place', () => {
    expect(placeWording({ ...facts, place: 'phone' })).toBe('par téléphone : votre référent·e vous appellera');
    expect(placeWording({ ...facts, place: 'video', videoLink: 'https://visio.example/abc' })).toBe('en visioconférence : https://visio.example/abc');
    expect(placeWording({ ...facts, place: 'home' })).toBe('à votre domicile');
    expect(placeWording({ ...facts, siteAddress: null, firstSiteAddress: null })).toBe('PIP Tremplin Emploi Avignon');
  });

  it('gives the address of the site the appointment names, else the PIP’s first site’s', () => {
    const orange = { ...facts, siteAddress: '5 cours Aristide Briand, 84100 Orange' };
    expect(placeWording(orange)).toBe('PIP Tremplin Emploi Avignon, 5 cours Aristide Briand, 84100 Orange');
    expect(reminderText('sms', orange).body).toContain('PIP Tremplin Emploi Avignon, 5 cours Aristide Briand, 84100 Orange.');
    expect(appointmentAddress(orange)).toBe('5 cours Aristide Briand, 84100 Orange');
    expect(placeWording({ ...facts, siteAddress: null })).toBe('PIP Tremplin Emploi Avignon, 12 rue de la République, 84000 Avignon');
    expect(appointmentAddress({ siteAddress: null, firstSiteAddress: null })).toBeNull();
  });
});

describe('an address in a list', () => {
  it('is partly hidden', () => {
    expect(maskRecipient('email', 'aicha.benoit@exemple.fr')).toBe('a•••@exemple.fr');
    expect(maskRecipient('email', 'sans-arobase')).toBe('•••');
    expect(maskRecipient('sms', '06 12 34 56 78')).toBe('06 •• •• •• 78');
    expect(maskRecipient('sms', '+33 6 12 34 56 78')).toBe('33 •• •• •• 78');
  });
});
