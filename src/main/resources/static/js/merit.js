// Merit: no inline scripts (CSP). CSRF token for htmx requests, confirmation prompts for destructive actions, select-all boxes.
(function () {
  'use strict';
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (evt) {
    if (token && header && token.content) {
      evt.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('submit', function (evt) {
    var form = evt.target;
    var msg = form.getAttribute('data-confirm');
    // a second button of the form that stores nothing (a preview) carries data-skip-confirm
    if (msg && !(evt.submitter && evt.submitter.hasAttribute('data-skip-confirm')) && !window.confirm(msg)) {
      evt.preventDefault();
    }
  }, true);
  document.addEventListener('change', function (evt) {
    var el = evt.target;
    if (el.matches && el.matches('[data-autosubmit]')) {
      el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    }
    // a header box that ticks or clears the rows of its form (data-check-all = the rows' name); nothing is ticked by default
    if (el.matches && el.matches('[data-check-all]') && el.form) {
      el.form.querySelectorAll('input[type=checkbox][name="' + el.getAttribute('data-check-all') + '"]').forEach(function (box) {
        box.checked = el.checked;
      });
    }
  });
})();
