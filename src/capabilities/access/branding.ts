import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { Branding } from '../../shared/contracts/auth.js';
import { departments } from '../organisations/schema.js';
import { readSettings } from '../organisations/settings-queries.js';
import { defaultLogo } from './logo.js';

/**
 * The département's identity (name, colours, logo). Before login there is no user, so the
 * installation's default département (DEFAULT_DEPARTMENT_CODE) dresses the login page.
 */
export async function brandingFor(
  tx: Executor,
  where: { departmentId: string } | { code: string },
): Promise<{ branding: Branding; logoSvg: string } | null> {
  const [dept] = await tx
    .select()
    .from(departments)
    .where('departmentId' in where ? eq(departments.id, where.departmentId) : eq(departments.code, where.code));
  if (!dept) return null;
  const { values } = await readSettings(tx, dept.id);
  return {
    branding: {
      departmentName: dept.name,
      brandName: values.brandName,
      primaryColor: values.primaryColor,
      primaryContrastColor: values.primaryContrastColor,
      accentColor: values.accentColor,
      logoUrl: `/api/branding/logo.svg?d=${dept.code}`,
    },
    logoSvg: values.logoSvg ?? defaultLogo(dept.code, values.primaryColor, values.primaryContrastColor),
  };
}
