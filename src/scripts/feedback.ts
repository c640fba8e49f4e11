// Sends "Was this article helpful?" without leaving the page: the same form fields, form-encoded
// (a "simple" cross-origin request: no CORS preflight, the endpoint needs no CORS headers).
export function enhanceFeedback(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-feedback]')) {
    const fieldset = form.querySelector('fieldset')!;
    const status = form.querySelector<HTMLElement>('[data-feedback-status]')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = new URLSearchParams();
      for (const [name, value] of new FormData(form, event.submitter)) body.append(name, String(value));
      fieldset.disabled = true;
      // no-cors: the answer of the endpoint is not needed, only that the request went out.
      fetch(form.action, { method: 'POST', body, mode: 'no-cors', keepalive: true })
        .then(() => {
          fieldset.hidden = true;
          status.textContent = form.dataset.thanks ?? '';
        })
        .catch(() => {
          fieldset.disabled = false;
          status.textContent = form.dataset.failed ?? '';
        })
        .finally(() => status.focus());
    });
  }
}
