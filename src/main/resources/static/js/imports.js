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
