import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();

// Components inside content that HTMX swaps in are started too.
document.body.addEventListener('htmx:afterSettle', (event) => {
  initAll({ scope: event.detail.elt });
});

// Filters fold away behind "Filter" on a phone; from tablet width up, where they sit beside the results, they start open.
if (window.matchMedia('(min-width: 40.0625em)').matches) {
  document.querySelectorAll('details[data-filter-toggle]').forEach((details) => { details.open = true; });
}
