// Shared helpers for browser tests: the pages of the built site, and axe with the WCAG tags we hold to.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** Every HTML page in dist/, as a URL path ("/modules/x/"). */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).replace(/\\/g, '/');
        out.push('/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

export const pageHtml = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules among those tags that depend on colour (contrast of text, and of links in text). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe violations on the page, summarised as readable lines. */
export async function axeViolations(page: Page, options: { colourOnly?: boolean } = {}): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default mode runs axe per frame and then finishes the
  // run in a second, blank page it opens for every check; the site has no frames, so that bought nothing
  // and made each check about 0.9 s slower (2.6 → 1.5 s a page, light and dark, on the walk of every page).
  // Only violations are wanted, so axe keeps one node per passing rule instead of all of them.
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  // A theme changes colours only, so a second theme needs only axe's colour rules.
  const results = await (options.colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Answers every question on the page wrongly or rightly, by keyboard: Space on radios and checkboxes, typing, native selects, Enter on move buttons. */
export async function answerAll(page: Page, right: boolean) {
  // The answer key is embedded for scoring; tests read it the way the quiz does.
  const key = JSON.parse((await page.locator('cv-quiz script[type="application/json"]').textContent())!) as Record<
    string,
    Record<string, unknown>
  >;
  for (const [id, q] of Object.entries(key)) {
    const question = page.locator(`#question-${id}`);
    const group = question.getByRole('group');
    switch (q.type) {
      case 'single':
      case 'code':
      case 'multiple': {
        const options = q.options as { correct?: boolean }[];
        const picks = options.flatMap((o, i) => ((right ? o.correct : !o.correct) ? [i] : []));
        for (const i of q.type === 'multiple' ? picks : picks.slice(0, 1)) {
          const input = question.locator(`input[value="${i}"]`);
          await input.focus();
          await page.keyboard.press('Space');
        }
        break;
      }
      case 'truefalse': {
        const value = right ? q.answer : !q.answer;
        await group.getByRole('radio', { name: value ? 'True' : 'False' }).focus();
        await page.keyboard.press('Space');
        break;
      }
      case 'numeric':
        await group.getByRole('textbox').focus();
        await page.keyboard.type(right ? String(q.answer) : String((q.answer as number) + (q.tolerance as number) + 1000));
        break;
      case 'short':
        await group.getByRole('textbox').focus();
        await page.keyboard.type(right ? (q.accepted as string[])[0]! : 'not the answer');
        break;
      case 'ordering': {
        const items = q.items as string[];
        if (!right) break; // the starting order is never the right one
        // Selection sort with the Move up buttons, by keyboard.
        for (let target = 0; target < items.length; target++) {
          const listItems = question.locator('ol.ordering > li');
          const current = await listItems.evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.index)));
          let at = current.indexOf(target);
          while (at > target) {
            await listItems.nth(at).getByRole('button', { name: /up$/ }).focus();
            await page.keyboard.press('Enter');
            at--;
          }
        }
        break;
      }
      case 'matching': {
        const pairs = q.pairs as { right: string }[];
        const selects = group.getByRole('combobox');
        for (let i = 0; i < pairs.length; i++) {
          // A native <select>, focused by keyboard; its choice is made with selectOption (the listbox is the browser's own).
          const select = selects.nth(i);
          await select.focus();
          await select.selectOption(String(right ? i : (i + 1) % pairs.length));
        }
        break;
      }
    }
  }
}
