import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import type { BlobStore } from '../../../platform/files/blobs.js';
import { handOut } from '../../../platform/files/hand-out.js';
import { checkDocument } from '../../../platform/files/store.js';
import { AID_DOCUMENT_KINDS } from '../../../shared/aids.js';
import { Id } from '../../../shared/contracts/common.js';
import { allowedAidActions } from '../lifecycle.js';
import { aidDocuments } from '../schema.js';
import { findRequest } from '../store.js';

/**
 * The documents of a request (estimate, invoice, job offer, training registration). Their bytes go
 * to the blob store under a random key; their type is read from the bytes, whatever the name says.
 */
export function aidDocumentUseCases(blobs: BlobStore) {
  const attachDocument = defineUseCase({
    name: 'aid.document.attach',
    kind: 'command',
    permission: 'aid:request',
    input: z.object({ id: Id, kind: z.enum(AID_DOCUMENT_KINDS), fileName: z.string().trim().min(1).max(200).default('document.pdf'), content: z.instanceof(Buffer) }),
    async run(ctx, { id, kind, fileName, content }) {
      const row = await findRequest(ctx, id, true);
      const allowed = allowedAidActions(ctx.actor.role, row.status);
      if (!allowed.includes('attach') && !(kind === 'invoice' && allowed.includes('attachInvoice'))) {
        throw new AppError('CONFLICT', 'Ce document ne peut plus être joint à la demande dans son état actuel.');
      }
      const checked = checkDocument(content);
      const storageKey = await blobs.put(row.departmentId, content);
      try {
        const [doc] = await ctx.tx
          .insert(aidDocuments)
          .values({
            departmentId: row.departmentId, requestId: id, kind, name: fileName, mediaType: checked.mediaType, size: content.length,
            sha256: checked.sha256, storageKey, uploadedBy: ctx.actor.userId,
          })
          .returning({ id: aidDocuments.id });
        await ctx.audit({ action: 'aid.document.attach', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId, documentId: doc!.id, kind } });
        return { id: doc!.id };
      } catch (error) {
        await blobs.remove(storageKey);
        throw error;
      }
    },
  });

  /** Reached only through its request's scope: a document of another PIP is not found. Every opening is logged. */
  const openDocument = defineUseCase({
    name: 'aid.document.open',
    kind: 'query',
    permission: 'aid:read',
    input: z.object({ id: Id, documentId: Id }),
    async run(ctx, { id, documentId }) {
      const row = await findRequest(ctx, id);
      const [doc] = await ctx.tx
        .select()
        .from(aidDocuments)
        .where(and(eq(aidDocuments.departmentId, row.departmentId), eq(aidDocuments.requestId, id), eq(aidDocuments.id, documentId)));
      const file = doc && { name: doc.name, mediaType: doc.mediaType, size: doc.size, content: await blobs.open(doc.storageKey) };
      return handOut(ctx, file, 'Document introuvable.', { action: 'aid.document.open', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId, documentId } });
    },
  });

  return { attachDocument, openDocument };
}
