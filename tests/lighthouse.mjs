// Lighthouse on several pages in one Chromium and one Node process: `node tests/lighthouse.mjs OUT_DIR URL...`
// writes OUT_DIR/0.json, 1.json, ... (Lighthouse's JSON report of each URL, in order). One process saves the
// launch of Node, Lighthouse and Chromium per page (~5 s each). Only the categories the tests check are run, and
// the waits after load are shortened from Lighthouse's 5 s to 0.5 s: the pages are static and served locally.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [outDir, ...urls] = process.argv.slice(2);
const config = {
  extends: 'lighthouse:default',
  settings: {onlyCategories: ['accessibility', 'best-practices', 'seo'], disableFullPageScreenshot: true,
             maxWaitForLoad: 30000},
  navigations: [{id: 'default', pauseAfterFcpMs: 500, pauseAfterLoadMs: 500, networkQuietThresholdMs: 500,
                 cpuQuietThresholdMs: 500}],
};
const chrome = await chromeLauncher.launch({chromePath: process.env.CHROME_PATH,
                                            chromeFlags: JSON.parse(process.env.CHROME_FLAGS || '[]')});
try {
  for (const [i, url] of urls.entries()) {
    const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error'}, config);
    fs.writeFileSync(path.join(outDir, `${i}.json`), result.report);
  }
} finally {
  await chrome.kill();
}
