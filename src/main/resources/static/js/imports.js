// Upload progress for the import form (htmx fires htmx:xhr:progress while the file is sent). No inline scripts (CSP).
(function () {
  'use strict';
  function parts() {
    var box = document.getElementById('import-progress');
    return box && {
      box: box,
      bar: box.querySelector('.progress-bar'),
      meter: box.querySelector('[role=progressbar]'),
      uploading: box.querySelector('[data-uploading]'),
      processing: box.querySelector('[data-processing]')
    };
  }
  function show(p, percent) {
    p.bar.style.width = percent + '%';
    p.meter.setAttribute('aria-valuenow', String(percent));
    var done = percent >= 100;
    p.uploading.classList.toggle('d-none', done);
    p.processing.classList.toggle('d-none', !done);
  }
  function isImportForm(evt) {
    return evt.target && evt.target.id === 'import-form';
  }
  document.body.addEventListener('htmx:beforeRequest', function (evt) {
    var p = parts();
    if (p && isImportForm(evt)) {
      p.box.classList.remove('d-none');
      show(p, 0);
    }
  });
  document.body.addEventListener('htmx:xhr:progress', function (evt) {
    var p = parts();
    if (p && isImportForm(evt) && evt.detail.lengthComputable && evt.detail.total > 0) {
      show(p, Math.min(100, Math.round(evt.detail.loaded * 100 / evt.detail.total)));
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (evt) {
    var p = parts();
    if (p && isImportForm(evt)) {
      p.box.classList.add('d-none');
    }
  });
})();

// The device serial number is asked only for the kinds that need it (attlog); without JavaScript it stays visible.
(function () {
  'use strict';
  var kind = document.getElementById('kind');
  var group = document.getElementById('import-device');
  if (!kind || !group) {
    return;
  }
  var kinds = (group.getAttribute('data-kinds') || '').split(',');
  var input = group.querySelector('input');
  function sync() {
    var needed = kinds.indexOf(kind.value) >= 0;
    group.classList.toggle('d-none', !needed);
    input.required = needed;
    input.disabled = !needed; // a hidden field must neither block the form (pattern) nor be sent
  }
  kind.addEventListener('change', sync);
  sync();
})();

// A job's status is polled by its #import-result section (htmx, every second, until the report arrives). If a poll
// fails the section is replaced by a message, which ends the polling; an expired session goes to the login page.
(function () {
  'use strict';
  function isPoll(evt) {
    return evt.detail && evt.detail.elt && evt.detail.elt.id === 'import-result' && evt.detail.elt.hasAttribute('hx-trigger');
  }
  document.body.addEventListener('htmx:beforeSwap', function (evt) {
    var xhr = evt.detail.xhr;
    if (isPoll(evt) && xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') >= 0) {
      evt.detail.shouldSwap = false;
      window.location.href = xhr.responseURL;
    }
  });
  document.body.addEventListener('htmx:responseError', function (evt) {
    if (!isPoll(evt)) {
      return;
    }
    var old = evt.detail.elt;
    var section = document.createElement('section');
    section.id = 'import-result';
    var alert = document.createElement('div');
    alert.className = 'alert alert-warning';
    alert.textContent = old.getAttribute('data-poll-failed');
    section.appendChild(alert);
    old.replaceWith(section);
  });
})();
