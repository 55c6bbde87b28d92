// 筛选 at phone width: the facets wait in a drawer behind a button, so the results come first.
// Without script the button is a link down to the facets, which follow the results.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('filter-toggle');
    var facets = document.getElementById('facets');
    var close = document.getElementById('drawer-close');
    if (!toggle || !facets) { return; }
    document.body.classList.add('has-drawer');
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('aria-expanded', 'false');

    function open(yes) {
      facets.classList.toggle('open', yes);
      toggle.setAttribute('aria-expanded', String(yes));
      if (yes) {
        var first = close || facets.querySelector('a');
        if (first) { first.focus(); }
      } else {
        toggle.focus();
      }
    }

    toggle.addEventListener('click', function (e) {
      e.preventDefault();
      open(!facets.classList.contains('open'));
    });
    toggle.addEventListener('keydown', function (e) {
      if (e.key === ' ') { e.preventDefault(); open(!facets.classList.contains('open')); }
    });
    if (close) {
      close.addEventListener('click', function () { open(false); });
    }
    facets.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && facets.classList.contains('open')) { open(false); }
    });
  });
})();
