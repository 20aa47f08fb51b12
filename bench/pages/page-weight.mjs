// node page-weight.mjs BASE ROUNDS path... — signs in as the account in $YIWANG_BENCH_EMAIL (password $YIWANG_BENCH_PASSWORD),
// then loads each path ROUNDS times in a fresh browser context (empty cache) and prints, per path, the bytes the page
// transferred (document + every resource, compressed as sent) and the server time (requestStart → responseStart of
// the document, i.e. time to first byte on localhost), median over the rounds, as tab-separated lines.
import { chromium } from 'playwright-core';

const [base, roundsText, ...paths] = process.argv.slice(2);
const rounds = Number(roundsText);
const email = process.env.YIWANG_BENCH_EMAIL, password = process.env.YIWANG_BENCH_PASSWORD;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const signIn = await browser.newContext();
const login = await signIn.newPage();
await login.goto(base + '/account/login');
await login.fill('input[name=Email]', email);
await login.fill('input[name=Password]', password);
await Promise.all([login.waitForNavigation(), login.click('form[action="/account/login"] button[type=submit]')]);
const state = await signIn.storageState();
await signIn.close();

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const path of paths) {
  const bytes = [], server = [], requests = [];
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext({ storageState: state, viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    if (!response || response.status() >= 400) { console.error(`${path}: HTTP ${response?.status()}`); process.exitCode = 1; }
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const size = e => e.transferSize || e.encodedBodySize || 0;
      return { bytes: size(nav) + resources.reduce((n, e) => n + size(e), 0), server: nav.responseStart - nav.requestStart, requests: 1 + resources.length };
    });
    bytes.push(m.bytes); server.push(m.server); requests.push(m.requests);
    await context.close();
  }
  console.log([path, median(bytes), median(server).toFixed(1), median(requests)].join('\t'));
}
await browser.close();
