import { z } from 'zod';
import { IsoDate } from './common.js';

/** The period of a justification pack: both days included, the start before the end. */
export const ProofPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { message: 'La fin de la période doit suivre son début', path: ['to'] });
export type ProofPeriod = z.infer<typeof ProofPeriod>;
