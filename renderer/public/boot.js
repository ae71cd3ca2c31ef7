// First paint before the app's JavaScript (classic same-origin script in <head>, allowed by the CSP): applies
// the reader's last theme and text size, and — when the address opens a lesson — shows that lesson's
// pre-rendered HTML (build/scripts/prerender.ts), from a local copy when this build has been seen before,
// otherwise fetched. The app then renders the same page over it. BUILD and LESSONS are filled in at build time.
// Running in <head> makes this script render-blocking: no frame is drawn before it has run, and a local copy
// is put into #root the moment the parser creates it (a mutation observer fires before the next frame).
(function () {
  'use strict';
  var BUILD = '__BUILD_ID__';
  var LESSONS = '__LESSON_SLUGS__'.split(' ');
  var rootId = 'root';
  var store = null;
  try {
    store = window.localStorage;
  } catch {
    store = null;
  }
  try {
    var saved = JSON.parse((store && store.getItem('atlas:display')) || 'null');
    if (saved && typeof saved.theme === 'string') document.documentElement.dataset.theme = saved.theme;
    if (saved && typeof saved.motion === 'string') document.documentElement.dataset.motion = saved.motion;
    if (saved && typeof saved.textScale === 'number') document.documentElement.style.setProperty('--text-scale', String(saved.textScale));
    if (saved && typeof saved.textSize === 'string') document.documentElement.dataset.textSize = saved.textSize;
  } catch {
    /* no saved display settings yet */
  }
  var match = /^#\/lesson\/([a-z0-9-]+)\/?$/.exec(window.location.hash);
  if (!match || LESSONS.indexOf(match[1]) < 0) return;
  var key = 'atlas:prerender:' + BUILD + ':' + match[1];
  // Calls back with #root as soon as it exists (now, or when the parser inserts it).
  var withRoot = function (callback) {
    var root = document.getElementById(rootId);
    if (root) return callback(root);
    var check = function () {
      var found = document.getElementById(rootId);
      if (!found) return;
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', last);
      callback(found);
    };
    // DOMContentLoaded can come in the same task as #root, before the observer's callback has run (when nothing
    // else holds the parser back): look once more then.
    var last = function () {
      check();
      observer.disconnect();
    };
    var observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', last);
  };
  var show = function (html) {
    if (!html) return;
    withRoot(function (root) {
      if (root.hasChildNodes() || window.__atlasMounted) return;
      root.innerHTML = html;
      if (window.performance && performance.mark) performance.mark('atlas:prerendered-shown');
    });
  };
  var cached;
  try {
    cached = store && store.getItem(key);
  } catch {
    cached = null;
  }
  if (cached) {
    show(cached);
    window.__atlasBoot = Promise.resolve();
    return;
  }
  // main.tsx waits for this promise (then for a paint) before loading the app.
  window.__atlasBoot = fetch('./prerendered/lesson-' + match[1] + '.html')
    .then(function (response) {
      return response.ok ? response.text() : '';
    })
    .then(function (html) {
      show(html);
      if (!html || !store) return;
      try {
        // Keep only this build's copies.
        for (var i = store.length - 1; i >= 0; i--) {
          var k = store.key(i);
          if (k && k.indexOf('atlas:prerender:') === 0 && k.indexOf('atlas:prerender:' + BUILD + ':') !== 0) store.removeItem(k);
        }
        store.setItem(key, html);
      } catch {
        /* storage full or unavailable: fetch again next time */
      }
    })
    .catch(function () {
      /* the app renders the page anyway */
    });
})();
