// The import page and the board papers page (issues 16 and 17) in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core; no browser is downloaded). Needs
// wasm/import/pkg-web and wasm/render/pkg-web: run through tests/papers_web.sh, which
// builds them.
//
// Import: pasted minutes, a dropped CSV, a chosen .xlsx (written by rust_xlsxwriter) and
// a broken workbook; each uncertainty is shown beside the line or row it names. Papers:
// "Download the board pack" gives the HTML pack, each CSV button its table with the
// byte-order mark, and the action records downloaded from the papers page import back on
// the import page to the same 19 actions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../examples/web/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const TMP = mkdtempSync(join(tmpdir(), 'boardkit-pages-'));
const MINUTES = join(ROOT, 'core/import/tests/data/leicester-lscb-minutes-2016-12-08.txt');
// The action log of the import tests (one due written 31.7.2106).
const ACTION_LOG = 'Ref,Action,Person/s responsible,By,Status,Meeting date\n'
  + '3.1,Update on CSE Operations Group,CT & JR,30/01/2017,Open,08/12/2016\n'
  + '4.1,Write to head teachers,The Chair,30.1.17,Completed,08/12/2016\n'
  + '7.1,Re-issue the framework,RJ,31.7.2106,,08/12/2016\n';

let server, url, browser;
const pageErrors = [];

async function open(path) {
  const page = await browser.newPage({ acceptDownloads: true });
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e}`));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`${path}: ${m.text()}`); });
  await page.goto(`${url}/examples/web/${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return page;
}

/** The draft shown, and every uncertainty checked to sit beside its line or row. */
async function checkReview(page) {
  const draft = JSON.parse(await page.locator('#draft-json').textContent());
  const rows = await page.locator('#lines tbody tr').count();
  let beside = 0;
  for (const u of draft.uncertainties) {
    const n = u.at.line ?? u.at.row;
    if (n == null || n > rows) continue;
    const cell = page.locator(`#lines tbody tr[data-line="${n}"] td.check [data-code="${u.code}"]`);
    assert.ok(await cell.count() >= 1, `${u.code} beside line ${n}`);
    beside++;
  }
  const shown = await page.locator('#review .uncertainty').count();
  assert.equal(shown, draft.uncertainties.length, 'every uncertainty is shown once');
  return { draft, rows, beside };
}

before(async () => {
  ({ server, url } = await serve(0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('pasted minutes are reviewed line by line with each uncertainty beside its line', async () => {
  const page = await open('import.html');
  const text = readFileSync(MINUTES, 'utf8');
  await page.fill('#pasted', text);
  await page.click('#import-pasted');
  await page.waitForSelector('body[data-imported="1"]');
  const { draft, rows, beside } = await checkReview(page);
  assert.equal(rows, text.replace(/\n$/, '').split('\n').length);
  assert.equal(draft.document.actions.length, 14);
  assert.ok(beside >= 2, `${beside} uncertainties beside their lines`);
  assert.ok(await page.locator('tr.has-uncertainty').count() >= 1);
  assert.match(await page.locator('#summary').textContent(), /14 actions/);
  // The review is visible and laid out as a person sees it.
  const box = await page.locator('#lines').boundingBox();
  assert.ok(box && box.width > 300 && box.height > 200, JSON.stringify(box));
  await page.close();
});

test('a dropped CSV: the suspicious due is flagged beside its row', async () => {
  const page = await open('import.html');
  await page.selectOption('#kind', 'actions');
  const dt = await page.evaluateHandle((csv) => {
    const d = new DataTransfer();
    d.items.add(new File([csv], 'action-log.csv', { type: 'text/csv' }));
    return d;
  }, ACTION_LOG);
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: dt });
  await page.waitForSelector('body[data-imported="1"]');
  const { draft } = await checkReview(page);
  assert.equal(draft.document.actions.length, 3);
  const row = page.locator('#lines tbody tr', { hasText: '31.7.2106' });
  assert.equal(await row.locator('[data-code="import.date_suspicious"]').count(), 1);
  await page.close();
});

test('a chosen .xlsx imports the same actions as its CSV; a broken workbook is a clear error', async () => {
  const csv = join(TMP, 'log.csv');
  const xlsx = join(TMP, 'log.xlsx');
  writeFileSync(csv, ACTION_LOG);
  execFileSync('cargo', ['run', '-q', '-p', 'boardkit-import', '--example', 'xlsx_of_csv', '--', csv, xlsx],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const page = await open('import.html');
  await page.selectOption('#kind', 'actions');
  await page.setInputFiles('#file', csv);
  await page.waitForSelector('body[data-imported="1"]');
  const fromCsv = JSON.parse(await page.locator('#draft-json').textContent());
  await page.setInputFiles('#file', xlsx);
  await page.waitForSelector('body[data-imported="2"]');
  const { draft } = await checkReview(page);
  assert.deepEqual(draft.document.actions, fromCsv.document.actions);
  assert.ok(draft.uncertainties.every((u) => u.at.sheet === 1));
  const junk = join(TMP, 'broken.xlsx');
  writeFileSync(junk, 'PK\u0003\u0004 not really a workbook');
  await page.setInputFiles('#file', junk);
  await page.waitForSelector('body[data-failed="1"]');
  assert.match(await page.locator('#import-status').textContent(), /could not be opened as a workbook/);
  assert.ok(await page.locator('#review').isHidden());
  await page.close();
});

test('the papers page downloads the board pack and each CSV; the action records import back', async () => {
  const papers = await open('papers.html');
  const [pack] = await Promise.all([papers.waitForEvent('download'), papers.click('#download-pack')]);
  assert.equal(pack.suggestedFilename(), 'board-pack-2017-02-01.html');
  const html = readFileSync(await pack.path(), 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.equal(html.match(/<svg/g).length, 4);
  const names = await papers.locator('#csv-list button').evaluateAll((bs) => bs.map((b) => b.dataset.file));
  for (const n of ['actions.csv', 'risks.csv', 'attendance-by-member.csv', 'budget-income.csv',
    'action-records.csv', 'risk-register.csv', 'attendance-grid.csv']) {
    assert.ok(names.includes(n), n);
  }
  const [dl] = await Promise.all([papers.waitForEvent('download'),
    papers.click('#csv-list button[data-file="action-records.csv"]')]);
  const records = join(TMP, 'action-records.csv');
  await dl.saveAs(records);
  const bytes = readFileSync(records);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  await papers.close();

  const page = await open('import.html');
  await page.selectOption('#kind', 'actions');
  await page.setInputFiles('#file', records);
  await page.waitForSelector('body[data-imported="1"]');
  const { draft } = await checkReview(page);
  assert.equal(draft.document.actions.length, 19);
  const codes = draft.uncertainties.map((u) => u.code);
  assert.ok(!codes.includes('import.column_unknown') && !codes.includes('import.person_new'), codes.join(' '));
  await page.close();
});

test('no page logged an error', () => {
  assert.deepEqual(pageErrors, []);
});
