// Keyboard shortcuts, documented on /help. Every page works without them.
//   /      focus the search box
//   j, k   next / previous result (or article in a list)
//   Escape leave the search box
(function () {
  'use strict';

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function moveAmongResults(step) {
    var links = Array.prototype.slice.call(document.querySelectorAll('a[data-hit]'));
    if (links.length === 0) return;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links[next].focus();
    links[next].scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) {
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    if (event.key === '/') {
      var box = document.querySelector('input[type=search]');
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    } else if (event.key === 'j') {
      moveAmongResults(1);
    } else if (event.key === 'k') {
      moveAmongResults(-1);
    }
  });
})();
