// The browser-mode stand-in for the Electron preload, served as /bridge.js. It defines
// `window.api = { call, on }` (see `Api` in shared/contract) over POST /rpc and one shared
// EventSource on /events. Plain ES2020 so it runs as a classic script before the renderer bundle.

export const BRIDGE_SCRIPT = String.raw`(function () {
  'use strict';
  var meta = document.querySelector('meta[name="forteckna-token"]');
  var token = meta ? meta.getAttribute('content') || '' : '';
  // The token now lives in an HttpOnly cookie and in this closure: take it out of the address bar.
  try {
    var url = new URL(window.location.href);
    if (url.searchParams.has('token')) {
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
  } catch (e) { /* keep the address as it is */ }

  function failure(code, message) {
    return { ok: false, error: { code: code, message: message } };
  }

  // One EventSource for every listener, opened at once; calls wait (briefly) until it is
  // connected so an event caused by the very first call is not missed.
  var listeners = new Map();
  var source = new EventSource('/events');
  var ready = new Promise(function (resolve) {
    source.addEventListener('open', function () { resolve(); }, { once: true });
    source.addEventListener('error', function () { resolve(); }, { once: true });
    setTimeout(resolve, 2000);
  });
  source.onmessage = function (message) {
    var data;
    try { data = JSON.parse(message.data); } catch (e) { return; }
    var set = listeners.get(data.event);
    if (!set) return;
    Array.from(set).forEach(function (listener) {
      try { listener(data.payload); } catch (e) { console.error(e); }
    });
  };

  function call(method, input) {
    return ready.then(function () { return post(method, input); });
  }

  function post(method, input) {
    return fetch('/rpc', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', 'x-forteckna-token': token },
      body: JSON.stringify({ method: method, input: input === undefined ? {} : input }),
    }).then(
      function (response) {
        var type = response.headers.get('content-type') || '';
        if (type.indexOf('application/json') === 0) return response.json();
        return response.text().then(function (text) {
          return failure('INTERNAL', 'HTTP ' + response.status + ': ' + text.slice(0, 200));
        });
      },
      function (error) {
        return failure('INTERNAL', 'Förteckna svarar inte / Förteckna is not responding: ' + String(error));
      }
    );
  }

  function on(event, listener) {
    var set = listeners.get(event);
    if (!set) { set = new Set(); listeners.set(event, set); }
    set.add(listener);
    return function unsubscribe() { set.delete(listener); };
  }

  Object.defineProperty(window, 'api', {
    value: Object.freeze({ call: call, on: on }),
    writable: false,
    configurable: false,
    enumerable: true,
  });
})();
`;
