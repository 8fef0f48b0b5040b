/** French wording the contract alone needs; dates and printable text are in platform/pdf/format.ts. */

/** 12.5 → « 12,5 h ». Built by hand: Intl's French grouping uses a space the PDF fonts lack. */
export function hours(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${String(rounded).replace('.', ',')} h`;
}

export const fullName = (p: { civility: string | null; lastName: string; firstNames: string }): string =>
  [p.civility, p.firstNames, p.lastName.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ');
