import { expect, test, type Page } from '@playwright/test';

/** Tabs through the whole page; returns a description of each stop, failing on an invisible focus. */
async function tabThrough(page: Page, max = 300) {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return {
        label: `${el.closest('footer') ? 'footer ' : ''}${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${(el as HTMLInputElement).value && el.tagName === 'INPUT' ? `[value=${(el as HTMLInputElement).value}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        visible: rect.width > 0 && rect.height > 0,
        ring,
        inFooter: Boolean(el.closest('footer')),
      };
    });
    if (!info) break; // focus left the document: the end of the tab order, no trap
    expect(info.visible, `focus on an invisible element: ${info.label}`).toBe(true);
    expect(info.ring, `no visible focus indicator on ${info.label}`).toBe(true);
    if (stops.at(-1) === info.label && stops.at(-2) === info.label) throw new Error(`focus is stuck on ${info.label}`);
    stops.push(info.label);
    if (info.inFooter && stops.filter((s) => s === info.label).length > 1) break;
  }
  return stops;
}

for (const path of [
  '/',
  '/curriculum/',
  '/modules/how-systems-talk/urls-and-json/',
  '/modules/market-research/quiz/',
  '/tracks/year-1/capstone/',
  '/search/',
]) {
  test(`every focus stop is visible and the tab order reaches the footer: ${path}`, async ({ page }) => {
    await page.goto(path);
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.some((s) => s.includes('About and licence'))).toBe(true);
  });
}

test('the search dialog keeps focus inside while open and gives it back when closed', async ({ page }) => {
  await page.goto('/modules/typescript-fundamentals/');
  const opener = page.getByRole('link', { name: 'Search' }).first();
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body,
    );
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
