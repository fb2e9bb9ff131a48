// Google Analytics, loaded only after consent to analytics cookies (the store adds this file to a
// page only then). Consent Mode v2: every kind of storage is denied by default, then analytics
// storage alone is granted; advertising stays denied. The measurement id comes from data-config.
(function () {
  'use strict';
  var id = document.currentScript && document.currentScript.getAttribute('data-config');
  if (!id || !/^G-[A-Z0-9]{4,20}$/.test(id)) {
    return;
  }
  window.dataLayer = window.dataLayer || [];
  function gtag() { window.dataLayer.push(arguments); }
  window.gtag = gtag;
  gtag('consent', 'default', {
    ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied'
  });
  gtag('consent', 'update', { analytics_storage: 'granted' });
  gtag('js', new Date());
  gtag('config', id);
  var tag = document.createElement('script');
  tag.async = true;
  tag.src = 'https://www.googletagmanager.com/gtag/js?id=' + encodeURIComponent(id);
  document.head.appendChild(tag);
})();
