import { describe, expect, it } from 'vitest';
import { backoffSeconds } from './runner.js';

describe('job retry backoff', () => {
  it('doubles at each attempt and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([2, 4, 8, 16]);
    expect(backoffSeconds(30)).toBe(3600);
  });
});
