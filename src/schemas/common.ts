import { z } from 'astro/zod';
import { BOND_IDS } from './bonds.ts';

export { BOND_IDS, BOND_LABELS, BOND_SUMMARIES } from './bonds.ts';
export type { Bond } from './bonds.ts';

/** A content id: lower-case words joined by hyphens, as used in file names and URLs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "how-systems-talk"');

/** One of the five common bonds. */
export const BondSchema = z.enum(BOND_IDS);

/** A list of bonds without repeats. */
export const BondsSchema = z
  .array(BondSchema)
  .min(1, 'must name at least one common bond')
  .refine((bonds) => new Set(bonds).size === bonds.length, 'must not repeat a bond');

/** Plain text with a length bound, trimmed. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
