// A "Copy" button for text shown on the page (a button with data-copy-target naming the element to copy). Without
// JavaScript, or without the Clipboard API, the button stays hidden and the text stays selectable.
(function () {
  'use strict';
  if (!navigator.clipboard || !window.isSecureContext) { return; }
  document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    var status = button.parentNode.querySelector('[data-copy-status]');
    if (!target) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        if (status) { status.hidden = false; status.textContent = 'Address copied.'; }
      }, function () {
        if (status) { status.hidden = false; status.textContent = 'Could not copy: select the address and copy it.'; }
      });
    });
  });
}());
