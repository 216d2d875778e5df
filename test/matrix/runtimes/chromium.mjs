// Opens the scenario page in headless Chromium (Debian's, driven by playwright-core) and waits for the scenario to
// finish: `node chromium.mjs <page url>`. The page reports to the API server itself; this prints the page's console.
import { chromium } from "playwright-core";

const [pageUrl] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  headless: true,
  // playwright-core gives every launch a fresh, temporary profile (its own --user-data-dir).
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await browser.newPage();
  page.on("console", (m) => console.error(`[console.${m.type()}] ${m.text()}`));
  page.on("pageerror", (e) => console.error(`[pageerror] ${e.stack ?? e}`));
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.title.startsWith("scenario "), undefined, { timeout: 60_000 });
  const title = await page.title();
  console.log(`${browser.version()}: ${title}`);
  if (title !== "scenario done") process.exitCode = 1;
} finally {
  await browser.close();
}
