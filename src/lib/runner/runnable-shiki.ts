// A Shiki transformer (used by astro.config.mjs for every Markdown/MDX code fence) that turns a fence
// marked runnable, ```sql run, into a runnable block: the highlighted code as usual, wrapped with the
// controls the runner needs, hidden until the page's script shows them, and the chart declared on the
// fence, if any (data-chart). Without JavaScript the reader sees plain highlighted code.
import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { isRunMeta } from '../graph/fences.ts';
import { parseRunMeta } from './chart.ts';
import { isRunnableLang } from './runnable.ts';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const button = (act: string, label: string, hidden = false) =>
  el(
    'button',
    { type: 'button', class: act === 'run' ? 'cv-action primary' : 'cv-action', 'data-act': act, ...(hidden ? { hidden: true } : {}) },
    [{ type: 'text', value: label }],
  );

/** The controls and output area of a runnable block (an exercise question, src/components/quiz/Question.astro, writes the same markup). */
export function runnableChrome(): Element[] {
  return [
    el('div', { class: 'run-bar', hidden: true, 'data-pagefind-ignore': '' }, [
      button('run', 'Run'),
      button('edit', 'Edit'),
      button('reset', 'Reset', true),
      button('stop', 'Stop', true),
    ]),
    el('div', { class: 'run-output', 'data-pagefind-ignore': '' }, [el('p', { class: 'run-status', role: 'status' })]),
  ];
}

export function runnableTransformer(): ShikiTransformer {
  return {
    name: 'converge:runnable',
    root(root) {
      const meta = this.options.meta as string | { __raw?: string } | undefined;
      const raw = typeof meta === 'string' ? meta : meta?.__raw;
      const lang = this.options.lang;
      // A runnable fence in another language is reported by the curriculum check (src/lib/graph/curriculum.ts).
      if (!isRunMeta(raw) || !isRunnableLang(lang)) return;
      const pre = root.children[0] as Element;
      // A chart declared on the fence travels to the runner as JSON; a bad declaration fails the curriculum check.
      const { chart } = parseRunMeta(raw ?? '');
      const props = { class: 'runnable', 'data-lang': lang, ...(chart ? { 'data-chart': JSON.stringify(chart) } : {}) };
      root.children = [el('div', props, [pre, ...runnableChrome()])];
    },
  };
}
