// 上一处/下一处: move between the marked query words of the document page, by button or keyboard. Past the last
// mark of a page 下一处 opens the next page holding one (the server names it in data-next-page), and 上一处 before
// the first opens the previous one; at the first and the last mark of the whole document the button is disabled.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var nav = document.getElementById('hit-nav');
    var prev = document.getElementById('prev-hit');
    var next = document.getElementById('next-hit');
    var status = document.getElementById('hit-status');
    if (!nav || !prev || !next) { return; }
    var prevPage = nav.getAttribute('data-prev-page');
    var nextPage = nav.getAttribute('data-next-page');
    var marks = Array.prototype.slice.call(document.querySelectorAll('.passage mark'));
    var current = -1;
    nav.hidden = false;

    function ends() {
      var atFirst = !prevPage && current <= 0;
      var atLast = !nextPage && current >= marks.length - 1;
      prev.disabled = atFirst;
      next.disabled = atLast;
      prev.title = atFirst ? '已是全文第一处' : (current <= 0 ? '到上一页的最后一处' : '');
      next.title = atLast ? '已是全文最后一处' : (current >= marks.length - 1 ? '到下一页的第一处' : '');
      if (marks.length === 0) { return ''; }
      if (current >= 0 && atLast && current === marks.length - 1) { return '，已是全文最后一处'; }
      if (current === 0 && atFirst) { return '，已是全文第一处'; }
      return '';
    }

    function go(i) {
      if (current >= 0) { marks[current].classList.remove('current'); }
      current = i;
      var mark = marks[current];
      mark.classList.add('current');
      mark.setAttribute('tabindex', '-1');
      mark.scrollIntoView({block: 'center'});
      mark.focus({preventScroll: true});
      status.textContent = '第 ' + (current + 1) + ' 处，本页共 ' + marks.length + ' 处' + ends();
    }

    next.addEventListener('click', function () {
      if (current < marks.length - 1) {
        go(current + 1);
        (next.disabled ? prev : next).focus();
      } else if (nextPage) {
        window.location.assign(nextPage);
      }
    });
    prev.addEventListener('click', function () {
      if (current > 0) {
        go(current - 1);
        (prev.disabled ? next : prev).focus();
      } else if (prevPage) {
        window.location.assign(prevPage);
      }
    });

    if (marks.length === 0) {
      ends();
      status.textContent = '本页没有标出的检索词' + (nextPage || prevPage ? '，可到其他页查看' : '');
      return;
    }
    if (window.location.hash === '#hit-first') {
      go(0);
    } else if (window.location.hash === '#hit-last') {
      go(marks.length - 1);
    } else {
      ends();
      status.textContent = '本页共 ' + marks.length + ' 处';
    }
  });
})();
