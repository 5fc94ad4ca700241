// "Keep this course on my phone" on a course page, and the list of kept lessons on the offline page (docs/offline.md).
// Loaded only there, after js/offline.js has registered the service worker.
(() => {
  'use strict';
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    return;
  }

  const KEPT = 'dice-kept';
  const worker = () => navigator.serviceWorker.ready.then(registration => registration.active);
  const keepBox = document.querySelector('[data-keep-course]');
  const units = keepBox ? keepBox.dataset.units : null;
  const format = (template, ...values) => (template || '').replace(/\{(\d)\}/g, (_, i) => values[Number(i)]);
  const size = bytes => {
    const [b, kb, mb] = (units || 'B|KB|MB').split('|');
    return bytes < 1024 ? bytes + ' ' + b
      : bytes < 1024 * 1024 ? Math.round(bytes / 1024) + ' ' + kb
        : (bytes / 1024 / 1024).toFixed(1) + ' ' + mb;
  };

  // "Keep this course on my phone": the site lists the addresses and their sizes; the service worker stores them.
  if (keepBox) {
    fetch(keepBox.dataset.keepCourse, { credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : null)
      .then(list => list && offerKeeping(keepBox, list), () => { });
  }

  function offerKeeping(box, list) {
    const urls = list.pages.map(p => p.url).concat(list.images.map(i => i.url));
    const status = box.querySelector('[data-keep-status]');
    const button = box.querySelector('button');
    box.querySelector('[data-keep-needs]').textContent = format(box.dataset.needs, list.pages.length, list.images.length, size(list.bytes));
    box.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      const active = await worker();
      const result = await new Promise(resolve => {
        const channel = new MessageChannel();
        channel.port1.onmessage = message => {
          if (message.data.finished) {
            resolve(message.data);
          } else {
            status.textContent = format(box.dataset.keeping, message.data.done, message.data.total);
          }
        };
        active.postMessage({ type: 'keep', urls }, [channel.port2]);
      });
      const estimate = navigator.storage && navigator.storage.estimate ? await navigator.storage.estimate() : { usage: result.bytes };
      status.textContent = result.done === result.total
        ? format(box.dataset.kept, list.pages.length, size(result.bytes), size(estimate.usage))
        : format(box.dataset.failed, result.done, result.total);
      box.dataset.keptBytes = result.bytes;
      button.disabled = false;
    });
  }

  // The offline page lists the lessons kept on this device.
  const keptList = document.querySelector('[data-kept-pages]');
  if (keptList) {
    listKept().then(pages => {
      for (const page of pages) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.title;
        item.append(link, ' ', Object.assign(document.createElement('span'), { className: 'muted', textContent: page.savedAt }));
        keptList.append(item);
      }

      document.querySelector('[data-no-kept-pages]').hidden = pages.length > 0;
    });
  }

  async function listKept() {
    const kept = await caches.open(KEPT);
    const pages = [];
    for (const request of await kept.keys()) {
      const response = await kept.match(request);
      const title = response.headers.get('x-dice-title');
      if (title) {
        const savedAt = response.headers.get('x-dice-saved-at') || '';
        pages.push({ url: new URL(request.url).pathname, title: decodeURIComponent(title).replace(/ · Dice LMS$/, ''), savedAt });
      }
    }

    return pages.sort((a, b) => a.url.localeCompare(b.url));
  }
})();
