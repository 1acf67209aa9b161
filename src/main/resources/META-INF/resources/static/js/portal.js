import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();

// Components inside content that HTMX swaps in are started too.
document.body.addEventListener('htmx:afterSettle', (event) => {
  initAll({ scope: event.detail.elt });
});
