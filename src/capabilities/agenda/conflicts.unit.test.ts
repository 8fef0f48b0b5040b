import { describe, expect, it } from 'vitest';
import { findConflicts, type TimeSlot } from './conflicts.js';

const H = 3_600_000;
const slot = (id: string, startHour: number, endHour: number, staffUserId = 'anne'): TimeSlot => ({ id, staffUserId, start: startHour * H, end: endHour * H });
const asObject = (m: Map<string, string[]>) => Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort()]));

describe('findConflicts', () => {
  it('finds nothing in an empty agenda or in one item', () => {
    expect(asObject(findConflicts([]))).toEqual({});
    expect(asObject(findConflicts([slot('a', 9, 10)]))).toEqual({});
  });

  it('does not count touching ends as a conflict', () => {
    expect(asObject(findConflicts([slot('a', 9, 10), slot('b', 10, 11)]))).toEqual({});
  });

  it('marks both items of an overlap, whatever their order', () => {
    expect(asObject(findConflicts([slot('b', 9.5, 11), slot('a', 9, 10)]))).toEqual({ a: ['b'], b: ['a'] });
  });

  it('marks two items that start at the same time', () => {
    expect(asObject(findConflicts([slot('a', 14, 15), slot('b', 14, 14.75)]))).toEqual({ a: ['b'], b: ['a'] });
  });

  it('marks an item contained in another, and each of several items inside a long one', () => {
    expect(asObject(findConflicts([slot('long', 9, 12), slot('x', 9.5, 10), slot('y', 11, 11.5)]))).toEqual({ long: ['x', 'y'], x: ['long'], y: ['long'] });
  });

  it('never compares two staff members: the same hour in two agendas is no conflict', () => {
    expect(asObject(findConflicts([slot('a', 9, 10, 'anne'), slot('b', 9, 10, 'paul')]))).toEqual({});
  });

  it('ignores an item that takes no time', () => {
    expect(asObject(findConflicts([slot('a', 9, 10), slot('empty', 9.5, 9.5)]))).toEqual({});
  });

  it('forgets an item once it has ended, even after a long chain', () => {
    const chain = [slot('a', 8, 9), slot('b', 8.5, 9.5), slot('c', 9.25, 10), slot('d', 10, 11)];
    expect(asObject(findConflicts(chain))).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'] });
  });
});
