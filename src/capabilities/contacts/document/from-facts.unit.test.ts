import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../platform/pdf/read-back.js';
import { renderConvocation } from './convocation-pdf.js';
import { convocationOf, type LetterFacts } from './from-facts.js';

const AVIGNON = '12 rue de la République, 84000 Avignon';
const ORANGE = '5 cours Aristide Briand, 84100 Orange';
const HEADER = { department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' }, fundingMention: true };

const facts = (overrides: Partial<LetterFacts> = {}): LetterFacts => ({
  firstNames: 'Aïcha', lastName: 'Benoît-Lefèvre', civility: 'mme', scheduledAt: new Date('2026-03-03T13:30:00Z'), plannedMinutes: 45,
  place: 'site', siteAddress: ORANGE, firstSiteAddress: AVIGNON, videoLink: null, providerName: 'PIP Tremplin Emploi Avignon',
  subject: 'Point sur le projet professionnel', addressLine: '4 impasse des Oliviers', postalCode: '84300', communeName: 'Cavaillon',
  noFixedAddress: false, staffName: 'Julie Fabre', referentName: 'Julie Fabre', ...overrides,
});

describe('the convocation of an appointment, from its facts', () => {
  it('gives the address of the site the appointment names, under the PIP’s name and as its place', async () => {
    const letter = convocationOf(facts(), HEADER, new Date('2026-02-20T09:15:00Z'));
    expect(letter.provider).toEqual({ name: 'PIP Tremplin Emploi Avignon', address: ORANGE });
    expect(letter.appointment).toMatchObject({ date: '2026-03-03', time: '14:30', place: `PIP Tremplin Emploi Avignon, ${ORANGE}` });
    expect(letter.person).toEqual({ title: 'Madame', lastName: 'Benoît-Lefèvre', firstNames: 'Aïcha', addressLines: ['4 impasse des Oliviers', '84300 Cavaillon'] });
    const pdf = await readPdf(await renderConvocation(letter));
    expect(pdf.text).toContain(`Lieu : PIP Tremplin Emploi Avignon, ${ORANGE}`);
    expect(pdf.text).not.toContain(AVIGNON);
  });

  it('falls back on the PIP’s first site when the appointment names none', () => {
    const letter = convocationOf(facts({ siteAddress: null }), HEADER, new Date());
    expect(letter.provider.address).toBe(AVIGNON);
    expect(letter.appointment.place).toBe(`PIP Tremplin Emploi Avignon, ${AVIGNON}`);
  });

  it('says a call is a call, and leaves out the address of a person without a fixed one', () => {
    const letter = convocationOf(facts({ place: 'phone', siteAddress: null, noFixedAddress: true, civility: null }), HEADER, new Date());
    expect(letter.appointment.place).toBe('par téléphone : votre référent·e vous appellera');
    expect(letter.person).toMatchObject({ title: null, addressLines: [] });
  });
});
