import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('the file store settings', () => {
  it('keep documents in a local folder unless a bucket is named', () => {
    expect(loadConfig({ FILES_DIR: '/srv/parcours/files', FILES_S3_ENDPOINT: '' }).files).toEqual({ dir: '/srv/parcours/files', s3: undefined });
  });

  it('send documents to an S3-compatible bucket when one is named', () => {
    const { files } = loadConfig({
      FILES_S3_BUCKET: 'parcours-docs', FILES_S3_ENDPOINT: 'https://s3.fr-par.scw.cloud', FILES_S3_REGION: 'fr-par',
      FILES_S3_ACCESS_KEY_ID: 'AK', FILES_S3_SECRET_ACCESS_KEY: 'SK', FILES_S3_FORCE_PATH_STYLE: 'false',
    });
    expect(files.s3).toEqual({
      bucket: 'parcours-docs', endpoint: 'https://s3.fr-par.scw.cloud', region: 'fr-par',
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' }, forcePathStyle: false,
    });
    // No keys: the SDK's own chain (environment, instance role); path-style by default.
    expect(loadConfig({ FILES_S3_BUCKET: 'b' }).files.s3).toMatchObject({ credentials: undefined, forcePathStyle: true, region: 'us-east-1' });
  });

  it('refuse half an S3 configuration', () => {
    expect(() => loadConfig({ FILES_S3_BUCKET: 'b', FILES_S3_ACCESS_KEY_ID: 'AK' })).toThrow('FILES_S3_SECRET_ACCESS_KEY');
    expect(() => loadConfig({ FILES_S3_ENDPOINT: 'http://minio:9000' })).toThrow('FILES_S3_BUCKET est requis');
    expect(() => loadConfig({ FILES_S3_BUCKET: 'b', FILES_S3_ENDPOINT: 'pas une url' })).toThrow('FILES_S3_ENDPOINT');
  });
});

describe('the SMS settings', () => {
  it('keep SMS in the outbox unless Brevo is chosen', () => {
    expect(loadConfig({}).messaging.brevo).toBeUndefined();
    expect(loadConfig({ SMS_PROVIDER: 'brevo', SMS_BREVO_API_KEY: 'xkeysib-1' }).messaging.brevo).toEqual({
      apiKey: 'xkeysib-1', sender: 'Parcours', baseUrl: 'https://api.brevo.com',
    });
    expect(loadConfig({ SMS_PROVIDER: 'brevo', SMS_BREVO_API_KEY: 'k', SMS_SENDER: 'Vaucluse84' }).messaging.brevo?.sender).toBe('Vaucluse84');
  });

  it('refuse Brevo without its key, and a sender operators would reject', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'brevo' })).toThrow('SMS_BREVO_API_KEY est requis');
    expect(() => loadConfig({ SMS_SENDER: 'Département 84' })).toThrow('SMS_SENDER');
  });
});
