import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { handOut } from '../../../platform/files/hand-out.js';
import { readDocument, storeDocument } from '../../../platform/files/store.js';
import { Id } from '../../../shared/contracts/common.js';
import { contracts } from '../schema.js';
import { findContract, recordContractEvent } from '../store.js';
import { allowedActions } from '../lifecycle.js';

/** The signed paper contract, scanned: attached before the contract leaves the PIP. */
export const attachSignedScan = defineUseCase({
  name: 'contract.attachScan',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, fileName: z.string().trim().min(1).max(200).default('contrat-signe.pdf'), content: z.instanceof(Buffer) }),
  async run(ctx, { id, fileName, content }) {
    const row = await findContract(ctx, id, true);
    if (!allowedActions(ctx.actor.role, row.status, false).includes('attachScan')) {
      throw new AppError('CONFLICT', 'Le scan ne peut plus être remplacé une fois le contrat validé.');
    }
    const fileId = await storeDocument(ctx.tx, row.departmentId, ctx.actor.userId, fileName, content);
    await ctx.tx
      .update(contracts)
      .set({ scanFileId: fileId, version: sql`${contracts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, id)));
    await recordContractEvent(ctx.tx, row, 'scan_attached', ctx.actor.userId);
    await ctx.audit({ action: 'contract.attachScan', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId, fileId } });
    return { id, version: row.version + 1 };
  },
});

export const readSignedScan = defineUseCase({
  name: 'contract.readScan',
  kind: 'query',
  permission: 'contract:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findContract(ctx, id);
    const file = row.scanFileId ? await readDocument(ctx.tx, row.departmentId, row.scanFileId) : null;
    return handOut(ctx, file, 'Aucun scan n’est joint à ce contrat.', { action: 'contract.readScan', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
  },
});
