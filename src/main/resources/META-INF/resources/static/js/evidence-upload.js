// Streams the chosen file as the raw request body (no multipart form, so the portal never buffers it to disk), shows
// progress, then goes to the evidence page. The form token travels in the header the layout names for HTMX.
(function () {
  'use strict';
  var form = document.getElementById('evidence-upload');
  if (!form) { return; }
  var headers = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
  var progress = document.getElementById('upload-progress');
  var meter = document.getElementById('upload-meter');
  var status = document.getElementById('upload-status');
  var button = document.getElementById('upload-button');

  function showError(message) {
    var summary = document.getElementById('upload-error');
    document.getElementById('upload-error-message').textContent = message;
    document.getElementById('file-error-text').textContent = message;
    document.getElementById('file-error').hidden = false;
    document.getElementById('file-group').classList.add('govuk-form-group--error');
    summary.hidden = false;
    summary.focus();
    button.disabled = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('file');
    if (!input.files || input.files.length === 0) { showError('Select a video file'); return; }
    var file = input.files[0];
    var kind = form.querySelector('input[name="kind"]:checked');
    var query = '?kind=' + encodeURIComponent(kind ? kind.value : 'MASTER');
    if (kind && kind.value === 'DERIVATIVE') {
      query += '&derivedFrom=' + encodeURIComponent(document.getElementById('derivedFrom').value)
        + '&label=' + encodeURIComponent(document.getElementById('label').value)
        + '&redacted=' + (document.getElementById('redacted').checked ? 'true' : 'false');
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('data-action') + query);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    Object.keys(headers).forEach(function (name) { request.setRequestHeader(name, headers[name]); });
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.floor(e.loaded * 100 / e.total);
        meter.value = percent;
        status.textContent = percent + '% sent';
      }
    });
    request.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(request.responseText); } catch (ignored) { body = {}; }
      if (request.status === 201 && body.next) {
        status.textContent = 'Stored. SHA-256 ' + body.file.sha256;
        window.location.assign(body.next);
      } else {
        progress.hidden = true;
        showError(body.message || 'The file was not stored (error ' + request.status + '). Try again');
      }
    });
    request.addEventListener('error', function () {
      progress.hidden = true;
      showError('The connection to the portal was lost, so the file was not stored. Try again');
    });
    button.disabled = true;
    progress.hidden = false;
    status.textContent = 'Starting the upload';
    request.send(file);
  });
}());
