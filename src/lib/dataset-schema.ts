// The sample marketing dataset's tables and columns: one description read by the generator
// (scripts/dataset/generate.ts, CREATE TABLE) and by the /dataset/ page (the documentation), so the two
// cannot drift apart.

export interface Column {
  name: string;
  type: 'INTEGER' | 'TEXT' | 'REAL';
  /** What the column holds, for the dataset page. */
  doc: string;
  /** "table.column" this column points to. */
  references?: string;
  primaryKey?: boolean;
  /** Whether NULL occurs. */
  nullable?: boolean;
}

export interface Table {
  name: string;
  /** One sentence: what a row is. */
  doc: string;
  columns: Column[];
  /** Known dirt in this table, for the cleaning lessons (also on the dataset page). */
  dirt?: string[];
}

/** The fictional company the data describes. */
export const COMPANY = 'Harbour Coffee Co.';

/** File names under public/data/ (the site serves them at /data/…). */
export const DATABASE_FILE = 'harbour-coffee.sqlite';

/** Marketing channels, social ones first. Sessions, customers and campaigns name them (sometimes in messy casing). */
export const CHANNELS = [
  { channel: 'instagram', group: 'social', paid: 0 },
  { channel: 'tiktok', group: 'social', paid: 0 },
  { channel: 'facebook', group: 'social', paid: 0 },
  { channel: 'linkedin', group: 'social', paid: 0 },
  { channel: 'pinterest', group: 'social', paid: 0 },
  { channel: 'paid_social', group: 'social', paid: 1 },
  { channel: 'organic_search', group: 'search', paid: 0 },
  { channel: 'paid_search', group: 'search', paid: 1 },
  { channel: 'email', group: 'email', paid: 0 },
  { channel: 'referral', group: 'referral', paid: 0 },
  { channel: 'direct', group: 'direct', paid: 0 },
] as const;

export type Channel = (typeof CHANNELS)[number]['channel'];

/**
 * The true model behind media_weeks and geo_weeks, for lessons that fit it: weekly revenue = base +
 * seasonal · sin(2π(week − 39) / 52) + Σ beta · a / (a + halfSaturation), where a is the channel's adstock (this week's spend
 * plus decay × last week's adstock), plus holiday in the last six weeks of each year, plus normal noise; regions in the test gain geoLift (a share of
 * revenue) during the eight test weeks.
 */
export const MEDIA_TRUTH = {
  base: 20000,
  seasonal: 1500,
  holiday: 3000,
  noise: 600,
  channels: {
    search: { beta: 9000, decay: 0.2, halfSaturation: 4000 },
    social: { beta: 5000, decay: 0.4, halfSaturation: 3000 },
    video: { beta: 7000, decay: 0.7, halfSaturation: 8000 },
  },
  geoLift: 0.06,
} as const;

export const TABLES: Table[] = [
  {
    name: 'channels',
    doc: 'One row per marketing channel, with the group it belongs to. Join on it to ask about "social" as a whole.',
    columns: [
      { name: 'channel', type: 'TEXT', primaryKey: true, doc: 'Channel name in lower case, e.g. "instagram", "paid_search".' },
      { name: 'channel_group', type: 'TEXT', doc: 'One of social, search, email, referral, direct.' },
      { name: 'is_paid', type: 'INTEGER', doc: '1 when the company pays per click or impression, 0 otherwise.' },
    ],
  },
  {
    name: 'campaigns',
    doc: 'One row per marketing campaign in 2025.',
    columns: [
      { name: 'campaign_id', type: 'TEXT', primaryKey: true, doc: 'Short code, e.g. "C07".' },
      { name: 'name', type: 'TEXT', doc: 'The campaign name the team used.' },
      { name: 'channel', type: 'TEXT', references: 'channels.channel', doc: 'The channel it ran on.' },
      { name: 'starts_on', type: 'TEXT', doc: 'First day, as YYYY-MM-DD.' },
      { name: 'ends_on', type: 'TEXT', doc: 'Last day, as YYYY-MM-DD.' },
      { name: 'budget_usd', type: 'REAL', doc: 'Planned spend in US dollars.' },
    ],
  },
  {
    name: 'customers',
    doc: 'One row per account created on the shop (a sign-up).',
    columns: [
      { name: 'customer_id', type: 'INTEGER', primaryKey: true, doc: 'Number given at sign-up.' },
      { name: 'email', type: 'TEXT', doc: 'Email address (all at example.com, .net or .org, which are reserved for examples).' },
      { name: 'first_name', type: 'TEXT', doc: 'First name as typed.' },
      { name: 'country', type: 'TEXT', nullable: true, doc: 'Two-letter country code; NULL when the customer skipped it.' },
      { name: 'signed_up_at', type: 'TEXT', doc: 'Date and time of sign-up, as YYYY-MM-DD HH:MM:SS (UTC).' },
      {
        name: 'acquisition_channel',
        type: 'TEXT',
        doc: 'Channel of the session in which the customer signed up, as the tracking recorded it.',
      },
    ],
    dirt: [
      'About 1 customer in 60 appears twice: the same email typed with different capital letters, under two customer_id values.',
      'country is NULL for about 1 customer in 20.',
      'A handful of signed_up_at values are impossible dates such as 2025-02-30 or 2025-04-31. SQLite’s date() quietly rolls them over (2025-02-30 becomes 2025-03-02); find them with date(signed_up_at) <> substr(signed_up_at, 1, 10).',
      'acquisition_channel is sometimes in other casing or has a trailing space ("Instagram", "TIKTOK ").',
    ],
  },
  {
    name: 'sessions',
    doc: 'One row per visit to the shop: where the visitor came from and on what device.',
    columns: [
      { name: 'session_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the visit.' },
      {
        name: 'customer_id',
        type: 'INTEGER',
        nullable: true,
        references: 'customers.customer_id',
        doc: 'The customer, once known: set on the visit where they signed up; NULL for visits that never signed up.',
      },
      { name: 'started_at', type: 'TEXT', doc: 'Start of the visit, as YYYY-MM-DD HH:MM:SS (UTC).' },
      {
        name: 'channel',
        type: 'TEXT',
        references: 'channels.channel',
        doc: 'Channel the visit came from, from the link’s UTM tags or the referrer.',
      },
      {
        name: 'campaign_id',
        type: 'TEXT',
        nullable: true,
        references: 'campaigns.campaign_id',
        doc: 'The campaign whose link was followed; NULL when none.',
      },
      { name: 'device', type: 'TEXT', doc: 'mobile, desktop or tablet.' },
      { name: 'landing_page', type: 'TEXT', doc: 'Path of the first page seen, e.g. "/subscribe".' },
    ],
    dirt: [
      'channel is not always lower case: about 1 visit in 25 says "Instagram", "INSTAGRAM" or "instagram " (trailing space). Clean it with lower(trim(channel)) before grouping or joining to channels.',
      'A few started_at values are in 2031: a device with a wrong clock.',
    ],
  },
  {
    name: 'funnel_events',
    doc: 'One row per funnel step a visit reached: every visit has a "visit" row; some go on to sign-up, trial and purchase.',
    columns: [
      { name: 'event_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the event.' },
      { name: 'session_id', type: 'INTEGER', references: 'sessions.session_id', doc: 'The visit the step belongs to.' },
      {
        name: 'customer_id',
        type: 'INTEGER',
        nullable: true,
        references: 'customers.customer_id',
        doc: 'The customer; NULL on a "visit" row of someone who never signed up.',
      },
      { name: 'step', type: 'TEXT', doc: 'visit, signup, trial or purchase, in that order.' },
      { name: 'occurred_at', type: 'TEXT', doc: 'When the step happened, as YYYY-MM-DD HH:MM:SS (UTC).' },
    ],
  },
  {
    name: 'orders',
    doc: 'One row per order: the first purchase at the end of the funnel, and repeat orders after it.',
    columns: [
      { name: 'order_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the order.' },
      { name: 'customer_id', type: 'INTEGER', references: 'customers.customer_id', doc: 'Who ordered.' },
      { name: 'ordered_at', type: 'TEXT', doc: 'When, as YYYY-MM-DD HH:MM:SS (UTC).' },
      { name: 'product', type: 'TEXT', doc: 'What was bought: a subscription plan or a one-off bag.' },
      { name: 'amount_usd', type: 'REAL', nullable: true, doc: 'Amount paid in US dollars; NULL where the payment system lost it.' },
      { name: 'status', type: 'TEXT', doc: 'paid or refunded.' },
    ],
    dirt: ['amount_usd is NULL on a few orders.', 'A few orders are dated before the customer signed up (an import from the old shop).'],
  },
  {
    name: 'email_sends',
    doc: 'One row per marketing email sent to a customer, and whether it was opened and clicked.',
    columns: [
      { name: 'send_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the send.' },
      { name: 'customer_id', type: 'INTEGER', references: 'customers.customer_id', doc: 'The recipient.' },
      { name: 'campaign_id', type: 'TEXT', references: 'campaigns.campaign_id', doc: 'The email campaign.' },
      { name: 'sent_at', type: 'TEXT', doc: 'When it was sent, as YYYY-MM-DD HH:MM:SS (UTC).' },
      { name: 'opened_at', type: 'TEXT', nullable: true, doc: 'First open; NULL when not opened (or when the mail app blocked tracking).' },
      { name: 'clicked_at', type: 'TEXT', nullable: true, doc: 'First click on a link; NULL when there was none.' },
    ],
  },
  {
    name: 'social_posts',
    doc: 'One row per post the company published on a social platform.',
    columns: [
      { name: 'post_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the post.' },
      { name: 'platform', type: 'TEXT', references: 'channels.channel', doc: 'instagram, tiktok, facebook, linkedin or pinterest.' },
      { name: 'posted_at', type: 'TEXT', doc: 'When it was published, as YYYY-MM-DD HH:MM:SS (UTC).' },
      { name: 'format', type: 'TEXT', doc: 'image, video, carousel or text.' },
      { name: 'campaign_id', type: 'TEXT', nullable: true, references: 'campaigns.campaign_id', doc: 'Campaign it belonged to, if any.' },
      { name: 'impressions', type: 'INTEGER', doc: 'Times it was shown, as the platform reported.' },
      { name: 'clicks', type: 'INTEGER', doc: 'Clicks on its link to the shop.' },
    ],
  },
  {
    name: 'social_mentions',
    doc: 'One row per public post by someone else that mentioned the brand, with a sentiment label from a listening tool.',
    columns: [
      { name: 'mention_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the mention.' },
      { name: 'platform', type: 'TEXT', references: 'channels.channel', doc: 'Where it was posted.' },
      { name: 'mentioned_at', type: 'TEXT', doc: 'When, as YYYY-MM-DD HH:MM:SS (UTC).' },
      { name: 'topic', type: 'TEXT', doc: 'What it was about: taste, delivery, price, packaging or service.' },
      { name: 'sentiment', type: 'TEXT', doc: 'positive, neutral or negative.' },
      { name: 'reach', type: 'INTEGER', doc: 'Followers of the account that posted it.' },
    ],
  },
  {
    name: 'mention_labels',
    doc: 'A sample of mentions (every fifth) that a person read and labelled, to check the listening tool’s sentiment labels against.',
    columns: [
      {
        name: 'mention_id',
        type: 'INTEGER',
        primaryKey: true,
        references: 'social_mentions.mention_id',
        doc: 'The mention that was read.',
      },
      { name: 'human_sentiment', type: 'TEXT', doc: 'What the person judged it: positive, neutral or negative.' },
    ],
  },
  {
    name: 'identity_events',
    doc: 'The same people seen by different systems, for identity resolution: anonymous page views (a device cookie), newsletter sign-ups (an email as typed), logins (a customer on a device) and checkouts (a customer, a device and an email as typed). Emails come in other casing and with stray spaces; some devices are shared by two customers; some customers changed email; some devices never identify.',
    columns: [
      { name: 'event_id', type: 'INTEGER', primaryKey: true, doc: 'Number of the event, in time order.' },
      { name: 'seen_at', type: 'TEXT', doc: 'When, as YYYY-MM-DD HH:MM:SS (UTC).' },
      { name: 'source', type: 'TEXT', doc: 'web (an anonymous page view), newsletter (the sign-up form), login or checkout.' },
      { name: 'anonymous_id', type: 'TEXT', nullable: true, doc: 'The browser’s cookie id (one per device), NULL when absent.' },
      { name: 'email', type: 'TEXT', nullable: true, doc: 'The email as typed into a form, NULL when none was given.' },
      {
        name: 'customer_id',
        type: 'INTEGER',
        nullable: true,
        references: 'customers.customer_id',
        doc: 'The logged-in or checking-out customer, NULL when anonymous.',
      },
    ],
  },
  {
    name: 'media_weeks',
    doc: `Weekly paid media spend and total revenue, 2024–2025 (104 weeks from Monday 1 January 2024), made from a known model so a fitted mix model can be checked: revenue = ${MEDIA_TRUTH.base} + ${MEDIA_TRUTH.seasonal} × sin(2π(week − 39)/52) + ${MEDIA_TRUTH.holiday} in the last six weeks of each year + Σ beta × a/(a + half-saturation) + noise (sd ${MEDIA_TRUTH.noise}), where a channel’s adstock a is its spend plus decay × last week’s a. Search: beta ${MEDIA_TRUTH.channels.search.beta}, decay ${MEDIA_TRUTH.channels.search.decay}, half-saturation ${MEDIA_TRUTH.channels.search.halfSaturation}; social: ${MEDIA_TRUTH.channels.social.beta}, ${MEDIA_TRUTH.channels.social.decay}, ${MEDIA_TRUTH.channels.social.halfSaturation}; video: ${MEDIA_TRUTH.channels.video.beta}, ${MEDIA_TRUTH.channels.video.decay}, ${MEDIA_TRUTH.channels.video.halfSaturation}.`,
    columns: [
      { name: 'week_start', type: 'TEXT', primaryKey: true, doc: 'Monday of the week, YYYY-MM-DD.' },
      { name: 'search_spend', type: 'REAL', doc: 'Paid search spend that week, in dollars.' },
      { name: 'social_spend', type: 'REAL', doc: 'Paid social spend that week, in dollars.' },
      { name: 'video_spend', type: 'REAL', doc: 'Online video spend that week, in dollars.' },
      { name: 'revenue', type: 'REAL', doc: 'Revenue that week from every channel, in dollars.' },
    ],
  },
  {
    name: 'geo_weeks',
    doc: `A regional test: eight regions over 24 weeks (from 2025-04-21); four of them got extra video spend during the eight test weeks (from 2025-07-14), which raised their revenue by ${MEDIA_TRUTH.geoLift * 100} % (the true lift, for checking an analysis).`,
    columns: [
      { name: 'region', type: 'TEXT', doc: 'The region.' },
      { name: 'week_start', type: 'TEXT', doc: 'Monday of the week, YYYY-MM-DD.' },
      { name: 'in_test', type: 'INTEGER', doc: '1 for the regions that got the extra spend, 0 for the comparison regions.' },
      { name: 'test_period', type: 'INTEGER', doc: '1 during the eight test weeks, 0 before and after.' },
      { name: 'revenue', type: 'REAL', doc: 'The region’s revenue that week, in dollars.' },
    ],
  },
];

/** The CREATE TABLE statement for a table. */
export function createTableSql(table: Table): string {
  const cols = table.columns.map((c) => {
    const parts = [c.name, c.type];
    if (c.primaryKey) parts.push('PRIMARY KEY');
    else if (!c.nullable) parts.push('NOT NULL');
    return `  ${parts.join(' ')}`;
  });
  return `CREATE TABLE ${table.name} (\n${cols.join(',\n')}\n);`;
}

/** Relations between tables, as "from.column → to.column", for the diagram and its text alternative. */
export function relations(tables: Table[] = TABLES): { from: string; column: string; to: string; toColumn: string }[] {
  return tables.flatMap((t) =>
    t.columns.flatMap((c) => {
      if (!c.references) return [];
      const [to, toColumn] = c.references.split('.') as [string, string];
      return [{ from: t.name, column: c.name, to, toColumn }];
    }),
  );
}
