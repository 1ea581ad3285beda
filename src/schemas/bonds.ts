// The bonds as plain constants, without zod, so browser code (search filters) can import them.

/** The five common bonds of the CMO and CTO roles (seed 000), as ids. */
export const BOND_IDS = ['product-experiences', 'market-research', 'sales', 'analytics', 'grc'] as const;

/** One of the five common bonds. */
export type Bond = (typeof BOND_IDS)[number];

/** Human names of the bonds, for pages. */
export const BOND_LABELS: Record<Bond, string> = {
  'product-experiences': 'Product experiences',
  'market-research': 'Market research',
  sales: 'Sales and converting customers',
  analytics: 'Analytics',
  grc: 'Governance, risk and compliance',
};

/** What each bond means for the two professions, for the bond pages. */
export const BOND_SUMMARIES: Record<Bond, string> = {
  'product-experiences':
    'What customers touch: pages, forms, apps and messages. Marketing decides what the experience should promise and feel like; systems decide how it is built, how fast it loads and whether everyone can use it.',
  'market-research':
    'Knowing who buys and why. Marketing designs the questions, segments and personas; systems collect, clean and count the answers so the findings hold up.',
  sales:
    'Turning attention into customers: sign-ups, leads, purchases, renewals. Marketing shapes the offer and the path; systems carry each step from form to CRM without losing anyone on the way.',
  analytics:
    'Measuring what happened and what to do next. Marketing chooses the measures that matter; systems make sure the events, tags and queries behind them are complete and correct.',
  grc: 'Governance, risk and compliance: who may do what, what could go wrong, and what the law and the brand promise. Marketing owns the promises and approvals; systems enforce consent, access and security.',
};
