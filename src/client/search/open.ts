// On every page, before any interaction: the only search code loaded up front (keep it tiny).
// The header's search link opens the dialog, and so do Ctrl+K and ⌘K (no single-key shortcut:
// WCAG 2.1.4). The dialog is in the page already, so it opens at once and takes what the reader
// types; its script and Pagefind load on first use. Without JavaScript the link leads to the
// search page.
//
// The dialog script is a separate, self-contained bundle. It is built through Vite's
// `?worker&url` (a standalone bundle and its URL) rather than a dynamic import(): Vite puts a
// 0.9 KB gzip preload helper in front of any module that uses import(), which would cost every
// page half of its 2 KB JavaScript budget.
import dialogScript from './dialog-entry.ts?worker&url';

export function enableSearchShortcut(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const input = dialog?.querySelector('input');
  if (!trigger || !dialog || !input) return;
  // On the search page, its own field is the search.
  const field = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  let returnFocusTo: Element | null = null;
  let loading: HTMLScriptElement | undefined;
  dialog.addEventListener('close', () => (returnFocusTo as HTMLElement | null)?.focus());

  const open = (event: Event) => {
    event.preventDefault();
    if (field) {
      field.focus();
      return;
    }
    if (!dialog.open) {
      returnFocusTo = document.activeElement;
      dialog.showModal();
    }
    input.focus();
    input.select();
    if (!loading) {
      loading = document.createElement('script');
      loading.src = dialogScript;
      loading.onerror = () => (loading = undefined); // offline: the next opening tries again
      document.head.append(loading);
    }
  };
  trigger.setAttribute('role', 'button');
  if (!field) trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', open);
  trigger.addEventListener('keydown', (event) => event.key === ' ' && open(event));
  if (/Mac|iP(hone|ad)/.test(navigator.platform)) trigger.querySelector('kbd')?.replaceChildren('⌘ K');
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k')
      open(event);
  });
}
