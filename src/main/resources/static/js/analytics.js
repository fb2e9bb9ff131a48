// The store's own usage analytics, loaded only with consent to analytics cookies: reports clicks on
// product tiles and banners, and the time the page was visible, to /analytics/beacon on this site.
(function () {
  'use strict';
  var endpoint = '/analytics/beacon';
  var visibleMs = 0;
  var visibleSince = document.visibilityState === 'visible' ? Date.now() : null;

  function randomId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function send(report) {
    report.id = randomId();
    report.path = location.pathname;
    navigator.sendBeacon(endpoint, new Blob([JSON.stringify(report)], { type: 'application/json' }));
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link || link.origin !== location.origin) {
      return;
    }
    if (link.closest('.tile')) {
      send({ type: 'tile', target: link.pathname });
    } else if (link.closest('.hero, .category-grid, [data-banner]')) {
      send({ type: 'banner', target: link.pathname });
    }
  });

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      visibleSince = Date.now();
    } else if (visibleSince !== null) {
      visibleMs += Date.now() - visibleSince;
      visibleSince = null;
      send({ type: 'time', ms: Math.min(visibleMs, 86400000) });
      visibleMs = 0;
    }
  });
})();
