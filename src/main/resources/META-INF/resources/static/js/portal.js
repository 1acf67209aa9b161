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

// GOV.UK Frontend's radios mark the radio that reveals content with aria-expanded, which ARIA does not allow on a
// radio (a known issue of the component, alphagov/govuk-frontend#979); the revealed fields and aria-controls stay.
const dropRadioExpanded = () => {
  document.querySelectorAll('.govuk-radios__input[aria-expanded]').forEach((radio) => {
    radio.removeAttribute('aria-expanded');
  });
};
dropRadioExpanded();
document.addEventListener('click', dropRadioExpanded);
document.addEventListener('change', dropRadioExpanded);
window.addEventListener('pageshow', dropRadioExpanded);
document.body.addEventListener('htmx:afterSettle', dropRadioExpanded);

// Enter in a picker's search box filters the picker (its HTMX "search" trigger) instead of submitting the whole form.
document.addEventListener('keydown', (event) => {
  const field = event.target;
  if (event.key === 'Enter' && field instanceof HTMLInputElement && field.hasAttribute('data-enter-searches')) {
    event.preventDefault();
    field.dispatchEvent(new Event('search'));
  }
});
