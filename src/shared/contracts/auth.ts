import { z } from 'zod';
import { LOCALES, ROLES } from '../roles.js';

export const LoginInput = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(512),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  departmentId: z.uuid(),
  departmentName: z.string(),
  providerId: z.uuid().nullable(),
  providerName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionInfo = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const LocaleInput = z.object({ locale: z.enum(LOCALES) });

export const Branding = z.object({
  departmentName: z.string(),
  brandName: z.string(),
  primaryColor: z.string(),
  primaryContrastColor: z.string(),
  accentColor: z.string(),
  logoUrl: z.string(),
});
export type Branding = z.infer<typeof Branding>;

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });
