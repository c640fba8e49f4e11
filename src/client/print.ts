// Shows the "Save as PDF or print" buttons and opens the print dialog from them.
export function enhancePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
