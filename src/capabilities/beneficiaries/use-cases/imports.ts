import { createHash } from 'node:crypto';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { inScope } from '../../../platform/policy/scope.js';
import { Id } from '../../../shared/contracts/common.js';
import type { ImportReport } from '../../../shared/contracts/imports.js';
import { communes } from '../../organisations/schema.js';
import { imports } from '../schema.js';
import { ColumnMapping } from '../import/columns.js';
import { communeIndex } from '../import/communes.js';
import { CandidateIndex, normaliseCafNumber, planImport, type Fate } from '../import/plan.js';
import { readImportFile, type ReadFile } from '../import/read-file.js';
import { applyFates, loadCandidates, reportLines } from '../import/write.js';

function parseMapping(raw: string | undefined): ColumnMapping | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = null;
  }
  const parsed = ColumnMapping.safeParse(value);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'La correspondance des colonnes est illisible.');
  return parsed.data;
}

async function plan(ctx: UseCaseContext, file: ReadFile): Promise<Fate[]> {
  const places = await ctx.tx.select().from(communes).where(eq(communes.departmentId, ctx.actor.departmentId));
  const candidates = await loadCandidates(ctx, {
    cafNumbers: file.records.flatMap((r) => (r.cafNumber ? [r.cafNumber, normaliseCafNumber(r.cafNumber)!] : [])),
    franceTravailIds: file.records.flatMap((r) => (r.franceTravailId ? [r.franceTravailId] : [])),
    birthDates: file.records.map((r) => r.birthDate),
  });
  return planImport(file.records, file.rejections, new CandidateIndex(candidates), communeIndex(places));
}

function counts(fates: Fate[], file: ReadFile) {
  const n = (fate: Fate['fate']) => fates.filter((f) => f.fate === fate).length;
  return { total: file.totalLines, create: n('create'), update: n('update'), unchanged: n('unchanged'), rejected: n('rejected'), skipped: file.skipped };
}

function report(id: string | null, status: ImportReport['status'], fileName: string, file: ReadFile, fates: Fate[]): ImportReport {
  return {
    id, status, kind: file.kind, fileName, headers: file.headers, mapping: file.mapping, unknownColumns: file.unknownColumns,
    missingFields: file.missingFields, counts: counts(fates, file), lines: reportLines(fates), warnings: file.warnings,
  };
}

/**
 * The dry run: parse, match, and show each line's fate before anything is written. The parsed
 * file is kept (in the database, so any instance can apply it) until it is applied.
 */
export const dryRunImport = defineUseCase({
  name: 'beneficiaries.importDryRun',
  kind: 'command',
  permission: 'beneficiary:import',
  input: z.object({
    fileName: z.string().trim().min(1, 'Indiquez le nom du fichier.').max(255),
    content: z.instanceof(Buffer, { message: 'Envoyez le fichier tel quel (application/octet-stream).' }),
    /** The user's column mapping, as JSON in the query string. */
    mapping: z.string().max(20_000).optional(),
  }),
  async run(ctx, input) {
    if (input.content.length === 0) throw new AppError('VALIDATION_FAILED', 'Le fichier est vide.');
    const mapping = parseMapping(input.mapping);
    const file = await readImportFile(input.content, input.fileName, mapping);
    if (file.missingFields.length) {
      await ctx.audit({ action: 'import.needs_mapping', entityType: 'import', details: { fileName: input.fileName } });
      return report(null, 'needs_mapping', input.fileName, file, []);
    }
    const fates = await plan(ctx, file);
    const result = report(null, 'dry_run', input.fileName, file, fates);
    const [row] = await ctx.tx.insert(imports).values({
      departmentId: ctx.actor.departmentId, kind: file.kind, fileName: input.fileName, status: 'dry_run', mapping: mapping ?? null,
      fileSha256: createHash('sha256').update(input.content).digest('hex'), counts: result.counts, report: result.lines, content: Buffer.from(JSON.stringify(file)),
      createdBy: ctx.actor.userId,
    }).returning({ id: imports.id });
    await ctx.audit({ action: 'import.dry_run', entityType: 'import', entityId: row!.id, details: result.counts });
    return { ...result, id: row!.id };
  },
});

/**
 * Applies a dry-run import in one transaction: all of it or nothing. The file is matched again
 * (the data may have changed since the dry run), so applying the same file twice changes nothing.
 */
export const applyImport = defineUseCase({
  name: 'beneficiaries.importApply',
  kind: 'command',
  permission: 'beneficiary:import',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const [row] = await ctx.tx.select().from(imports).where(inScope(ctx.actor, imports, eq(imports.id, id))).for('update');
    if (!row) throw notFound('Import introuvable.');
    if (row.status !== 'dry_run' || !row.content) throw new AppError('CONFLICT', 'Cet import a déjà été appliqué.');
    // The file as the dry run read it: parsing a large flux again would double the wait.
    const file = JSON.parse(Buffer.from(row.content).toString('utf8')) as ReadFile;
    const fates = await plan(ctx, file);
    await applyFates(ctx, fates, file.kind === 'caf_flux' ? 'caf_flux' : 'import', id);
    const result = report(id, 'applied', row.fileName, file, fates);
    await ctx.tx.update(imports).set({ status: 'applied', appliedAt: new Date(), counts: result.counts, report: result.lines, content: null })
      .where(and(eq(imports.departmentId, ctx.actor.departmentId), eq(imports.id, id)));
    await ctx.audit({ action: 'import.apply', entityType: 'import', entityId: id, details: result.counts });
    return result;
  },
});

export const listImports = defineUseCase({
  name: 'beneficiaries.listImports',
  kind: 'query',
  permission: 'beneficiary:import',
  input: z.object({}),
  async run({ tx, actor }) {
    const rows = await tx
      .select({ id: imports.id, kind: imports.kind, fileName: imports.fileName, status: imports.status, counts: imports.counts, createdAt: imports.createdAt, appliedAt: imports.appliedAt })
      .from(imports).where(inScope(actor, imports)).orderBy(desc(imports.createdAt)).limit(100);
    return rows.map((r) => ({ ...r, counts: r.counts as ImportReport['counts'], createdAt: r.createdAt.toISOString(), appliedAt: r.appliedAt?.toISOString() ?? null }));
  },
});
