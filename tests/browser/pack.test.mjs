// The Leicester board pack in headless Chromium: rendered by the CLI, opened
// as a page, each chart checked as a person would see it — visible, sized, and drawn
// (pixels that are not background) — the print layout checked for A4, and one
// screenshot per chart kind taken (into $BOARDKIT_SCREENSHOTS when set, e.g.
// examples/screenshots, else a temporary folder).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const SHOTS = process.env.BOARDKIT_SCREENSHOTS
  ? resolve(ROOT, process.env.BOARDKIT_SCREENSHOTS)
  : mkdtempSync(join(tmpdir(), 'boardkit-pack-'));

const CHARTS = [
  { id: 'chart-risk-heatmap', kind: 'heatmap', shot: 'risk-heatmap.png', shapes: 'rect' },
  { id: 'chart-attendance-by-agency', kind: 'bars', shot: 'attendance-by-agency.png', shapes: 'rect' },
  { id: 'chart-contributions', kind: 'bars', shot: 'contributions-by-partner.png', shapes: 'rect' },
  { id: 'chart-indicator-trend', kind: 'trend', shot: 'indicator-trend.png', shapes: 'circle' },
];

let browser, page;
const pageErrors = [];

before(async () => {
  // The Leicester record as if its minutes were public: its December 2016 meeting is
  // marked confidential, and the public version withholds what is tied to it.
  const doc = JSON.parse(readFileSync(join(ROOT, 'examples/data/leicester-lscb.json'), 'utf8'));
  for (const m of doc.meetings) delete m.confidential;
  const html = execFileSync('cargo', ['run', '-q', '-p', 'boardkit-cli', '--', 'render', 'pack',
    '-', '--format', 'html', '--as-of', '2017-02-01'],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, input: JSON.stringify(doc) });
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.setContent(html, { waitUntil: 'load' });
});

after(async () => { await browser?.close(); });

for (const c of CHARTS) {
  test(`${c.id} is visible, sized and drawn`, async () => {
    const fig = page.locator(`#${c.id}-figure`);
    await fig.scrollIntoViewIfNeeded();
    assert.ok(await fig.isVisible(), 'the figure is visible');
    const svg = fig.locator('svg');
    const box = await svg.boundingBox();
    assert.ok(box && box.width >= 300 && box.height >= 100, `sized: ${JSON.stringify(box)}`);
    assert.ok(box.width <= 1000, 'fits the page width');
    // Named for assistive technology: the title and description it points at exist.
    const label = await svg.evaluate((el) => el.getAttribute('aria-labelledby')
      .split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' | '));
    assert.ok(label.split(' | ').every((s) => s.trim().length > 5), `labelled: ${label}`);
    assert.equal(await svg.getAttribute('role'), 'img');
    // Shapes were drawn with a real size.
    const shapes = await svg.locator(c.shapes).evaluateAll((els) =>
      els.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 2 && r.height > 2; }).length);
    assert.ok(shapes >= 2, `${shapes} ${c.shapes} drawn`);
    // As a person sees it: the screenshot of the chart is not blank.
    const png = await svg.screenshot({ path: join(SHOTS, c.shot) });
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const cv = document.createElement('canvas');
      cv.width = img.width; cv.height = img.height;
      const ctx = cv.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, cv.width, cv.height).data;
      let ink = 0, colour = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] < 230 || d[i + 1] < 230 || d[i + 2] < 230) ink++;
        if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 40) colour++;
      }
      return { ink: ink / (d.length / 4), colour: colour / (d.length / 4) };
    }, png.toString('base64'));
    assert.ok(inked.ink > 0.01, `ink covers ${(inked.ink * 100).toFixed(1)}% of the chart`);
    assert.ok(inked.colour > 0.005, `colour covers ${(inked.colour * 100).toFixed(1)}% of the chart`);
  });
}

test('the pack has one h1, a heading per section, and header cells with scope', async () => {
  assert.equal(await page.locator('h1').count(), 1);
  const sections = await page.locator('main > section').count();
  assert.equal(sections, 6);
  assert.equal(await page.locator('main > section > h2').count(), sections);
  assert.equal(await page.locator('th:not([scope])').count(), 0);
  assert.equal(await page.locator('table:not(:has(caption))').count(), 0);
  assert.deepEqual(pageErrors, []);
});

test('the pack prints on A4 pages', async () => {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 6, `${pages} pages (a page per section at least)`);
  // A4 is 595.92 x 842.88 points in Chromium's PDFs.
  const box = text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  assert.ok(box, 'a media box');
  assert.ok(Math.abs(Number(box[1]) - 595.92) < 1 && Math.abs(Number(box[2]) - 842.88) < 1,
    `A4 media box, got ${box[1]} x ${box[2]}`);
  await page.emulateMedia({ media: 'screen' });
});
