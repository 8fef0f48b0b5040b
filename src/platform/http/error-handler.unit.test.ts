import { describe, expect, it } from 'vitest';
import { withoutQueryParameters } from './error-handler.js';

describe('error logging', () => {
  it('drops the parameters of a failed query and keeps the SQL error', () => {
    const cause = Object.assign(new Error('relation "x" does not exist'), { code: '42P01' });
    const failed = Object.assign(new Error('Failed query: select 1\nparams: Dupont,1980-02-01'), { params: ['Dupont', '1980-02-01'], cause });
    const logged = withoutQueryParameters(failed);
    expect(JSON.stringify(logged)).not.toContain('Dupont');
    expect(logged).toMatchObject({ message: 'relation "x" does not exist', code: '42P01' });
  });

  it('keeps an ordinary error as it is', () => {
    expect(withoutQueryParameters(new TypeError('boom'))).toMatchObject({ name: 'TypeError', message: 'boom' });
  });
});
