// Copy and listen buttons of phrase cards. Each button is shown only when the browser can do it.
export function enhancePhrases(): void {
  const canCopy = Boolean(navigator.clipboard?.writeText);
  const canSpeak = 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
  for (const card of document.querySelectorAll<HTMLElement>('[data-phrase]')) {
    const text = card.querySelector('[data-phrase-text]')?.textContent ?? '';
    const lang = card.querySelector('[lang]')?.getAttribute('lang') ?? 'en';
    const copy = card.querySelector<HTMLButtonElement>('[data-copy]');
    const listen = card.querySelector<HTMLButtonElement>('[data-listen]');
    if (copy && canCopy) {
      const label = copy.textContent;
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        await navigator.clipboard.writeText(text);
        copy.textContent = copy.dataset.done ?? label;
        setTimeout(() => (copy.textContent = label), 2000);
      });
    }
    if (listen && canSpeak) {
      listen.hidden = false;
      listen.addEventListener('click', () => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        speechSynthesis.cancel();
        speechSynthesis.speak(utterance);
      });
    }
  }
}
