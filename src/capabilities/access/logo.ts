/** The plain mark shown until a département uploads its logo: its code on its primary colour. */
export function defaultLogo(code: string, primary: string, contrast: string): string {
  const safe = code.replace(/[^0-9AB]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img"><rect width="64" height="64" rx="10" fill="${primary}"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="26" font-weight="700" text-anchor="middle" fill="${contrast}">${safe}</text></svg>`;
}
