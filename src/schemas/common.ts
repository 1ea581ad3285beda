import { z } from 'astro/zod';

/** A content id: lower-case words joined by hyphens, as used in file names and URLs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "how-systems-talk"');

/** The five common bonds of the CMO and CTO roles (seed 000), as ids. */
export const BOND_IDS = ['product-experiences', 'market-research', 'sales', 'analytics', 'grc'] as const;

/** Human names of the bonds, for pages. */
export const BOND_LABELS: Record<Bond, string> = {
  'product-experiences': 'Product experiences',
  'market-research': 'Market research',
  sales: 'Sales and converting customers',
  analytics: 'Analytics',
  grc: 'Governance, risk and compliance',
};

/** One of the five common bonds. */
export const BondSchema = z.enum(BOND_IDS);
export type Bond = z.output<typeof BondSchema>;

/** A list of bonds without repeats. */
export const BondsSchema = z
  .array(BondSchema)
  .min(1, 'must name at least one common bond')
  .refine((bonds) => new Set(bonds).size === bonds.length, 'must not repeat a bond');

/** Plain text with a length bound, trimmed. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
