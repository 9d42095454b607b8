// The admin desk's only script: reads Telegram's initData and theme from the launch URL, asks the
// server for a screen (HTML in the admin's language), shows it, and sends taps back. No third party.
/* global window, document, location, history, sessionStorage, fetch, URLSearchParams, setTimeout, clearTimeout */
(function () {
  'use strict';
  var KEY = 'vestka-desk-init';
  var app = document.getElementById('app');
  var sheet = document.getElementById('sheet');
  var sheetBody = document.getElementById('sheet-body');
  var toast = document.getElementById('toast');
  var launch = new URLSearchParams(location.hash.slice(1));
  var initData = launch.get('tgWebAppData') || sessionStorage.getItem(KEY) || '';
  if (launch.get('tgWebAppData')) sessionStorage.setItem(KEY, initData);
  var state = { filter: 'all', search: '' };

  // Telegram's events: the app's own bridge on phones, postMessage to web.telegram.org in a browser.
  function postEvent(type, data) {
    var payload = JSON.stringify(data || {});
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, payload);
      else if (window.external && 'notify' in window.external)
        window.external.notify(JSON.stringify({ eventType: type, eventData: data || {} }));
      else if (window.parent !== window)
        window.parent.postMessage(
          JSON.stringify({ eventType: type, eventData: data || {} }),
          'https://web.telegram.org',
        );
    } catch {
      /* outside Telegram: nothing to tell */
    }
  }

  function applyTheme(params) {
    if (!params) return;
    Object.keys(params).forEach(function (key) {
      if (/^[a-z_]+$/.test(key) && /^#[0-9a-fA-F]{3,8}$/.test(String(params[key]))) {
        document.documentElement.style.setProperty('--tg-theme-' + key.replace(/_/g, '-'), params[key]);
      }
    });
  }
  try {
    applyTheme(JSON.parse(launch.get('tgWebAppThemeParams') || sessionStorage.getItem(KEY + '-theme') || 'null'));
  } catch {
    /* no theme: the CSS defaults */
  }
  if (launch.get('tgWebAppThemeParams')) sessionStorage.setItem(KEY + '-theme', launch.get('tgWebAppThemeParams'));
  function receive(type, data) {
    if (type === 'theme_changed' && data) applyTheme(data.theme_params);
  }
  window.Telegram = window.Telegram || {};
  window.Telegram.WebView = { receiveEvent: receive };
  window.addEventListener('message', function (event) {
    try {
      var m = JSON.parse(event.data);
      receive(m.eventType, m.eventData);
    } catch {
      /* not Telegram's */
    }
  });

  function route() {
    var path = location.pathname.replace(/\/+$/, '');
    var m = /\/desk\/(batch|sync)\/(\d+)$/.exec(path);
    return m ? m[1] + '/' + m[2] : 'home';
  }

  function say(html, bad) {
    toast.innerHTML = html;
    toast.className = 'toast' + (bad ? ' bad' : '');
    toast.hidden = false;
    clearTimeout(say.timer);
    say.timer = setTimeout(
      function () {
        toast.hidden = true;
      },
      bad ? 8000 : 5000,
    );
  }

  function call(path, body) {
    var options = { method: body ? 'POST' : 'GET', headers: { authorization: 'tma ' + initData } };
    if (body) {
      options.headers['content-type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    document.body.setAttribute('aria-busy', 'true');
    return fetch('/desk/api/' + path, options)
      .then(function (res) {
        return res
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            data.status = res.status;
            return data;
          });
      })
      .finally(function () {
        document.body.removeAttribute('aria-busy');
      });
  }

  function show(data) {
    if (data.status === 401 || data.status === 403) {
      app.innerHTML = '<p class="status denied" data-denied="' + data.status + '"></p>';
      app.firstChild.textContent = data.message || '401';
      closeSheet();
      return;
    }
    if (data.html) {
      var scroll = window.scrollY;
      app.innerHTML = data.html;
      var search = document.getElementById('search');
      if (search) search.value = state.search;
      filter();
      window.scrollTo(0, scroll);
    }
    if (data.message) say(data.message, data.status >= 400);
  }

  function load() {
    closeSheet();
    return call(route()).then(show);
  }

  function filter() {
    var rows = app.querySelectorAll('tr[data-decision]');
    if (!rows.length) return;
    var words = state.search.toLowerCase().trim();
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.getAttribute('data-decision');
      var byFilter = state.filter === 'all' || (state.filter === 'open' ? d === 'ambiguous' : d === state.filter);
      var visible = byFilter && (!words || row.getAttribute('data-text').indexOf(words) !== -1);
      row.hidden = !visible;
      if (visible) shown++;
    });
    app.querySelectorAll('[data-filter]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === state.filter));
    });
    var none = document.getElementById('no-lines');
    if (none) none.hidden = shown > 0;
  }

  function openLine(lineNo) {
    call(route() + '/line/' + lineNo).then(function (data) {
      if (data.status !== 200) return show(data);
      sheetBody.innerHTML = data.html;
      sheet.hidden = false;
      var first = sheetBody.querySelector('button');
      if (first) first.focus();
    });
  }
  function closeSheet() {
    sheet.hidden = true;
    sheetBody.innerHTML = '';
  }

  function act(body) {
    call(route(), body).then(function (data) {
      if (data.status < 400 || data.html) closeSheet();
      show(data);
    });
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest('a[data-nav], [data-filter], [data-action], [data-close], tr[data-line]');
    if (!target) {
      if (event.target === sheet) closeSheet();
      return;
    }
    if (target.matches('a[data-nav]')) {
      event.preventDefault();
      history.pushState(null, '', target.getAttribute('href'));
      return void load();
    }
    if (target.matches('[data-filter]')) {
      state.filter = target.getAttribute('data-filter');
      return filter();
    }
    if (target.matches('[data-close]')) return closeSheet();
    if (target.matches('tr[data-line]')) return openLine(target.getAttribute('data-line'));
    var body = { action: target.getAttribute('data-action') };
    ['line', 'prisoner', 'kind', 'country', 'audience'].forEach(function (name) {
      var value = target.getAttribute('data-' + name);
      if (value === null) return;
      if (name === 'line') body.line = Number(value);
      else if (name === 'prisoner') body.prisonerId = Number(value);
      else body[name] = value;
    });
    target.disabled = true;
    act(body);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.matches && event.target.matches('tr[data-line]'))
      openLine(event.target.getAttribute('data-line'));
    if (event.key === 'Escape') closeSheet();
  });
  document.addEventListener('input', function (event) {
    if (event.target.id === 'search') {
      state.search = event.target.value;
      filter();
    }
  });
  document.addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    act({
      action: 'kind',
      kind: 'expelled',
      line: Number(form.getAttribute('data-line')),
      country: form.elements.country.value,
    });
  });
  window.addEventListener('popstate', load);

  postEvent('web_app_ready');
  postEvent('web_app_expand');
  load();
})();
