// Lighthouse 12 (ESM) in a process of its own, against Debian's Chromium: `node lighthouse.mjs <json>`
// where <json> is [{ name, url, cookie?, mobile? }]. Prints one JSON line: per page the performance
// and accessibility scores (0–100), the main timings, and the JavaScript the page loaded, gzipped.
// With LIGHTHOUSE_REPORT_DIR set, each page's full report (lhr JSON: opportunities, diagnostics) is
// written there too, as <name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const pages = JSON.parse(process.argv[2] ?? '[]');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const out = [];

for (const page of pages) {
  // A fresh browser per page: no cache, no storage carried from the page before.
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      // The refresh cookie, so the app's silent refresh signs in as the page's user.
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
    };
    const result = await lighthouse(page.url, flags, page.mobile ? undefined : desktopConfig);
    const lhr = result.lhr;
    if (process.env.LIGHTHOUSE_REPORT_DIR) {
      mkdirSync(process.env.LIGHTHOUSE_REPORT_DIR, { recursive: true });
      writeFileSync(
        join(process.env.LIGHTHOUSE_REPORT_DIR, `${page.name.replace(/\W+/g, '-')}.json`),
        JSON.stringify(lhr),
      );
    }
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const scripts = [...new Set(requests.filter((r) => r.resourceType === 'Script').map((r) => r.url))];
    let jsGzip = 0;
    let jsRaw = 0;
    for (const url of scripts) {
      const res = await fetch(url);
      const bytes = Buffer.from(await res.arrayBuffer());
      jsRaw += bytes.length;
      jsGzip += gzipSync(bytes, { level: 9 }).length;
    }
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const ms = (a) => Math.round(lhr.audits[a]?.numericValue ?? 0);
    out.push({
      name: page.name,
      finalUrl: lhr.finalDisplayedUrl,
      formFactor: page.mobile ? 'mobile' : 'desktop',
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
      cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
      scripts: scripts.length,
      jsKbGzip: Math.round(jsGzip / 102.4) / 10,
      jsKbRaw: Math.round(jsRaw / 102.4) / 10,
      failedAccessibility: Object.values(lhr.categories.accessibility?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    });
  } finally {
    await chrome.kill();
  }
}
process.stdout.write(`${JSON.stringify(out)}\n`);
