// The sample marketing dataset, generated from a seed: the same seed gives the same rows, the same
// SQLite bytes and the same CSVs (no Math.random, no clock). Tables and columns: src/lib/dataset-schema.ts.
//
// Shapes built in on purpose, so lessons have something to find:
// - seasonality: visits rise towards November and December, dip in July and August;
// - channel differences: each channel has its own odds at every funnel step (social visits sign up
//   less often and fall away more between trial and purchase; TikTok most of all);
// - dirt for cleaning lessons: messy channel casing, duplicate customers by email case, NULLs,
//   impossible dates (see the `dirt` notes in the schema).
import { CHANNELS, MEDIA_TRUTH, TABLES, createTableSql, type Channel } from '../../src/lib/dataset-schema.ts';

export const DEFAULT_SEED = 'converge-2025';

type Value = string | number | null;
export type Rows = Record<string, Value[][]>;

/** mulberry32 seeded by an FNV-1a hash of the seed string. */
export function rng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Odds of reaching each step from the one before: visit→signup, signup→trial, trial→purchase. */
const FUNNEL: Record<Channel, [number, number, number]> = {
  instagram: [0.07, 0.48, 0.3],
  tiktok: [0.05, 0.36, 0.18],
  facebook: [0.06, 0.5, 0.36],
  linkedin: [0.04, 0.56, 0.46],
  pinterest: [0.05, 0.45, 0.34],
  paid_social: [0.06, 0.42, 0.26],
  organic_search: [0.09, 0.55, 0.46],
  paid_search: [0.1, 0.52, 0.42],
  email: [0.12, 0.64, 0.55],
  referral: [0.11, 0.6, 0.5],
  direct: [0.09, 0.6, 0.52],
};

/** Share of visits by channel (weights). */
const CHANNEL_WEIGHT: Record<Channel, number> = {
  instagram: 14,
  tiktok: 10,
  facebook: 7,
  linkedin: 3,
  pinterest: 4,
  paid_social: 8,
  organic_search: 18,
  paid_search: 12,
  email: 9,
  referral: 5,
  direct: 10,
};

/** Relative visits per month, January to December. */
const MONTH_WEIGHT = [8, 7, 8, 8, 9, 8, 6, 6, 9, 10, 14, 17];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const FIRST_NAMES = `Ana Ben Chloe Dev Emeka Fatima Grace Hiro Ines Jamal Kofi Lena Mateo Nadia Omar Priya Quinn Rosa Sami Tara
Uma Victor Wen Ximena Yusuf Zoe Aisha Bruno Carmen Dmitri Elif Farid Gabriela Hannah Ivan Julia Kenji Leila Marco Noor Oscar
Paula Rafael Sofia Tomas Valentina William Yara Amara Chen`.split(/\s+/);
const COUNTRIES = ['US', 'US', 'US', 'GB', 'GB', 'CA', 'DE', 'FR', 'AU', 'IE', 'NL', 'MX', 'IN'];
const DOMAINS = ['example.com', 'example.net', 'example.org'];
const LANDING = ['/', '/subscribe', '/coffee/single-origin', '/coffee/decaf', '/gift', '/blog/brew-guide'];
const PRODUCTS: [string, number][] = [
  ['Monthly subscription', 24],
  ['Two-bag subscription', 42],
  ['Single-origin bag', 16.5],
  ['Gift box', 38],
];
const SOCIAL: Channel[] = ['instagram', 'tiktok', 'facebook', 'linkedin', 'pinterest'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A timestamp string from a day of 2025 (0-based) and seconds into that day. */
function stamp(day: number, seconds: number, year = 2025): string {
  const d = new Date(Date.UTC(year, 0, 1) + day * 86_400_000 + seconds * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Generates every table's rows, in the column order of the schema. */
export function generateDataset(seed = DEFAULT_SEED, visits = 12000): Rows {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let x = r() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((x -= w) < 0) return k;
    return entries[entries.length - 1]![0];
  };
  const randomDay = () => {
    let x = r() * MONTH_WEIGHT.reduce((a, b) => a + b, 0);
    let month = 0;
    while ((x -= MONTH_WEIGHT[month]!) >= 0) month++;
    const before = DAYS_IN_MONTH.slice(0, month).reduce((a, b) => a + b, 0);
    return before + Math.floor(r() * DAYS_IN_MONTH[month]!);
  };
  // Visits cluster in the day: mostly 7:00–23:00.
  const randomSeconds = () => Math.floor((7 + r() * 16) * 3600);
  const messy = (channel: string) => {
    const x = r();
    if (x < 0.015) return channel[0]!.toUpperCase() + channel.slice(1);
    if (x < 0.027) return channel.toUpperCase();
    if (x < 0.04) return `${channel} `;
    return channel;
  };

  const rows: Rows = Object.fromEntries(TABLES.map((t) => [t.name, []]));
  rows.channels = CHANNELS.map((c) => [c.channel, c.group, c.paid]);

  // Campaigns: two a month, on rotating channels.
  const campaignChannels: Channel[] = ['instagram', 'email', 'paid_search', 'tiktok', 'paid_social', 'facebook', 'email', 'pinterest'];
  const themes = ['New year, new roast', 'Cold brew season', 'Decaf week', 'Gift a subscription', 'Origin stories', 'Brew better'];
  const campaigns: { id: string; channel: Channel; start: number; end: number }[] = [];
  for (let i = 0; i < 24; i++) {
    const month = Math.floor(i / 2);
    const start = DAYS_IN_MONTH.slice(0, month).reduce((a, b) => a + b, 0) + (i % 2) * 14;
    const channel = campaignChannels[i % campaignChannels.length]!;
    const id = `C${pad(i + 1)}`;
    campaigns.push({ id, channel, start, end: start + 13 });
    // A small shop's campaigns: a few hundred dollars each (the year's revenue is about $16,000).
    const budget = Math.round((150 + r() * 600) / 5) * 5;
    rows.campaigns!.push([
      id,
      `${themes[i % themes.length]} (${channel.replace('_', ' ')})`,
      channel,
      stamp(start, 0).slice(0, 10),
      stamp(start + 13, 0).slice(0, 10),
      budget,
    ]);
  }

  let customerId = 0;
  let eventId = 0;
  let orderId = 0;
  const customers: { id: number; day: number; email: string }[] = [];
  for (let sessionId = 1; sessionId <= visits; sessionId++) {
    const channel = weighted(CHANNEL_WEIGHT);
    const day = randomDay();
    const seconds = randomSeconds();
    const running = campaigns.filter((c) => c.channel === channel && c.start <= day && day <= c.end);
    const campaign = running.length && r() < 0.7 ? running[0]!.id : null;
    const device =
      r() < (SOCIAL.includes(channel) || channel === 'paid_social' ? 0.82 : 0.55) ? 'mobile' : r() < 0.85 ? 'desktop' : 'tablet';
    // A few devices with a wrong clock.
    const startedAt = sessionId % 1499 === 0 ? stamp(day, seconds, 2031) : stamp(day, seconds);
    const [toSignup, toTrial, toPurchase] = FUNNEL[channel];
    // Campaign visits convert a little better.
    const lift = campaign ? 1.15 : 1;
    let customer: number | null = null;
    const events: Value[][] = [[++eventId, sessionId, null, 'visit', startedAt]];
    if (r() < toSignup * lift) {
      customer = ++customerId;
      const first = pick(FIRST_NAMES);
      const email = `${first.toLowerCase()}.${customer}@${pick(DOMAINS)}`;
      let signedUp = stamp(day, seconds + 240);
      // Impossible dates, as an old form let them through.
      if (customer % 401 === 7) signedUp = `2025-02-30 ${signedUp.slice(11)}`;
      if (customer % 401 === 207) signedUp = `2025-04-31 ${signedUp.slice(11)}`;
      rows.customers!.push([customer, email, first, r() < 0.05 ? null : pick(COUNTRIES), signedUp, messy(channel)]);
      customers.push({ id: customer, day, email });
      events[0]![2] = customer;
      events.push([++eventId, sessionId, customer, 'signup', stamp(day, seconds + 240)]);
      if (r() < toTrial) {
        const trialDay = day + Math.floor(r() * 3);
        events.push([++eventId, sessionId, customer, 'trial', stamp(trialDay, seconds + 600)]);
        if (r() < toPurchase) {
          const buyDay = trialDay + 7 + Math.floor(r() * 7);
          events.push([++eventId, sessionId, customer, 'purchase', stamp(buyDay, seconds + 900)]);
          const [product, price] = PRODUCTS[r() < 0.7 ? 0 : 1]!;
          rows.orders!.push([++orderId, customer, stamp(buyDay, seconds + 900), product, price, 'paid']);
          // Repeat orders, monthly, for a while.
          const repeats = Math.floor(r() * 5);
          for (let k = 1; k <= repeats && buyDay + 30 * k < 365; k++) {
            const [p, pr] = r() < 0.8 ? [product, price] : PRODUCTS[2 + Math.floor(r() * 2)]!;
            rows.orders!.push([
              ++orderId,
              customer,
              stamp(buyDay + 30 * k, 36_000),
              p,
              r() < 0.01 ? null : pr,
              r() < 0.04 ? 'refunded' : 'paid',
            ]);
          }
        }
      }
    }
    rows.sessions!.push([sessionId, customer, startedAt, messy(channel), campaign, device, pick(LANDING)]);
    rows.funnel_events!.push(...events);
  }

  // Duplicate customers: the same person signing up again with their email in other casing.
  for (const c of customers.filter((_, i) => i % 60 === 13)) {
    const [name, domain] = c.email.split('@') as [string, string];
    const shouted = `${name[0]!.toUpperCase()}${name.slice(1)}@${domain.toUpperCase()}`;
    const first = shouted.split('.')[0]!;
    rows.customers!.push([++customerId, shouted, first, pick(COUNTRIES), stamp(Math.min(c.day + 20, 364), 50_000), 'direct']);
  }
  // Orders imported from the old shop, dated before the customer existed.
  for (const c of customers.filter((_, i) => i % 97 === 5)) {
    rows.orders!.push([++orderId, c.id, stamp(Math.max(c.day - 40, 0), 30_000), PRODUCTS[2]![0], PRODUCTS[2]![1], 'paid']);
  }

  // Email: campaigns on the email channel go to customers who exist by then.
  let sendId = 0;
  for (const camp of campaigns.filter((c) => c.channel === 'email')) {
    for (const c of customers) {
      if (c.day > camp.start || r() < 0.1) continue;
      const sent = stamp(camp.start, 32_400 + Math.floor(r() * 600));
      const opened = r() < 0.38;
      const clicked = opened && r() < 0.22;
      rows.email_sends!.push([
        ++sendId,
        c.id,
        camp.id,
        sent,
        opened ? stamp(camp.start, 36_000 + Math.floor(r() * 40_000)) : null,
        clicked ? stamp(camp.start, 77_000 + Math.floor(r() * 5_000)) : null,
      ]);
    }
  }

  // Social posts: about one a day across platforms; video reaches more on TikTok, LinkedIn reaches few.
  const reachBase: Record<string, number> = { instagram: 4000, tiktok: 9000, facebook: 2500, linkedin: 900, pinterest: 1800 };
  for (let postId = 1; postId <= 420; postId++) {
    const platform = pick(SOCIAL);
    const day = randomDay();
    const format =
      platform === 'tiktok' ? 'video' : platform === 'linkedin' ? pick(['text', 'image']) : pick(['image', 'video', 'carousel']);
    const running = campaigns.find((c) => c.channel === platform && c.start <= day && day <= c.end);
    const impressions = Math.round(reachBase[platform]! * (0.4 + r() * 1.6) * (format === 'video' ? 1.5 : 1));
    const clicks = Math.round(impressions * (0.004 + r() * 0.012));
    rows.social_posts!.push([postId, platform, stamp(day, randomSeconds()), format, running?.id ?? null, impressions, clicks]);
  }

  // Mentions: delivery complaints spike in December.
  const topics = ['taste', 'delivery', 'price', 'packaging', 'service'];
  for (let mentionId = 1; mentionId <= 2200; mentionId++) {
    const platform = pick(SOCIAL);
    const day = randomDay();
    const topic = day >= 334 && r() < 0.4 ? 'delivery' : pick(topics);
    const negativeOdds = topic === 'delivery' ? (day >= 334 ? 0.55 : 0.3) : topic === 'price' ? 0.3 : 0.12;
    const x = r();
    const sentiment = x < negativeOdds ? 'negative' : x < negativeOdds + 0.3 ? 'neutral' : 'positive';
    const reach = Math.round(50 * Math.exp(r() * 8));
    rows.social_mentions!.push([mentionId, platform, stamp(day, randomSeconds()), topic, sentiment, reach]);
  }

  // A human-labelled sample (every 5th mention) to evaluate the listening tool's classifier against.
  // Its own random stream, so adding it changed no other table. The tool errs as such tools do: it
  // reads sarcasm as praise (some human-negative mentions are tool-positive) and flat complaints as
  // neutral; it rarely calls praise negative.
  const l = rng(`${seed}:mention-labels`);
  const truthGiven: Record<string, [number, number]> = {
    // [P(human says negative), P(human says neutral)]; the rest is positive.
    positive: [0.1, 0.08],
    neutral: [0.28, 0.6],
    negative: [0.9, 0.08],
  };
  for (const [mentionId, , , , tool] of rows.social_mentions!) {
    if (Number(mentionId) % 5 !== 0) continue;
    const [neg, neu] = truthGiven[String(tool)]!;
    const x = l();
    rows.mention_labels!.push([mentionId!, x < neg ? 'negative' : x < neg + neu ? 'neutral' : 'positive']);
  }

  identityEvents(rows, rng(`${seed}:identity`));
  mediaWeeks(rows, rng(`${seed}:media`));

  return rows;
}

/** The SQL that creates every table and fills it, for sql.js (or any SQLite). */
export function schemaSql(): string {
  return TABLES.map(createTableSql).join('\n');
}

interface SqlJsDatabase {
  run(sql: string, params?: Value[]): unknown;
  prepare(sql: string): { run(params: Value[]): void; free(): void };
  export(): Uint8Array;
  close(): void;
}

/** Builds the SQLite database file with sql.js: tables from the schema, rows from the generator. */
export function buildDatabase(SQL: { Database: new () => SqlJsDatabase }, rows: Rows): Uint8Array {
  const db = new SQL.Database();
  db.run(schemaSql());
  db.run('BEGIN');
  for (const table of TABLES) {
    const stmt = db.prepare(`INSERT INTO ${table.name} VALUES (${table.columns.map(() => '?').join(', ')})`);
    for (const row of rows[table.name] ?? []) stmt.run(row);
    stmt.free();
  }
  db.run('COMMIT');
  db.run('VACUUM');
  const bytes = db.export();
  db.close();
  return bytes;
}

const csvCell = (v: Value) =>
  v === null ? '' : typeof v === 'number' ? String(v) : /[",\n\r]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

/** A table as CSV (RFC 4180, CRLF line ends, a header row; NULL as an empty cell). */
export function toCsv(table: string, rows: Rows): string {
  const t = TABLES.find((x) => x.name === table);
  if (!t) throw new Error(`no table ${table}`);
  return [t.columns.map((c) => c.name), ...(rows[table] ?? [])].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Days since 2025-01-01 of a "YYYY-MM-DD …" stamp (0 for a date that cannot be read). */
const dayOf = (stamp: string) => Math.round((Date.parse(`${stamp.slice(0, 10)}T00:00:00Z`) - Date.UTC(2025, 0, 1)) / 86_400_000) || 0;

/**
 * The same people as devices, newsletter emails and logged-in customers, for identity resolution:
 * each customer browses anonymously on one to three devices, signs up to the newsletter on one,
 * logs in and checks out. The mess is deliberate: emails typed in other casing or with spaces,
 * household devices two customers log in on, customers who changed email (checkouts under the new
 * address), devices that never identify, and newsletter emails of people who never bought.
 * Its own random stream, so the other tables do not change.
 */
function identityEvents(rows: Rows, r: () => number) {
  const out = rows.identity_events!;
  let eventId = 0;
  let device = 0;
  const anon = () => `a-${(++device * 7919).toString(36).padStart(6, '0')}`;
  const at = (day: number | string) => {
    if (typeof day === 'string') return day;
    const d = Math.max(0, Math.min(364, Math.round(day)));
    const s = Math.floor((7 + r() * 16) * 3600);
    const date = new Date(Date.UTC(2025, 0, 1 + d, 0, 0, s));
    return date.toISOString().slice(0, 19).replace('T', ' ');
  };
  const typed = (email: string) => {
    const x = r();
    if (x < 0.12) return email[0]!.toUpperCase() + email.slice(1);
    if (x < 0.18) return email.toUpperCase();
    if (x < 0.26) return ` ${email}`;
    if (x < 0.32) return `${email} `;
    return email;
  };
  const push = (day: number | string, source: string, anonymousId: string | null, email: string | null, customerId: number | null) =>
    out.push([++eventId, at(day), source, anonymousId, email, customerId]);

  const orders = new Map<number, string[]>();
  for (const [, customerId, orderedAt] of rows.orders!) {
    const list = orders.get(Number(customerId)) ?? [];
    list.push(String(orderedAt));
    orders.set(Number(customerId), list);
  }
  const customers = rows.customers!.map(([id, email, , , signedUp]) => ({
    id: Number(id),
    email: String(email),
    day: dayOf(String(signedUp)),
  }));
  // Household tablets: a device one customer uses is later logged into by another.
  const shared: string[] = [];
  // Customers who changed address: their checkouts use a new one, their account keeps the old.
  const changed = new Set(customers.filter((c) => c.id % 6 === 1).map((c) => c.id));

  for (const c of customers.filter((c) => c.id % 3 === 1 || orders.has(c.id))) {
    const x = r();
    const devices = Array.from({ length: x < 0.65 ? 1 : x < 0.93 ? 2 : 3 }, anon);
    const start = Math.max(0, c.day - 1 - Math.floor(r() * 20));
    // Anonymous browsing before and around sign-up, on each device.
    for (const d of devices) for (let k = 0; k < 1 + Math.floor(r() * 2); k++) push(start + r() * 30, 'web', d, null, null);
    // The newsletter form, on the first device, often before the account.
    if (r() < 0.6) push(start + r() * 3, 'newsletter', devices[0]!, typed(c.email), null);
    // Logins: every device the customer uses identifies itself at least once.
    for (const d of devices) push(c.day + r() * 40, 'login', d, null, c.id);
    if (c.id % 37 === 5 && shared.length) push(c.day + 5 + r() * 30, 'login', shared.shift()!, null, c.id);
    else if (c.id % 37 === 11) shared.push(devices[0]!);
    const newEmail = c.email.replace(/^[^.]+\./, (m) => `${m.slice(0, -1)}.new.`);
    for (const [n, orderedAt] of (orders.get(c.id) ?? []).entries()) {
      const email = changed.has(c.id) && n > 0 ? newEmail : c.email;
      push(orderedAt, 'checkout', devices[Math.floor(r() * devices.length)]!, typed(email), c.id);
    }
  }
  // Devices that never identify, and newsletter sign-ups from people who never bought.
  for (let k = 0; k < 200; k++) {
    const d = anon();
    const day = r() * 364;
    for (let v = 0; v < 1 + Math.floor(r() * 2); v++) push(day + r() * 10, 'web', d, null, null);
    if (k % 2 === 0)
      push(day + r() * 2, 'newsletter', d, typed(`reader.${k + 1}@${['example.com', 'example.net', 'example.org'][k % 3]}`), null);
  }
  out.sort((a, b) => String(a[1]).localeCompare(String(b[1])) || Number(a[0]) - Number(b[0]));
  out.forEach((row, i) => (row[0] = i + 1));
}

/** Monday of week `w` (0 = 1 January 2024), as YYYY-MM-DD. */
const mondayOf = (w: number) => new Date(Date.UTC(2024, 0, 1 + 7 * w)).toISOString().slice(0, 10);

/**
 * Weekly media spend and revenue for 2024–2025 (104 weeks), made from a known model so a learner can
 * check that a fitted mix model recovers it — the truth is in MEDIA_TRUTH and the table's doc — and a
 * regional test with a known lift. Its own random stream, so the other tables do not change.
 */
function mediaWeeks(rows: Rows, r: () => number) {
  const { base, seasonal, holiday, channels, noise } = MEDIA_TRUTH;
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const carried = { search: 0, social: 0, video: 0 };
  for (let w = 0; w < 104; w++) {
    const season = seasonal * Math.sin((2 * Math.PI * (w - 39)) / 52) + (w % 52 >= 46 ? holiday : 0);
    const spend = {
      search: Math.round(3000 + 1500 * r() + (w % 52 >= 46 ? 1500 : 0)),
      social: Math.round(r() < 0.25 ? 0 : 1000 + 3000 * r()),
      video: Math.round(w % 13 < 4 ? 4000 + 4000 * r() : r() < 0.5 ? 0 : 500 * r()),
    };
    let media = 0;
    for (const c of ['search', 'social', 'video'] as const) {
      const { beta, decay, halfSaturation } = channels[c];
      carried[c] = spend[c] + decay * carried[c];
      media += beta * (carried[c] / (carried[c] + halfSaturation));
    }
    const revenue = Math.round((base + season + media + noise * normal()) * 100) / 100;
    rows.media_weeks!.push([mondayOf(w), spend.search, spend.social, spend.video, revenue]);
  }
  // The regional test: eight regions, four of which got extra video spend in weeks 80–87.
  const regions = ['north', 'south', 'east', 'west', 'coast', 'midlands', 'highlands', 'islands'];
  regions.forEach((region, i) => {
    const size = 8000 + 2500 * i;
    const inTest = i % 2;
    for (let w = 68; w < 92; w++) {
      const test = w >= 80 && w < 88 ? 1 : 0;
      const season = 1 + 0.08 * Math.sin((2 * Math.PI * (w - 39)) / 52);
      const lift = inTest && test ? 1 + MEDIA_TRUTH.geoLift : 1;
      const revenue = Math.round(size * season * lift * (1 + 0.03 * normal()) * 100) / 100;
      rows.geo_weeks!.push([region, mondayOf(w), inTest, test, revenue]);
    }
  });
}
