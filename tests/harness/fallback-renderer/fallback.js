/* global window, document */
// Shows that window.api works: the app version, host and open register.
const status = document.getElementById('status');
const info = await window.api.call('app.info', {});
const current = await window.api.call('register.current', {});
status.textContent = info.ok
  ? `Förteckna ${info.value.version} (${info.value.host}) – ${current.ok && current.value ? current.value.organisationName : 'inget register'}`
  : `Fel: ${info.error.message}`;
