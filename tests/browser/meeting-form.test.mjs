// The example page in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core; no browser is ever downloaded). Run by tests/wasm.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../examples/web/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

let server, url, browser, page;
const pageErrors = [];

before(async () => {
  ({ server, url } = await serve(0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(`${url}/examples/web/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const messagesBeside = (name) =>
  page.locator(`#meeting-${name}`).locator('xpath=..').locator('.messages .message');

test('the page loads the package and shows its version', async () => {
  const v = await page.locator('#version').textContent();
  assert.match(v, /^\d+\.\d+\.\d+/);
  assert.deepEqual(pageErrors, []);
});

test('the meeting form starts with no messages', async () => {
  assert.equal(await page.locator('#meeting-form .message').count(), 0);
  assert.equal(await page.locator('#meeting-form .status').textContent(), 'No problems found');
});

test('an end time before the start shows a message beside the end field, and fixing it clears it', async () => {
  await page.fill('#meeting-start', '14:00');
  await page.fill('#meeting-end', '13:30');
  const beside = messagesBeside('end');
  await beside.first().waitFor({ timeout: 5000 });
  assert.equal(await beside.count(), 1);
  assert.equal(await beside.first().getAttribute('data-code'), 'meeting.end_before_start');
  assert.equal(await beside.first().getAttribute('data-finding-path'), '/meetings/0/end');
  assert.match(await beside.first().textContent(), /ends before or when it starts/);
  // Only beside the end field: not beside the start field.
  assert.equal(await messagesBeside('start').count(), 0);

  await page.fill('#meeting-end', '16:00');
  await page.waitForFunction(() => document.querySelectorAll('#meeting-form .message').length === 0);
  assert.equal(await beside.count(), 0);
  assert.equal(await page.locator('#meeting-form .status').textContent(), 'No problems found');
});

test('a next meeting dated before this one is flagged beside the next meeting date', async () => {
  await page.fill('#meeting-next_date', '2016-11-01');
  const beside = messagesBeside('next_date');
  await beside.first().waitFor({ timeout: 5000 });
  assert.equal(await beside.first().getAttribute('data-code'), 'meeting.next_meeting_not_after');
  await page.fill('#meeting-next_date', '2017-02-09');
  await page.waitForFunction(() => document.querySelectorAll('#meeting-form .message').length === 0);
});

test('an empty meeting date is a shape error shown beside the date field', async () => {
  await page.fill('#meeting-date', '');
  const beside = messagesBeside('date');
  await beside.first().waitFor({ timeout: 5000 });
  assert.equal(await beside.first().getAttribute('data-code'), 'shape.invalid');
  await page.fill('#meeting-date', '2016-12-08');
  await page.waitForFunction(() => document.querySelectorAll('#meeting-form .message').length === 0);
  assert.deepEqual(pageErrors, []);
});
