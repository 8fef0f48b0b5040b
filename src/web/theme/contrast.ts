/** WCAG 2.1 relative luminance and contrast, used to keep département colours readable. */

const HEX = /^#([0-9a-f]{6})$/i;

export const isHexColor = (value: string): boolean => HEX.test(value);

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The given foreground if it reaches `min` on `background`, else white or near-black, whichever is better. */
export function readableOn(background: string, preferred: string, min = 4.5): string {
  if (isHexColor(preferred) && contrastRatio(background, preferred) >= min) return preferred;
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111';
}

const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Darkens `color` towards black until it reaches `min` against every given background. */
export function darkenUntilReadable(color: string, backgrounds: string[], min = 4.5): string {
  const start = channels(color);
  for (let step = 0; step <= 20; step += 1) {
    const candidate = toHex(start.map((c) => c * (1 - step / 20)));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= min)) return candidate;
  }
  return '#000000';
}
