import { z } from 'zod';

export const REFERENCE_LIST_NAMES = ['themes', 'situations', 'objectives', 'actions'] as const;
export const ReferenceListName = z.enum(REFERENCE_LIST_NAMES);

export const ReferenceItem = z.object({
  id: z.uuid(),
  list: ReferenceListName,
  theme: z.string(),
  label: z.string(),
  position: z.number().int(),
  active: z.boolean(),
});
export type ReferenceItem = z.infer<typeof ReferenceItem>;

export const ReferenceItemInput = z.object({
  theme: z.string().trim().regex(/^[a-z_]{2,60}$/, 'Thème : lettres minuscules et _'),
  label: z.string().trim().min(1).max(300),
});
export const ReferenceItemUpdate = z.object({
  label: z.string().trim().min(1).max(300).optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const RomeJob = z.object({ romeCode: z.string(), label: z.string() });
export const RomeQuery = z.object({ q: z.string().trim().min(2, 'Deux caractères au moins').max(80) });
