import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { PrintingDepartment } from '../../platform/pdf/document.js';
import { departments, providers } from './schema.js';
import { readSettings } from './settings-queries.js';

/** What every printed document's letterhead and footer need: the département's identity, the PIP, the FSE+ mention. */
export interface PrintingHeader {
  department: PrintingDepartment;
  fundingMention: boolean;
  provider: { name: string } | null;
  /** The département's settings, for documents that print one (the CE's weekly hours…). */
  settings: Awaited<ReturnType<typeof readSettings>>['values'];
}

export async function printingHeader(tx: Executor, departmentId: string, providerId: string | null): Promise<PrintingHeader> {
  const [department] = await tx.select().from(departments).where(eq(departments.id, departmentId));
  const [provider] = providerId
    ? await tx.select({ name: providers.name }).from(providers).where(and(eq(providers.departmentId, departmentId), eq(providers.id, providerId)))
    : [];
  const { values } = await readSettings(tx, departmentId);
  return {
    department: { name: department!.name, code: department!.code, brandName: values.brandName, primaryColor: values.primaryColor },
    fundingMention: values.fseFundingMention,
    provider: provider ?? null,
    settings: values,
  };
}
