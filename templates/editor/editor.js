// The editor's own script, an enhancement only (every page works without it): a link to a field (the error summary's)
// goes to the field's container, so that its label and messages stay in view above the input, and puts the focus in
// the input, as the GOV.UK and デジタル庁 error summaries do. Loaded from /assets (Content-Security-Policy 'self').
(function () {
  'use strict';

  function control(box) {
    return box.querySelector('input[type=radio]:checked') ||
      box.querySelector('input:not([type=hidden]), textarea, select');
  }

  function goTo(id) {
    var box = document.getElementById(id);
    if (!box || !box.classList.contains('field')) {
      return false;
    }
    box.scrollIntoView({ block: 'start' });
    var input = control(box);
    if (input) {
      input.focus({ preventScroll: true });
    }
    return true;
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
    if (!link) {
      return;
    }
    var href = link.getAttribute('href');
    if (goTo(decodeURIComponent(href.slice(1)))) {
      event.preventDefault();
      history.replaceState(null, '', href);
    }
  });
})();
