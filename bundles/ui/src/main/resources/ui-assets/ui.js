/*
 * ui.js — the shell's few lines of script (progressive enhancement; every page works without it):
 * 1. a form with data-confirm asks confirm() before it is sent;
 * 2. htmx requests carry the session's CSRF token (meta csrf-token) in the X-CSRF-Token header;
 * 3. on narrow screens the navigation collapses behind its "Menü" button.
 */
(function () {
  'use strict';

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form instanceof HTMLFormElement && form.hasAttribute('data-confirm')) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    }
  }, true);

  document.addEventListener('htmx:configRequest', function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && e.detail && e.detail.headers) {
      e.detail.headers['X-CSRF-Token'] = meta.getAttribute('content');
    }
  });

  function navigation() {
    var toggle = document.querySelector('.ikz-nav__toggle');
    var body = document.getElementById('ikz_navbody');
    if (!toggle || !body || !window.matchMedia) {
      return;
    }
    var narrow = window.matchMedia('(max-width: 63.99em)');
    function set(open) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      body.classList.toggle('ikz-collapsed', !open);
    }
    function apply() {
      toggle.hidden = !narrow.matches;
      set(!narrow.matches);
    }
    toggle.addEventListener('click', function () {
      set(toggle.getAttribute('aria-expanded') !== 'true');
    });
    if (narrow.addEventListener) {
      narrow.addEventListener('change', apply);
    }
    apply();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', navigation);
  } else {
    navigation();
  }
})();
