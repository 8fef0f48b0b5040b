/**
 * Reference values of the follow-up (contacts, appointments), checked by the database and shared
 * with the UI. Modalities are what the PIP must justify (DOMAIN.md step 6).
 */
export const CONTACT_MODALITIES = ['face_to_face', 'collective', 'phone', 'video', 'written'] as const;
export type ContactModality = (typeof CONTACT_MODALITIES)[number];
