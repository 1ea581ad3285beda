import { expect, test } from '@playwright/test';

// One page of each kind, plus search and a quiz, opened and used.
const PAGES = [
  '/',
  '/curriculum/',
  '/tracks/year-1/',
  '/tracks/year-1/capstone/',
  '/modules/how-systems-talk/',
  '/modules/how-systems-talk/urls-and-json/',
  '/modules/market-research/quiz/',
  '/search/?q=json',
  '/about/',
  '/no-such-page/',
];

test.describe('Content-Security-Policy and third parties', () => {
  for (const path of PAGES) {
    test(`no CSP violation and no request to another origin: ${path}`, async ({ page, baseURL }) => {
      const violations: string[] = [];
      const foreign: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
        });
      });
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
      });
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
      });
      await page.goto(path);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      // Exercise the page: search (WebAssembly, fetches) and theme switching. The search page has its own
      // search box, which takes focus (so "/" types a slash there); other pages open the dialog.
      const onSearchPage = path.startsWith('/search/');
      if (!onSearchPage) await page.keyboard.press('/');
      const panel = onSearchPage ? page.getByRole('main') : page.getByRole('dialog', { name: 'Search' });
      await panel.getByRole('searchbox').fill('campaign');
      await expect(panel.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
      if (!onSearchPage) await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }

  test('the policy is strict: no inline scripts, no plugins, base pinned', async ({ page }) => {
    await page.goto('/');
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    const scriptSrc = /script-src ([^;]*)/.exec(policy)![1]!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  test('code keeps its colours under the policy', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/modules/how-systems-talk/urls-and-json/');
    const keyword = page.locator('pre.astro-code[data-language="ts"] .line > span').filter({ hasText: 'const' }).first();
    const colour = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe(await page.evaluate(() => getComputedStyle(document.body).color));
  });
});
