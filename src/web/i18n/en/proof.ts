import type { proof as fr } from '../fr/proof.js';

/** English catalogue, the justification pack (FSE+) of a person. */
export const proof: typeof fr = {
  tab: 'Proof',
  title: 'ESF+ proof pack',
  intro:
    'A zip archive for an audit: the contact log of the period (PDF and spreadsheet: date, modality, duration, staff member, status), the signed attendance sheets of the workshops attended and the signed contracts. Meeting notes are not included.',
  from: 'From',
  to: 'To',
  periodLabel: 'Period of the proof pack',
  download: 'Download the proof pack (zip)',
  invalid: 'Enter a valid period: the end must follow the start.',
  audited: 'The download is recorded in the access log.',
};
