/**
 * « 3 contrats », « 1 contract »: a count with its noun, in each language's own rule (in French,
 * 0 and 1 take the singular; in English only 1 does) and digit grouping.
 */
export const pluralFr = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;
export const pluralEn = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
