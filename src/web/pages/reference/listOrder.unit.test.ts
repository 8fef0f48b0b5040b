import { describe, expect, it } from 'vitest';
import type { ReferenceItemData } from '../../api/reference.js';
import { groupByTheme, moveWithin, themeNamer } from './listOrder.js';

const item = (id: string, theme: string, label: string, position: number): ReferenceItemData => ({
  id, list: 'situations', theme, label, position, active: true,
});

describe('reference list screen: themes, groups and order', () => {
  const themes = [item('t1', 'mobilite', 'Mobilité', 0), item('t2', 'logement', 'Logement', 1)];
  const name = themeNamer(themes);

  it('names a theme code after the themes list, or shows the code itself', () => {
    expect(name('mobilite')).toBe('Mobilité');
    expect(name('code_inconnu')).toBe('code_inconnu');
  });

  it('groups items by theme, themes by name and items by position', () => {
    const groups = groupByTheme([item('a', 'mobilite', 'B', 5), item('b', 'logement', 'Z', 9), item('c', 'mobilite', 'A', 2)], name, false);
    expect(groups.map((g) => [g.theme, g.items.map((i) => i.id)])).toEqual([
      ['logement', ['b']],
      ['mobilite', ['c', 'a']],
    ]);
    expect(groupByTheme(themes, name, true)).toEqual([{ theme: '', items: themes }]);
    expect(groupByTheme([], name, false)).toEqual([]);
  });

  it('swaps distinct positions with the neighbour', () => {
    const group = [item('a', 'm', 'A', 3), item('b', 'm', 'B', 7), item('c', 'm', 'C', 9)];
    expect(moveWithin(group, 1, -1)).toEqual([{ id: 'b', position: 3 }, { id: 'a', position: 7 }]);
    expect(moveWithin(group, 0, -1)).toEqual([]);
    expect(moveWithin(group, 2, 1)).toEqual([]);
  });

  it('numbers the group anew when the two positions are equal', () => {
    const group = [item('a', 'm', 'A', 0), item('b', 'm', 'B', 10_000), item('c', 'm', 'C', 10_000)];
    expect(moveWithin(group, 2, -1)).toEqual([{ id: 'c', position: 1 }, { id: 'b', position: 2 }]);
  });
});
