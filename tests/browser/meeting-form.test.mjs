// The example page in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core; no browser is ever downloaded). Run by tests/wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExamplePage } from './harness.mjs';

const ctx = useExamplePage();

const messagesBeside = (name) =>
  ctx.page.locator(`#meeting-${name}`).locator('xpath=..').locator('.messages .message');

test('the page loads the package and shows its version', async () => {
  const v = await ctx.page.locator('#version').textContent();
  assert.match(v, /^\d+\.\d+\.\d+/);
  assert.deepEqual(ctx.pageErrors, []);
});

test('the meeting form starts with no messages', async () => {
  assert.equal(await ctx.page.locator('#meeting-form .message').count(), 0);
  assert.equal(await ctx.page.locator('#meeting-form .status').textContent(), 'No problems found');
});

test('an end time before the start shows a message beside the end field, and fixing it clears it', async () => {
  await ctx.page.fill('#meeting-start', '14:00');
  await ctx.page.fill('#meeting-end', '13:30');
  const beside = messagesBeside('end');
  await beside.first().waitFor({ timeout: 5000 });
  assert.equal(await beside.count(), 1);
  assert.equal(await beside.first().getAttribute('data-code'), 'meeting.end_before_start');
  assert.equal(await beside.first().getAttribute('data-finding-path'), '/meetings/0/end');
  assert.match(await beside.first().textContent(), /ends before or when it starts/);
  // Only beside the end field: not beside the start field.
  assert.equal(await messagesBeside('start').count(), 0);

  await ctx.page.fill('#meeting-end', '16:00');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#meeting-form .message').length === 0);
  assert.equal(await beside.count(), 0);
  assert.equal(await ctx.page.locator('#meeting-form .status').textContent(), 'No problems found');
});

test('a next meeting dated before this one is flagged beside the next meeting date', async () => {
  await ctx.page.fill('#meeting-next_date', '2016-11-01');
  const beside = messagesBeside('next_date');
  await beside.first().waitFor({ timeout: 5000 });
  assert.equal(await beside.first().getAttribute('data-code'), 'meeting.next_meeting_not_after');
  await ctx.page.fill('#meeting-next_date', '2017-02-09');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#meeting-form .message').length === 0);
});

test('an empty meeting date is a shape error shown beside the date field', async () => {
  await ctx.page.fill('#meeting-date', '');
  const beside = messagesBeside('date');
  await beside.first().waitFor({ timeout: 5000 });
  assert.equal(await beside.first().getAttribute('data-code'), 'shape.invalid');
  await ctx.page.fill('#meeting-date', '2016-12-08');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#meeting-form .message').length === 0);
  assert.deepEqual(ctx.pageErrors, []);
});
