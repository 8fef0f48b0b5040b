import type { ReferenceItemData } from '../../api/reference.js';

/** Items of one theme, in the order the lists offer them. */
export interface ThemeGroup {
  theme: string;
  items: ReferenceItemData[];
}

/** A theme code's name: the themes list's label when it has one, the raw code otherwise. */
export function themeNamer(themes: readonly ReferenceItemData[] | undefined): (code: string) => string {
  const labels = new Map((themes ?? []).map((t) => [t.theme, t.label]));
  return (code) => labels.get(code) ?? code;
}

const byPosition = (a: ReferenceItemData, b: ReferenceItemData) => a.position - b.position || a.label.localeCompare(b.label, 'fr');

/**
 * The list cut by theme (each in position order), themes sorted by their name. The themes list is
 * one group: a theme's position orders the themes themselves.
 */
export function groupByTheme(items: readonly ReferenceItemData[], themeName: (code: string) => string, single: boolean): ThemeGroup[] {
  if (single) return items.length ? [{ theme: '', items: [...items].sort(byPosition) }] : [];
  const groups = new Map<string, ReferenceItemData[]>();
  for (const item of items) groups.set(item.theme, [...(groups.get(item.theme) ?? []), item]);
  return [...groups.entries()]
    .map(([theme, members]) => ({ theme, items: members.sort(byPosition) }))
    .sort((a, b) => themeName(a.theme).localeCompare(themeName(b.theme), 'fr'));
}

export interface PositionChange {
  id: string;
  position: number;
}

/**
 * The positions to save so that the item at `index` swaps places with its neighbour. Distinct
 * positions are exchanged (two saves); equal ones (items added later all take the last place)
 * cannot be, so the whole group is numbered anew, saving only the positions that change.
 */
export function moveWithin(items: readonly ReferenceItemData[], index: number, delta: -1 | 1): PositionChange[] {
  const target = index + delta;
  const [moving, neighbour] = [items[index], items[target]];
  if (!moving || !neighbour) return [];
  if (moving.position !== neighbour.position) {
    return [
      { id: moving.id, position: neighbour.position },
      { id: neighbour.id, position: moving.position },
    ];
  }
  const order = [...items];
  order[index] = neighbour;
  order[target] = moving;
  return order.flatMap((item, position) => (item.position === position ? [] : [{ id: item.id, position }]));
}
