/**
 * Counts in each language's own digit grouping, and « 3 contrats », « 1 contract »: a count with
 * its noun, in each language's own rule (in French, 0 and 1 take the singular; in English only 1 does).
 */
export const numberFr = (count: number) => count.toLocaleString('fr-FR');
export const numberEn = (count: number) => count.toLocaleString('en-US');
export const pluralFr = (count: number, one: string, many: string) => `${numberFr(count)} ${count > 1 ? many : one}`;
export const pluralEn = (count: number, one: string, many: string) => `${numberEn(count)} ${count === 1 ? one : many}`;
