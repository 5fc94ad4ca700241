// Dice LMS on a phone whose connection comes and goes (docs/offline.md). Everything here is an extra: every page and
// form works without it. On every page: registers the service worker, keeps answers and "mark complete" given offline
// on this device and sends them when the connection is back, and forgets everything kept at sign-out. Keeping a whole
// course and listing what is kept live in js/kept.js, on the two pages that need them.
(() => {
  'use strict';
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    return;
  }

  const text = document.currentScript ? document.currentScript.dataset : {};
  const QUEUE = 'dice.queue';
  const SIGN_OUT = 'form[action="/account/sign-out"], form[action="/account/sign-out-everywhere"]';

  navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => { });
  const worker = () => navigator.serviceWorker.ready.then(registration => registration.active);
  // The offline page comes in the language of the page read last.
  worker().then(active => active.postMessage({ type: 'language', language: document.documentElement.lang }));
  // The first lesson read came before the worker took over: kept like every later one.
  if (!navigator.serviceWorker.controller && /^\/courses\/[^/]+\/modules\/[^/]+$/.test(location.pathname)) {
    worker().then(active => active.postMessage({ type: 'keep', urls: [location.pathname] }, [new MessageChannel().port2]));
  }

  // A status line, after the form it is about or at the top of the page; filled a moment after it is added, so that
  // screen readers announce it.
  function notify(form, message, href, linkText) {
    const line = document.createElement('p');
    line.className = 'notice offline-notice';
    line.setAttribute('role', 'status');
    if (form) {
      form.append(line);
    } else {
      (document.querySelector('main') || document.body).prepend(line);
    }

    setTimeout(() => {
      line.textContent = message + ' ';
      if (href) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = linkText || href;
        line.append(link);
      }
    }, 100);
  }

  // Answers and "mark complete" waiting to be sent: in localStorage, one entry per form address (the newest wins).
  const readQueue = () => {
    try {
      return JSON.parse(localStorage.getItem(QUEUE) || '[]');
    } catch (error) {
      return [];
    }
  };
  const writeQueue = queue => queue.length ? localStorage.setItem(QUEUE, JSON.stringify(queue)) : localStorage.removeItem(QUEUE);

  function enqueue(form, submitter) {
    // getAttribute: the quiz form has buttons named "action", which hide the form's own action property.
    const url = new URL(form.getAttribute('action'), location.href).pathname;
    const fields = [...new FormData(form, submitter)].filter(([, value]) => typeof value === 'string');
    writeQueue(readQueue().filter(item => item.url !== url).concat([{ url, fields, page: location.pathname, at: new Date().toISOString() }]));
    notify(form, text.queued);
  }

  // Sends what waits, oldest first, once across tabs. The server judges each post as if it came from the form (time
  // limits, attempts, grading) and recognises one it already applied, so a post sent twice counts once.
  async function flush() {
    if (!navigator.onLine || readQueue().length === 0) {
      return;
    }

    const send = async () => {
      for (const item of readQueue()) {
        let response;
        try {
          response = await fetch(item.url, { method: 'POST', body: new URLSearchParams(item.fields), credentials: 'same-origin' });
        } catch (error) {
          return; // Still offline: it waits for the next chance.
        }

        if (response.redirected && new URL(response.url).pathname === '/account/sign-in') {
          // Signed out by time, not by the learner: kept until they sign in again.
          notify(null, text.signIn, '/account/sign-in?returnUrl=' + encodeURIComponent(item.page), text.signInLink);
          return;
        }

        writeQueue(readQueue().filter(other => other.url !== item.url || other.at !== item.at));
        await report(item, response);
      }
    };
    await (navigator.locks ? navigator.locks.request('dice-queue', send) : send());
  }

  async function report(item, response) {
    if (response.ok) {
      if (location.pathname === item.page) {
        location.assign(response.url); // Where the form would have led: the result, or the next module.
      } else {
        notify(null, text.sent, response.url, text.sentLink);
      }
    } else if (response.status === 400) {
      // The antiforgery token no longer fits (the browser was closed, another account signed in): nothing was saved.
      notify(null, text.expired, item.page, text.openAgain);
    } else {
      // Refused by the rules (time limit, already submitted, changed elsewhere): the site's own words, never hidden.
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const reason = [...page.querySelectorAll('main h1, main h1 + p')].map(e => e.textContent.trim()).join(' ');
      const link = page.querySelector('main h1 ~ p a[href^="/"]');
      notify(null, text.refused + ' ' + reason, link ? link.getAttribute('href') : item.page, link ? link.textContent : text.openAgain);
    }
  }

  // Sign-out forgets every kept page and waiting answer before the form goes (the response's Clear-Site-Data header
  // does it again). The offline page of this version of the site stays: it holds nothing personal.
  async function forgetDevice() {
    localStorage.removeItem(QUEUE);
    for (const name of await caches.keys()) {
      if (name.startsWith('dice-') && !name.startsWith('dice-shell-')) {
        await caches.delete(name);
      }
    }
  }

  document.addEventListener('submit', event => {
    const form = event.target;
    if (form.matches(SIGN_OUT)) {
      event.preventDefault();
      forgetDevice().finally(() => form.submit());
    } else if (form.matches('form[data-offline-queue]') && !navigator.onLine) {
      event.preventDefault();
      enqueue(form, event.submitter);
    }
  });
  window.addEventListener('online', flush);
  flush();
})();
