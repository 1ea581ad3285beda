// Adds a "Copy" button to every code block in the page's prose. Loaded on demand with the progress
// code (ProgressLoader.astro) at the reader's first interaction, so reading costs no JavaScript;
// without JavaScript there is no button.
export function addCopyButtons(root: ParentNode = document) {
  for (const pre of root.querySelectorAll<HTMLPreElement>('.prose pre')) {
    if (pre.parentElement?.classList.contains('code-block')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'code-block';
    pre.replaceWith(wrap);
    wrap.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code');
    const status = document.createElement('span');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText);
        button.textContent = status.textContent = 'Copied';
      } catch {
        button.textContent = status.textContent = 'Copy failed';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    wrap.append(button, status);
  }
}

addCopyButtons();
