// The service worker of Dice LMS (docs/offline.md): keeps the lessons a learner opens for reading offline, stores a
// whole course on request, and shows a page in the reader's language instead of the browser's error. It never handles
// a form post: answers queued offline are sent by the page itself (js/offline.js), so the server judges them as usual.
'use strict';

// Written in by the site at /sw.js: a new build gives a new script, which the browser installs in place of this one.
const VERSION = '__VERSION__';
// Lms:TimeZone: a saved copy is dated in the time people read everywhere else on the site, never in UTC.
const TIME_ZONE = '__TIME_ZONE__';

// "2026-12-05 08:40" in the site's time zone ('sv-SE' writes dates and times in that order).
function localTime(date) {
  try {
    return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  } catch {
    return date.toISOString().slice(0, 16).replace('T', ' ');
  }
}
// The offline pages and their stylesheet and script, per version of the site.
const SHELL = 'dice-shell-' + VERSION;
// Lessons, their images and styles: kept across versions (a lesson is replaced when it is next read online), emptied at sign-out.
const KEPT = 'dice-kept';
// The language of the page read last, for the offline page.
const META = 'dice-meta';
const LANGUAGES = ['mn', 'en'];
const LESSON = /^\/courses\/[^/]+\/modules\/[^/]+$/;
const ASSETS = ['style', 'script', 'image', 'font', 'manifest'];

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL);
    for (const language of LANGUAGES) {
      const url = '/app/offline?culture=' + language;
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }

      const html = await response.clone().text();
      await shell.put(url, response);
      // Its stylesheet and script, by the fingerprinted addresses this version of the site gives them.
      const assets = [...html.matchAll(/(?:href|src)="(\/(?:css|js)\/[^"]+)"/g)].map(match => match[1]);
      await shell.addAll([...new Set(assets)]);
    }

    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('dice-shell-') && name !== SHELL) {
        await caches.delete(name);
      }
    }

    await self.clients.claim();
  })());
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }

  if (request.mode === 'navigate') {
    event.respondWith(navigate(request, url));
  } else if (ASSETS.includes(request.destination)) {
    event.respondWith(asset(request));
  }
});

self.addEventListener('message', event => {
  const message = event.data || {};
  const port = event.ports[0];
  if (message.type === 'language' && LANGUAGES.includes(message.language)) {
    event.waitUntil(caches.open(META).then(meta => meta.put('/language', new Response(message.language))));
  } else if (message.type === 'keep' && port) {
    event.waitUntil(keepAll(message.urls || [], port));
  }
});

// Network first, so a newer version of a lesson replaces the kept one whenever the learner is online; the kept copy
// (with its note) when the network fails; the offline page for anything else.
async function navigate(request, url) {
  try {
    const response = await fetch(request);
    if (LESSON.test(url.pathname) && response.ok && !response.redirected) {
      await keep(url.pathname, response.clone());
    }

    return response;
  } catch (error) {
    const kept = LESSON.test(url.pathname) ? await (await caches.open(KEPT)).match(url.pathname, { ignoreSearch: true, ignoreVary: true }) : null;
    return kept ? savedCopy(kept) : offlinePage();
  }
}

// Stylesheets, scripts and images: from the network (the browser's own cache keeps fingerprinted ones for a year), kept
// for the pages read offline.
async function asset(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(KEPT).then(kept => kept.put(request, copy));
    }

    return response;
  } catch (error) {
    return (await caches.match(request, { ignoreVary: true })) || Response.error();
  }
}

// Stores a page with the time it was saved; returns the bytes it takes.
async function keep(path, response) {
  const body = await response.blob();
  const headers = new Headers(response.headers);
  // The body is stored decoded: the headers must not claim otherwise.
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set('x-dice-saved-at', localTime(new Date()));
  const title = /<title>([^<]*)<\/title>/.exec(await body.text());
  headers.set('x-dice-title', encodeURIComponent(title ? title[1] : path));
  await (await caches.open(KEPT)).put(path, new Response(body, { status: 200, headers }));
  return body.size;
}

// "Keep this course on my phone": every address the course page listed, reporting progress to the page.
async function keepAll(urls, port) {
  const kept = await caches.open(KEPT);
  let done = 0;
  let bytes = 0;
  for (const url of urls) {
    try {
      // The header tells the site this is not a visit: keeping a course must not move where the learner resumes.
      const response = await fetch(url, { credentials: 'same-origin', headers: { 'X-Dice-Keep': '1' } });
      if (response.ok && !response.redirected) {
        if (LESSON.test(new URL(url, self.location.origin).pathname)) {
          bytes += await keep(url, response);
        } else {
          const body = await response.blob();
          await kept.put(url, new Response(body, { headers: response.headers }));
          bytes += body.size;
        }

        done++;
      }
    } catch (error) {
      // Offline again: what was kept stays, the page reports how much.
    }

    port.postMessage({ done, total: urls.length, bytes, finished: false });
  }

  port.postMessage({ done, total: urls.length, bytes, finished: true });
}

// The kept page as it was, with its "saved copy" note shown and dated (the note is in the page, in its language).
async function savedCopy(kept) {
  const savedAt = kept.headers.get('x-dice-saved-at') || '';
  const html = (await kept.text())
    .replace('data-saved-copy hidden', 'data-saved-copy')
    .replace('{saved}', savedAt);
  return new Response(html, { status: 200, headers: kept.headers });
}

async function offlinePage() {
  const remembered = await (await caches.open(META)).match('/language');
  const language = remembered ? await remembered.text() : LANGUAGES[0];
  return (await caches.match('/app/offline?culture=' + language)) || Response.error();
}
