// The hub board's connection state. Each good refresh shows its own "updated" time; when refreshes fail (the network,
// the portal, a timeout) the board says since when, in UK time, dims what it shows, and keeps trying. The next good
// refresh clears it. A refused screen is sent to its refused page by the portal (HX-Redirect), not shown as lost.
(function () {
  var lost = document.querySelector('[data-testid="board-lost"]');
  var board = document.querySelector('.rota-board');
  if (!lost || !board) {
    return;
  }
  var clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23' });
  var since = null;

  function failed() {
    if (since !== null) {
      return;
    }
    since = clock.format(new Date());
    var now = document.getElementById('board-now');
    lost.querySelector('[data-lost-since]').textContent = since;
    lost.querySelector('[data-last-updated]').textContent = now ? now.getAttribute('data-updated') : '';
    lost.hidden = false;
    board.classList.add('rota-board--lost');
  }

  function answered(event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status >= 200 && status < 300) {
      since = null;
      lost.hidden = true;
      board.classList.remove('rota-board--lost');
    }
  }

  ['htmx:sendError', 'htmx:responseError', 'htmx:timeout'].forEach(function (name) {
    document.body.addEventListener(name, failed);
  });
  document.body.addEventListener('htmx:beforeSwap', answered);
})();
