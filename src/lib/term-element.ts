// <cv-term>: upgrades a glossary term's link (Term.astro) to a button that opens the definition in a
// native popover; browsers without popovers keep the link. Loaded on demand by ProgressLoader.astro at
// the reader's first interaction, like the progress code, so a lesson costs no JavaScript up front.
export class TermElement extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a.term');
    const pop = this.querySelector<HTMLElement>('[popover]');
    if (!link || !pop || !('showPopover' in pop)) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.append(...link.childNodes);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', pop.id);
    button.popoverTargetElement = pop;
    pop.addEventListener('toggle', (e) => {
      const open = (e as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      // Focus moves into the dialog so screen readers announce its name and definition.
      if (open) pop.focus();
    });
    // Tabbing away closes it, as Escape does.
    pop.addEventListener('focusout', (e) => {
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if (next && !pop.contains(next) && next !== button) pop.hidePopover();
    });
    link.replaceWith(button);
  }
}
if (!customElements.get('cv-term')) customElements.define('cv-term', TermElement);

declare global {
  interface HTMLElementTagNameMap {
    'cv-term': TermElement;
  }
}
