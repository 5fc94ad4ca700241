// Lighthouse (mobile) scores of the home, catalogue, lesson, quiz and dashboard pages, and the lesson page's bytes and
// load time at 400 kbps with 400 ms round trips (Chromium's network throttling), first and repeat visit.
// Usage: node measure.mjs BASE_URL   (prints Markdown tables)
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { signIn, openAttempt, chromiumArgs } from './signin.mjs';

const base = process.argv[2];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const lesson = `${base}/courses/safety/modules/beneficiary-data`;

const cookieOf = async page => (await page.context().cookies()).map(c => `${c.name}=${c.value}`).join('; ');
const learner = await signIn(browser, base, 'learner@example.org');
const quiz = await openAttempt(learner, base, 'safety', 'phishing-and-scams');
const staff = await signIn(browser, base, 'staff@example.org');
const pages = [
  ['home', `${base}/`, null],
  ['catalogue', `${base}/courses`, null],
  ['lesson', lesson, await cookieOf(learner)],
  ['quiz (attempt)', quiz, await cookieOf(learner)],
  ['proficiency dashboard', `${base}/staff/proficiency`, await cookieOf(staff)],
];

// Throttled lesson visits in a fresh context (new connections), then again with the cache and connection warm.
const context = await browser.newContext({ storageState: await learner.context().storageState() });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 });
let bytes = 0;
cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
const visits = [];
for (const visit of ['first', 'repeat']) {
  bytes = 0;
  await page.goto(lesson, { waitUntil: 'load' });
  const timing = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return { load: n.loadEventEnd, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }; });
  await page.waitForTimeout(500);
  visits.push([visit, bytes, timing.load, timing.fcp]);
}
await browser.close();

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
const scores = [];
for (const [name, url, cookie] of pages) {
  const result = await lighthouse(url, {
    port: chrome.port, output: 'json', logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  const c = result.lhr.categories;
  scores.push([name, ...['performance', 'accessibility', 'best-practices', 'seo'].map(k => Math.round(c[k].score * 100))]);
}
await chrome.kill();

console.log('| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|');
for (const row of scores) console.log(`| ${row.join(' | ')} |`);
console.log('\n| lesson visit | bytes transferred | load event | first contentful paint |\n|---|---:|---:|---:|');
for (const [visit, b, load, fcp] of visits) console.log(`| ${visit} | ${b.toLocaleString('en')} | ${(load / 1000).toFixed(2)} s | ${(fcp / 1000).toFixed(2)} s |`);
