// Signs a demo account in through the form and returns its browser page (shared by the picture and measuring scripts).
export async function signIn(browser, base, email, options = {}) {
  const context = await browser.newContext({ locale: 'mn-MN', ...options });
  const page = await context.newPage();
  await page.goto(`${base}/account/sign-in`);
  await page.fill('#Email', email);
  await page.fill('#Password', 'dice-demo-2026');
  await Promise.all([page.waitForURL(`${base}/`), page.click('button.primary')]);
  return page;
}

/** Starts (or resumes) the learner's attempt at a module's quiz and returns the attempt's URL. */
export async function openAttempt(page, base, course, module) {
  await page.goto(`${base}/courses/${course}/modules/${module}/quiz`);
  const start = page.locator("form[action$='/quiz/start'] button");
  const go = (await start.count()) > 0 ? start : page.locator('a.button.primary').first();
  await Promise.all([page.waitForURL(/\/attempts\/\d+$/), go.click()]);
  return page.url();
}

export const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];
