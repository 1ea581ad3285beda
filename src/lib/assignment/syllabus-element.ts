// <cv-syllabus>: the printable syllabus for the assignment in the link's #fragment: weekly plan,
// total hours, each module's outcomes and partner. Plan arithmetic is in syllabus.ts.
import { addDays, decodeAssignment, localToday } from './assignment.ts';
import { itemLabel, resolveItems } from './assignment-progress.ts';
import { h, instructionsNodes } from './assignment-dom.ts';
import { embedded, pageCatalogue } from '../page-data.ts';
import type { CatalogueModule } from '../catalogue.ts';
import { formatDate } from '../learning.ts';
import { formatHours, itemHours, weeklyPlan, type TeachDetails } from './syllabus.ts';

/** Hours per week when the link sets none. */
const DEFAULT_HOURS = 6;

export class SyllabusView extends HTMLElement {
  connectedCallback() {
    this.#part('print').addEventListener('click', () => window.print());
    window.addEventListener('hashchange', () => this.#render());
    this.#render();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #show(state: 'empty' | 'error' | 'ok') {
    for (const el of this.querySelectorAll<HTMLElement>('[data-state]')) el.hidden = el.dataset.state !== state;
  }

  #render() {
    const token = location.hash.slice(1);
    if (!token) return this.#show('empty');
    const result = decodeAssignment(token);
    if (!result.ok) {
      this.#part('error').textContent = result.error;
      return this.#show('error');
    }
    const a = result.assignment;
    const catalogue = pageCatalogue()!;
    const details = embedded<TeachDetails>('cv-teach-details')!;
    const resolved = resolveItems(a, catalogue);
    const start = a.start ?? localToday();
    const perWeek = a.hoursPerWeek ?? DEFAULT_HOURS;
    const plan = weeklyPlan(
      resolved.map((r) => ({
        title: r.available ? `${itemLabel(r)}: ${r.title}` : `“${r.item.id}” (no longer available)`,
        hours: itemHours(r, details),
      })),
      start,
      perWeek,
      a.due,
    );
    document.title = `Syllabus: ${a.title} · Converge`;
    this.#part('title').textContent = a.title;
    this.#part('facts').textContent =
      `${formatDate(start)} to ${formatDate(plan.ends)} · ${plan.weeks.length} week${plan.weeks.length === 1 ? '' : 's'} at ${perWeek} h a week · about ${formatHours(plan.totalHours)} of study in all` +
      (a.due ? ` · due ${formatDate(a.due)}` : '') +
      (a.start ? '' : ' · the link sets no start date, so the plan starts today');
    const late = this.#part('late');
    late.hidden = plan.lateBy === undefined;
    late.textContent = plan.lateBy
      ? `At ${perWeek} hours a week this plan ends ${plan.lateBy} day${plan.lateBy === 1 ? '' : 's'} after the due date: plan more hours a week, or ask about the deadline.`
      : '';
    this.#part('instructions').replaceChildren(...instructionsNodes(a.instructions));

    this.#part('weeks').replaceChildren(
      ...plan.weeks.map((week) =>
        h(
          'section',
          { class: 't-week', 'aria-labelledby': `week-${week.n}` },
          h(
            'h3',
            { id: `week-${week.n}` },
            `Week ${week.n}: ${formatDate(week.starts)} to ${formatDate(addDays(week.starts, 6))} · ${formatHours(week.hours)}`,
          ),
          h(
            'ul',
            {},
            ...week.entries.map((e) =>
              h('li', {}, `${e.title} · ${formatHours(e.hours)}${e.part ? ` (part ${e.part.n} of ${e.part.of})` : ''}`),
            ),
          ),
        ),
      ),
    );

    // Modules touched by the assignment (whole, or through a lesson or quiz), in order, once each.
    const modules = new Map<string, CatalogueModule>();
    for (const r of resolved) if (r.module && !modules.has(r.module.id)) modules.set(r.module.id, r.module);
    const byId = new Map(catalogue.tracks.flatMap((t) => t.modules).map((m) => [m.id, m] as const));
    this.#part('modules').replaceChildren(
      ...[...modules.values()].map((m) => {
        const d = details.modules[m.id];
        const partner = d ? byId.get(d.partner) : undefined;
        const partnerNote = partner
          ? modules.has(partner.id)
            ? `Its partner, ${partner.title}, is in this assignment too: study them in the same weeks.`
            : `Its partner, ${partner.title}, is not assigned; each lesson’s bridge points to it.`
          : '';
        return h(
          'section',
          { class: 't-week', 'aria-labelledby': `mod-${m.id}` },
          h('h3', { id: `mod-${m.id}` }, m.title),
          h(
            'p',
            { class: 't-hint' },
            `${m.kind === 'marketing' ? 'Marketing' : 'Systems'} module · ${d?.track ?? '?'}, pair “${d?.pair ?? ''}” · ${m.hours} h`,
          ),
          d ? h('p', {}, d.summary) : null,
          d ? h('p', {}, 'After it, a student can:') : null,
          d ? h('ul', {}, ...d.outcomes.map((o) => h('li', {}, o))) : null,
          partnerNote ? h('p', {}, partnerNote) : null,
        );
      }),
    );
    const capstones = resolved.filter((r) => r.available && r.item.kind === 'capstone');
    this.#part('capstones').replaceChildren(
      ...capstones.map((r) =>
        h(
          'section',
          { class: 't-week' },
          h('h3', {}, r.title!),
          h('p', {}, details.capstones[r.item.id]?.summary ?? ''),
          h('p', { class: 't-hint' }, `About ${formatHours(details.capstones[r.item.id]?.hours ?? 0)}`),
        ),
      ),
    );
    this.#part('capstones-section').hidden = capstones.length === 0;
    const view = this.#part<HTMLAnchorElement>('assignment');
    view.href = `${view.dataset.base}#${token}`;
    this.#show('ok');
  }
}

if (!customElements.get('cv-syllabus')) customElements.define('cv-syllabus', SyllabusView);

declare global {
  interface HTMLElementTagNameMap {
    'cv-syllabus': SyllabusView;
  }
}
