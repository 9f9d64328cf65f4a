/*
 * Folio: shows the reader's stored theme before the first paint. A classic script in <head>,
 * so it runs before the body is parsed; a file of the site, because the Content-Security-
 * Policy (script-src 'self') runs nothing inline. Same key and values as
 * src/app/theme/theme-choice.ts; without a stored choice the stylesheet follows the system.
 */
/* global window, document */
(function () {
  try {
    var theme = window.localStorage.getItem('folio-theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch {
    // Storage disabled (some private modes): follow the system theme.
  }
})();
