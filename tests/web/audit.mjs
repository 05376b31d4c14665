// Loads pages in Debian's headless chromium (through playwright-core, no browser download),
// runs axe-core on each and prints one JSON line per page; with --screenshots DIR it also saves
// each page at phone width (320 and 375 px) and at 200 % zoom. Used by tests/web/test_a11y.py.
// Usage: node audit.mjs [--screenshots DIR] file1.html file2.html ...
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const args = process.argv.slice(2);
let shots = null;
if (args[0] === "--screenshots") { shots = args[1]; args.splice(0, 2); }

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const file of args) {
    const url = pathToFileURL(resolve(file)).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
    }, TAGS);
    console.log(JSON.stringify({ file, violations: result, requests }));
    if (shots) {
      const name = basename(dirname(resolve(file))) + "-" + basename(file, ".html");
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 700 });
        await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
      }
      // 200 % zoom: a 1280 px window at zoom 2 lays the page out in 640 CSS px
      const zoomed = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
      const z = await zoomed.newPage();
      await z.goto(url, { waitUntil: "load" });
      await z.screenshot({ path: `${shots}/${name}-zoom200.png`, fullPage: true });
      await zoomed.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
