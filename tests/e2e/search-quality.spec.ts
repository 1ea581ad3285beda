import { expect, test } from '@playwright/test';

// Questions as learners ask them (in a meeting, on a phone), not lesson titles. Each must find the
// lesson that answers it among Pagefind's top 3 results on the built site's own index.
// Where two lessons answer a question equally, either counts.
const QUESTIONS: [question: string, lesson: string | string[]][] = [
  ['what is middleware', '/modules/how-systems-talk/integrations-and-middleware/'],
  [
    'how do I count sign-ups by channel',
    ['/modules/sql-for-marketers/group-by-and-aggregates/', '/modules/how-systems-talk/urls-and-json/'],
  ],
  ['how many visitors do I need for an A/B test', '/modules/experimentation/sample-size/'],
  ['is the difference between the two versions significant', '/modules/statistics-in-code/significance/'],
  ['what is share of voice', '/modules/social-listening/share-of-voice/'],
  ['why does the API keep answering 429', '/modules/data-apis/pagination-and-rate-limits/'],
  ['how do I work out return on ad spend', '/modules/marketing-measurement/roi-and-roas/'],
  ['how do I join customers to their orders', '/modules/sql-for-marketers/joins/'],
  // The Found elective's status-code lesson answers it too (for a site owner rather than a first-week learner).
  [
    'what does a 404 error mean',
    ['/modules/how-systems-talk/how-the-web-works/', '/modules/how-search-engines-read-a-site/status-codes-redirects-and-canonicals/'],
  ],
  ['how do I put UTM tags on a link', ['/modules/how-systems-talk/urls-and-json/', '/modules/marketing-communications/channel-mix/']],
  ['how many questions should my survey have', '/modules/market-research/surveys-that-work/'],
  ['how big is the market for my product', '/modules/market-research/market-sizing-and-competitors/'],
  ['is a countdown timer a dark pattern', '/modules/consumer-psychology/ethics-and-dark-patterns/'],
  ['why should a sign-up form only ask for three things', '/modules/html-css-accessible-ux/the-three-field-form/'],
  ['should we build an app or a website', '/modules/web-and-mobile-experiences/native-app-or-pwa/'],
  ['why is our landing page slow on phones', '/modules/web-and-mobile-experiences/performance/'],
  [
    'what happens if the same webhook arrives twice',
    ['/modules/integration-automation/idempotency-and-retries/', '/modules/integration-automation/events-and-webhooks/'],
  ],
  ['what is a headless CMS', '/modules/content-management-systems/cms-architectures/'],
  ['who should pay for the marketing tools', '/modules/martech-strategy/who-owns-the-budget/'],
  ['should we build our own tool or buy one', '/modules/architecture-vendor-evaluation/build-or-buy/'],
  ['do I need consent before sending marketing emails', '/modules/security-privacy-engineering/consent-and-law/'],
  ['who should have the password to our Instagram account', '/modules/governance-risk/social-account-access/'],
  ['how do I turn on a feature for only some users', '/modules/software-delivery/feature-flags/'],
  ['what does version 2.1.0 mean', '/modules/software-delivery/semantic-versioning-and-release-notes/'],
  ['how do we keep customers from leaving', '/modules/crm-lifecycle/retention-and-churn/'],
  ['what is the difference between paid owned and earned media', '/modules/marketing-communications/owned-earned-paid/'],
  // The electives.
  [
    'why do our marketing emails go to spam',
    ['/modules/email-infrastructure/spf-dkim-and-dmarc/', '/modules/email-infrastructure/reputation-and-bulk-sender-rules/'],
  ],
  [
    'what is a customer data platform',
    ['/modules/customer-data-strategy/cdp-warehouse-and-composable/', '/modules/customer-data-strategy/one-customer-many-records/'],
  ],
  ['how do I stop Google crawling a page', '/modules/how-search-engines-read-a-site/crawling-robots-and-sitemaps/'],
  ['how should we hash customer emails for Meta', '/modules/measuring-media-in-code/hashing-identifiers/'],
  [
    'can we trust what the AI writes',
    ['/modules/ai-in-marketing/what-language-models-do/', '/modules/ai-in-marketing/generative-content-with-review/'],
  ],
  ['what is prompt injection', '/modules/building-with-language-models/evaluating-and-guarding/'],
];

// Through the search page, as a learner uses it: the panel turns the question into search terms.
test('every learner question finds the lesson that answers it in the top 3 results', async ({ page }) => {
  expect(QUESTIONS.length).toBeGreaterThanOrEqual(15);
  await page.goto('/search/');
  const box = page.getByRole('searchbox');
  const status = page.getByRole('status');
  const misses: string[] = [];
  for (const [question, lesson] of QUESTIONS) {
    await box.fill(question);
    await expect(status).toContainText(`for “${question}”`);
    const top = await page
      .getByRole('list', { name: 'Search results' })
      .locator(':scope > li > a.hit-title')
      .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (![lesson].flat().some((l) => top.includes(l)))
      misses.push(`“${question}” should find ${[lesson].flat().join(' or ')}; the top 3 are ${top.join(', ') || 'empty'}`);
  }
  expect(misses).toEqual([]);
});
