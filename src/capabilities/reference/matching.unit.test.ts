import { describe, expect, it } from 'vitest';
import { addedValues, foldLabel, resolveAgainstList } from './matching.js';

const ACTIVE = ['Aidant familial (s’occuper d’un proche)', 'Attend un enfant ou plus'];

describe('values of a record checked against a reference list', () => {
  it('compares labels regardless of case, spacing and apostrophes', () => {
    expect(foldLabel("  AIDANT familial (s'occuper   d'un proche) ")).toBe(foldLabel(ACTIVE[0]!));
    expect(foldLabel('Attend un enfant')).not.toBe(foldLabel(ACTIVE[1]!));
  });

  it('finds the values the record did not hold yet', () => {
    expect(addedValues(['Ancienne', 'attend un enfant ou plus'], ['ancienne'])).toEqual(['attend un enfant ou plus']);
    expect(addedValues([], ['Ancienne'])).toEqual([]);
  });

  it('writes new values as the list writes them and keeps what the record already held', () => {
    const result = resolveAgainstList(['Situation désactivée depuis', "aidant familial (s'occuper d'un proche)"], ['Situation désactivée depuis'], ACTIVE);
    expect(result).toEqual({ values: ['Situation désactivée depuis', ACTIVE[0]], unknown: [] });
  });

  it('reports new values that no active item carries', () => {
    expect(resolveAgainstList(['Inventée', 'Attend un enfant ou plus'], [], ACTIVE).unknown).toEqual(['Inventée']);
  });
});
