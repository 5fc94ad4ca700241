// Phone (360 × 640) and desktop (1280 × 800) pictures of the running demo site for the README:
// a lesson, a quiz, the proficiency dashboard and a certificate. Usage: node screenshots.mjs BASE_URL OUT_DIR
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { signIn, openAttempt, chromiumArgs } from './signin.mjs';

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
const sizes = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 800 } };

for (const [size, viewport] of Object.entries(sizes)) {
  const learner = await signIn(browser, base, 'learner@example.org', { viewport });
  await learner.goto(`${base}/courses/safety/modules/strong-passwords`);
  await learner.screenshot({ path: join(out, `lesson-${size}.png`) });

  await openAttempt(learner, base, 'safety', 'phishing-and-scams');
  // The first answer chosen, scrolled so the question and its options fill the picture.
  await learner.locator('fieldset.question input').first().check();
  await learner.locator('fieldset.question').first().scrollIntoViewIfNeeded();
  await learner.screenshot({ path: join(out, `quiz-${size}.png`) });
  await learner.context().close();

  const staff = await signIn(browser, base, 'staff@example.org', { viewport });
  await staff.goto(`${base}/staff/proficiency`);
  await staff.screenshot({ path: join(out, `dashboard-${size}.png`) });

  // The certificate as printed: the first demo certificate's PDF, drawn by Ghostscript at the picture's width.
  await staff.goto(`${base}/staff/certificates`);
  const cohorts = await staff.locator("main a[href^='/staff/certificates/']").evaluateAll(links => links.map(a => a.getAttribute('href')));
  let pdf = null;
  for (const href of cohorts) {
    await staff.goto(base + href);
    const link = staff.locator("a[href$='/pdf']").first();
    if (await link.count() > 0) {
      pdf = await (await staff.request.get(base + await link.getAttribute('href'))).body();
      break;
    }
  }
  if (!pdf) throw new Error('no certificate found in the demo');
  const file = join(tmpdir(), `dice-certificate-${process.pid}.pdf`);
  writeFileSync(file, pdf);
  const dpi = Math.round(viewport.width * 72 / 842 * (size === 'phone' ? 1.5 : 0.8));
  execFileSync('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=png16m', '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4', `-r${dpi}`, '-o', join(out, `certificate-${size}.png`), file]);
  rmSync(file);
  await staff.context().close();
}

await browser.close();
