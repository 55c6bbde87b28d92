// 引用: put the passage's citation in a visible text box and copy it to the clipboard.
(function () {
  'use strict';

  function copied(status, ok) {
    status.textContent = ok ? '已复制到剪贴板' : '请选中上面的文字后复制（Ctrl+C）';
  }

  // A link to a passage on another page of the document (#p-N without p=N, as older links were): open its page.
  function openPassagePage() {
    var m = /^#p-(\d+)$/.exec(window.location.hash);
    if (!m || document.getElementById('p-' + m[1])) { return; }
    var url = new URL(window.location.href);
    if (url.searchParams.get('p') === m[1]) { return; }
    url.searchParams.set('p', m[1]);
    url.searchParams.delete('page');
    window.location.replace(url.toString());
  }

  document.addEventListener('DOMContentLoaded', function () {
    openPassagePage();
    var panel = document.getElementById('cite-panel');
    var box = document.getElementById('cite-box');
    var status = document.getElementById('cite-status');
    if (!panel || !box) { return; }
    document.querySelectorAll('button.cite').forEach(function (button) {
      button.addEventListener('click', function () {
        var text = button.getAttribute('data-cite');
        box.value = text;
        panel.hidden = false;
        box.focus();
        box.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { copied(status, true); },
            function () { copied(status, document.execCommand('copy')); });
        } else {
          var ok = false;
          try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
          copied(status, ok);
        }
      });
    });
  });
})();
