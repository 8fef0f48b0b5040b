import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { BLOB_KEY, BlobNotFoundError, checkBlobKey, localBlobStore, newBlobKey, type BlobStore } from './blobs.js';

export interface S3Settings {
  bucket: string;
  /** Unset: AWS itself; set for any S3-compatible store (MinIO, Garage, Ceph, Scaleway, OVHcloud…). */
  endpoint?: string | undefined;
  region: string;
  /** Unset: the SDK's default chain (AWS_ACCESS_KEY_ID…, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** `https://host/bucket/key` rather than `https://bucket.host/key`: what most self-hosted stores want. */
  forcePathStyle: boolean;
}

/**
 * The blob store on any S3-compatible service, one object per key in one bucket. Objects are only
 * ever read through their key, so the bucket stays private (no public ACL, no presigned URL): the
 * application serves the bytes itself, after its authorisation check.
 */
export function s3BlobStore(settings: S3Settings): BlobStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
    // The SDK's newer default checksums are not understood by every S3-compatible store; S3 still
    // checks the MD5 of what it receives (its ETag).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    async put(departmentId, content) {
      const key = newBlobKey(departmentId);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: content, ContentLength: content.length }));
      return key;
    },
    async open(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: checkBlobKey(key) }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey) throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkBlobKey(key) }));
    },
    async *list() {
      for await (const page of paginateListObjectsV2({ client }, { Bucket })) {
        for (const object of page.Contents ?? []) {
          // A shared bucket may hold other things: only keys of our shape are ever listed.
          if (object.Key && object.LastModified && BLOB_KEY.test(object.Key)) {
            yield { key: object.Key, storedAt: object.LastModified };
          }
        }
      }
    },
  };
}

/** The store the configuration names: the S3 bucket when one is set, else the local folder. */
export function configuredBlobStore(files: { dir: string; s3?: S3Settings | undefined }): BlobStore {
  return files.s3 ? s3BlobStore(files.s3) : localBlobStore(files.dir);
}
