// Merit: no inline scripts (CSP). CSRF token for htmx requests, confirmation prompts for destructive actions.
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
    if (msg && !window.confirm(msg)) {
      evt.preventDefault();
    }
  }, true);
  document.addEventListener('change', function (evt) {
    var el = evt.target;
    if (el.matches && el.matches('[data-autosubmit]')) {
      el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    }
  });
})();
