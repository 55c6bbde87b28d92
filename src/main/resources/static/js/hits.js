// 上一处/下一处: move between the marked query words of the document page, by button or keyboard.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var nav = document.getElementById('hit-nav');
    var prev = document.getElementById('prev-hit');
    var next = document.getElementById('next-hit');
    var status = document.getElementById('hit-status');
    if (!nav || !prev || !next) { return; }
    var marks = Array.prototype.slice.call(document.querySelectorAll('.passage mark'));
    nav.hidden = false;
    if (marks.length === 0) {
      prev.disabled = true;
      next.disabled = true;
      status.textContent = '本页没有标出的检索词';
      return;
    }
    var current = -1;

    function go(i) {
      if (current >= 0) { marks[current].classList.remove('current'); }
      current = (i + marks.length) % marks.length;
      var mark = marks[current];
      mark.classList.add('current');
      mark.setAttribute('tabindex', '-1');
      mark.scrollIntoView({block: 'center'});
      mark.focus({preventScroll: true});
      status.textContent = '第 ' + (current + 1) + ' 处，本页共 ' + marks.length + ' 处';
    }

    status.textContent = '本页共 ' + marks.length + ' 处';
    next.addEventListener('click', function () { go(current + 1); next.focus(); });
    prev.addEventListener('click', function () { go(current < 0 ? marks.length - 1 : current - 1); prev.focus(); });
  });
})();
