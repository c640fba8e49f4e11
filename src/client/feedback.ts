// "Was this article helpful?" without leaving the page. Shows the widget (hidden without
// JavaScript when there is no endpoint), restores the answer this device gave for the article,
// and, with an endpoint, posts the vote and then an optional comment, form-encoded (a "simple"
// cross-origin request: no CORS preflight, the endpoint needs no CORS headers).
export function enhanceFeedback(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-feedback]')) {
    const part = (name: string) => form.querySelector<HTMLElement>(`[data-feedback-${name}]`);
    const question = part('question') as HTMLFieldSetElement;
    const status = part('status')!;
    const help = part('no')!;
    const comment = part('comment');
    const endpoint = form.getAttribute('action');
    const key = `pandu-feedback:${form.dataset.feedback}`;
    const text = form.dataset;
    let vote = '';
    try {
      vote = localStorage.getItem(key) ?? '';
    } catch {
      // Storage blocked: nothing remembered.
    }
    /** The state after an answer: the question gives way to thanks; "no" also shows where to get help. */
    const answered = (helpful: string) => {
      vote = helpful;
      question.hidden = !!helpful;
      help.hidden = helpful !== 'no';
      if (comment) comment.hidden = !helpful;
      comment?.querySelector('textarea')?.removeAttribute('disabled');
    };
    answered(vote);
    form.hidden = false;

    const remember = (helpful: string) => {
      try {
        localStorage.setItem(key, helpful);
      } catch {
        // Storage blocked: the answer is still sent.
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // The Yes and No buttons carry a value; the comment's Send button does not.
      const chosen = (event.submitter as HTMLButtonElement | null)?.value;
      const helpful = chosen || vote;
      answered(helpful);
      const done = (message?: string) => {
        if (chosen) remember(helpful);
        else comment!.hidden = true;
        status.textContent = message ?? '';
        status.focus();
      };
      if (!endpoint) return done(text.thanks);
      const body = new URLSearchParams();
      for (const [name, value] of new FormData(form))
        if (value && (name !== 'comment' || !chosen)) body.append(name, String(value));
      body.set('helpful', helpful);
      question.disabled = true;
      // no-cors: the endpoint's answer is not needed, only that the request went out.
      fetch(endpoint, { method: 'POST', body, mode: 'no-cors', keepalive: true })
        .then(() => done(chosen ? text.thanks : text.commentThanks))
        .catch(() => {
          // A vote can be given again; "no" keeps showing where to get help.
          if (chosen) {
            answered('');
            help.hidden = helpful !== 'no';
          }
          status.textContent = text.failed ?? '';
          status.focus();
        })
        .finally(() => (question.disabled = false));
    });
  }
}
