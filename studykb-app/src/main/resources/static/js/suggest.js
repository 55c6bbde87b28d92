// Suggestions while typing: words that start with what was typed, and titles that contain it.
// Attaches to every input[data-suggest]; asks /api/suggest; no inline script, no libraries.
(function () {
  'use strict';

  function attach(input) {
    var list = document.createElement('ul');
    list.className = 'suggest';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute('aria-autocomplete', 'list');
    var timer = null;
    var active = -1;
    var items = [];
    var lastAsked = '';

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
    }

    function choose(s) {
      if (s.kind === 'title' && s.id) {
        window.location.href = '/document?id=' + encodeURIComponent(s.id);
        return;
      }
      input.value = s.text;
      close();
      if (input.form) {
        input.form.submit();
      }
    }

    function show(suggestions) {
      close();
      items = suggestions;
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.className = 'suggestion';
        var text = document.createElement('span');
        text.textContent = s.text;            // text, never HTML
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = s.kind === 'title' ? '文档' : (s.count + ' 篇');
        li.appendChild(text);
        li.appendChild(kind);
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          choose(suggestions[i]);
        });
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
    }

    function ask() {
      var q = input.value.trim();
      if (q === '' || q === lastAsked) {
        if (q === '') { close(); lastAsked = ''; }
        return;
      }
      lastAsked = q;
      fetch('/api/suggest?size=8&q=' + encodeURIComponent(q), {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (s) { if (input.value.trim() === q) { show(s); } })
        .catch(function () { close(); });
    }

    function highlight(i) {
      var lis = list.querySelectorAll('li');
      lis.forEach(function (li, j) { li.classList.toggle('active', j === i); });
      active = i;
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden || items.length === 0) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(items[active]); }
      else if (e.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-suggest]').forEach(attach);
  });
})();
