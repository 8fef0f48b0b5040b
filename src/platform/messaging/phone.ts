/**
 * A French phone number as SMS providers want it: international, digits only, no « + »
 * (« 06 12 34 56 78 » → « 33612345678 »). The overseas départements share the national « 0 »
 * prefix but not the country code: their mobile ranges (ARCEP) say which one.
 */
const OVERSEAS_MOBILE: [prefix: string, countryCode: string][] = [
  ['0690', '590'], ['0691', '590'], // Guadeloupe, Saint-Martin, Saint-Barthélemy
  ['0696', '596'], ['0697', '596'], // Martinique
  ['0694', '594'], // Guyane
  ['0692', '262'], ['0693', '262'], // La Réunion
  ['0639', '262'], // Mayotte
];

/** Null when the text is not a phone number a provider could reach. */
export function internationalNumber(text: string): string | null {
  const compact = text.replace(/[\s.\-()]/g, '');
  if (/^\+\d{8,15}$/.test(compact)) return compact.slice(1);
  if (/^00\d{8,15}$/.test(compact)) return compact.slice(2);
  if (!/^0\d{9}$/.test(compact)) return null;
  const overseas = OVERSEAS_MOBILE.find(([prefix]) => compact.startsWith(prefix));
  return `${overseas ? overseas[1] : '33'}${compact.slice(1)}`;
}
