// 引用: copy a passage's or a hit's ready citation to the clipboard, and show it where it can be selected.
// The document page has one citation box for all its passages; a results page gets a box under the hit.
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

  // The hit's own box: a labelled read-only text and a status line, made once, under the button.
  var made = 0;
  function hitBox(button) {
    var holder = button.parentNode;
    var box = holder.querySelector('textarea');
    if (box) { return {box: box, status: holder.querySelector('[role=status]')}; }
    made += 1;
    var label = document.createElement('label');
    label.textContent = '引文';
    label.htmlFor = 'cite-hit-' + made;
    box = document.createElement('textarea');
    box.id = 'cite-hit-' + made;
    box.readOnly = true;
    box.rows = 3;
    var status = document.createElement('span');
    status.setAttribute('role', 'status');
    holder.appendChild(label);
    holder.appendChild(box);
    holder.appendChild(status);
    return {box: box, status: status};
  }

  function copy(text, box, status) {
    box.value = text;
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
  }

  document.addEventListener('DOMContentLoaded', function () {
    openPassagePage();
    var panel = document.getElementById('cite-panel');
    document.querySelectorAll('button.cite').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = button.getAttribute('data-cite');
        if (panel) {
          panel.hidden = false;
          copy(text, document.getElementById('cite-box'), document.getElementById('cite-status'));
        } else {
          var own = hitBox(button);
          copy(text, own.box, own.status);
        }
      });
    });
  });
})();
