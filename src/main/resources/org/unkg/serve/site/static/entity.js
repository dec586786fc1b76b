/* The copy button of an entity page: copies the IRI shown beside it. The button stays hidden without scripts. */
(function () {
  'use strict';

  function copied(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute('data-copied');
    window.setTimeout(function () { button.textContent = label; }, 1500);
  }

  /* Without the Clipboard API (a page served over plain HTTP to another host), select the text and copy that. */
  function copyBySelection(element, button) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      if (document.execCommand('copy')) {
        copied(button);
      }
    } catch (e) {
      /* The text stays selected for the reader to copy. */
    }
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.textContent.trim();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button); },
          function () { copyBySelection(target, button); });
      } else {
        copyBySelection(target, button);
      }
    });
  });
}());
