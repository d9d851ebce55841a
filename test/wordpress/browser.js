/**
 * Debian's Chromium through puppeteer-core (no browser download) for the
 * WordPress tests: a logged-in author in the block editor, an administrator,
 * and a reader who sees the charts draw. Every page records the kit's render and error events
 * from its first script on, so none is missed, and any dialog (`alert`) a
 * hostile attribute could open.
 */
import puppeteer from "puppeteer-core";

export async function launchBrowser() {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return browser;
}

/**
 * A new page that records `lnob-render`/`lnob-error` events and dialogs, in
 * `context` (a browser context per user: its own cookies, and its own cache,
 * which the block editor's hundred scripts are glad of).
 */
export async function recordingPage(context) {
  const page = await context.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.dialogs = [];
  page.on("dialog", (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.evaluateOnNewDocument(() => {
    window.lnobEvents = [];
    for (const type of ["lnob-render", "lnob-error"]) {
      document.addEventListener(
        type,
        (event) => {
          const host = event.composedPath()[0];
          window.lnobEvents.push({
            type,
            tag: host.localName,
            code: event.detail?.code,
            message: event.detail?.message,
          });
        },
        true
      );
    }
  });
  return page;
}

/** Waits for `count` charts' first render or error on the page; resolves with them. */
export async function chartOutcomes(page, count, timeout = 60_000) {
  await page.waitForFunction(
    (expected) => window.lnobEvents.length >= expected,
    { timeout },
    count
  );
  return page.evaluate(() => window.lnobEvents);
}

/** What a chart draws: its bars' count and the words and numbers in its SVG. */
export function drawing(page, selector) {
  return page.$eval(selector, (chart) => {
    const root = chart.shadowRoot;
    return {
      bars: root ? root.querySelectorAll("g.mark-rect path").length : 0,
      text: root
        ? [...root.querySelectorAll("svg text")]
            .map((node) => node.textContent.trim())
            .filter(Boolean)
        : [],
      alert: root?.querySelector('[role="alert"]')?.textContent?.trim() ?? "",
    };
  });
}

/**
 * Logs a user in through wp-login.php. The fields are filled directly, not
 * typed: the login page focuses and *selects* the user field 200 ms after
 * load, so keys typed around then replace what was typed before them.
 */
export async function logIn(page, url, user, password) {
  await page.goto(`${url}/wp-login.php`, { waitUntil: "load" });
  await page.$eval(
    "#user_login",
    (field, value) => (field.value = value),
    user
  );
  await page.$eval(
    "#user_pass",
    (field, value) => (field.value = value),
    password
  );
  await Promise.all([
    page.waitForNavigation({ waitUntil: "domcontentloaded" }),
    page.click("#wp-submit"),
  ]);
  const refused = await page.$eval("body", (body) =>
    body.classList.contains("login")
      ? (
          body.querySelector("#login_error")?.textContent ??
          "still on the login page"
        ).trim()
      : ""
  );
  if (refused) throw new Error(`Logging in as ${user} failed: ${refused}`);
}
