// The action, risk and funding forms of the example page in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core; no browser is ever downloaded), served on
// 127.0.0.1. Run by tests/wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExamplePage } from './harness.mjs';

const ctx = useExamplePage();

/** The messages shown in a field row (id `<form>-<name>-field`). */
const beside = (form, name) => ctx.page.locator(`#${form}-${name}-field > .messages > .message`);
const messagesIn = (form) => ctx.page.locator(`#${form}-form .message`);

/** "£99,566.67" -> 9956667 pence; "-£49,000" -> -4900000. */
function pence(text) {
  const m = /^(-?)£([\d,]+)(?:\.(\d\d))?$/.exec(text.trim());
  assert.ok(m, `not an amount: ${text}`);
  const p = Number(m[2].replace(/,/g, '')) * 100 + Number(m[3] ?? 0);
  return m[1] ? -p : p;
}

// ---- action ----------------------------------------------------------------------------

test('the action form: owners are the board\'s members, and it starts clean', async () => {
  const owners = await ctx.page.locator('#action-owners option').count();
  assert.ok(owners > 20, `${owners} owners`);
  assert.equal(await ctx.page.locator('#action-owners option[value="p-vp"]').count(), 1);
  assert.equal(await messagesIn('action').count(), 0);
  assert.equal(await ctx.page.locator('#action-form .status').textContent(), 'No problems found');
});

test('a due date before the meeting shows action.due_before_raised beside the due field; fixing it clears it', async () => {
  await ctx.page.selectOption('#action-meeting', 'm-2016-12-08');
  await ctx.page.selectOption('#action-due_kind', 'date');
  await ctx.page.fill('#action-due_date', '2016-11-30');
  const due = beside('action', 'due');
  await due.first().waitFor({ timeout: 5000 });
  // Every finding about the action (board.validateRecord, as of 8 December 2016), each
  // at its path relative to the action: the error, and the warning that it is overdue.
  assert.equal(await due.count(), 2);
  assert.equal(await due.first().getAttribute('data-code'), 'action.due_before_raised');
  assert.equal(await due.first().getAttribute('data-finding-path'), '/due');
  assert.match(await due.first().textContent(), /before the meeting that raised/);
  assert.equal(await due.nth(1).getAttribute('data-code'), 'action.overdue');
  assert.equal(await due.nth(1).getAttribute('class'), 'message warning');
  assert.equal(await beside('action', 'meeting').count(), 0);
  assert.equal(await ctx.page.locator('#action-form .status').textContent(), '1 problem(s) to fix');

  await ctx.page.fill('#action-due_date', '2017-01-31');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#action-form .message').length === 0);
  assert.equal(await due.count(), 0);
});

test('the due may be a month or a meeting: a month before the meeting is flagged too', async () => {
  await ctx.page.selectOption('#action-due_kind', 'month');
  assert.equal(await ctx.page.isVisible('#action-due_month'), true);
  assert.equal(await ctx.page.isVisible('#action-due_date'), false);
  await ctx.page.fill('#action-due_month', '2016-11');
  await beside('action', 'due').first().waitFor({ timeout: 5000 });
  assert.equal(await beside('action', 'due').first().getAttribute('data-code'), 'action.due_before_raised');
  await ctx.page.selectOption('#action-due_kind', 'meeting');
  await ctx.page.selectOption('#action-due_meeting', 'm-2017-02-09');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#action-form .message').length === 0);
  await ctx.page.selectOption('#action-due_meeting', 'm-2016-10-20');
  await beside('action', 'due').first().waitFor({ timeout: 5000 });
  await ctx.page.selectOption('#action-due_meeting', 'm-2017-03-23');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#action-form .message').length === 0);
});

test('no owner chosen: the finding appears beside the owners', async () => {
  await ctx.page.selectOption('#action-owners', []);
  const owners = beside('action', 'owners');
  await owners.first().waitFor({ timeout: 5000 });
  assert.equal(await owners.first().getAttribute('data-code'), 'action.no_owner');
  await ctx.page.selectOption('#action-owners', ['p-vp', 'p-ct']);
  await ctx.page.waitForFunction(() => document.querySelectorAll('#action-form .message').length === 0);
});

// ---- risk ------------------------------------------------------------------------------

test('likelihood 5 and impact 5 show score 25 and the top band (red); the top-band rules speak beside their fields', async () => {
  await ctx.page.selectOption('#risk-likelihood', '5');
  await ctx.page.selectOption('#risk-impact', '5');
  await ctx.page.waitForFunction(() => document.getElementById('risk-score').value === '25');
  const rating = ctx.page.locator('#risk-rating');
  assert.equal(await rating.getAttribute('data-rating'), 'red');
  assert.equal(await rating.getAttribute('data-top-band'), 'true');
  assert.match(await rating.textContent(), /\(red\)/);
  const bg = await rating.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(198, 40, 40)');
  await beside('risk', 'owner').first().waitFor({ timeout: 5000 });
  assert.equal(await beside('risk', 'owner').first().getAttribute('data-code'), 'risk.top_band_without_owner');
  assert.equal(await beside('risk', 'controls').first().getAttribute('data-code'), 'risk.top_band_without_controls');
  // Title text typed in the form never appears in a message.
  await ctx.page.fill('#risk-title', 'Child Q placement breakdown');
  await ctx.page.waitForTimeout(50);
  for (const t of await messagesIn('risk').allTextContents()) assert.ok(!t.includes('Child Q'), t);
});

test('an owner and controls clear the top-band findings; lower levels lower the band', async () => {
  await ctx.page.selectOption('#risk-owner', 'p-chair');
  await ctx.page.fill('#risk-controls', 'Monthly report to the Executive');
  // A red risk's review must come within 90 days of its assessment (8 Dec 2016).
  const review = beside('risk', 'next_review');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#risk-form .message').length === 1);
  assert.equal(await review.first().getAttribute('data-code'), 'risk.top_band_review_too_far');
  await ctx.page.fill('#risk-next_review', '2017-02-09');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#risk-form .message').length === 0);
  await ctx.page.selectOption('#risk-likelihood', '1');
  await ctx.page.selectOption('#risk-impact', '2');
  await ctx.page.waitForFunction(() => document.getElementById('risk-score').value === '2');
  assert.equal(await ctx.page.locator('#risk-rating').getAttribute('data-rating'), 'green');
  await ctx.page.selectOption('#risk-likelihood', '3');
  await ctx.page.selectOption('#risk-impact', '4');
  await ctx.page.waitForFunction(() => document.getElementById('risk-score').value === '12');
  assert.equal(await ctx.page.locator('#risk-rating').getAttribute('data-rating'), 'amber');
});

test('a risk that is not well formed: the error (at /record/raised/date) is shown beside the raised date', async () => {
  await ctx.page.fill('#risk-raised', '');
  const raised = beside('risk', 'raised');
  await raised.first().waitFor({ timeout: 5000 });
  assert.equal(await raised.first().getAttribute('data-code'), 'shape.invalid');
  assert.equal(await raised.first().getAttribute('data-finding-path'), '/raised/date');
  await ctx.page.fill('#risk-raised', '2016-12-08');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#risk-form .message').length === 0);
});

// ---- funding ---------------------------------------------------------------------------

/** The contributions and total as the page shows them, in pence. */
async function shown() {
  const amounts = (await ctx.page.locator('#funding-results tbody td.amount').allTextContents()).map(pence);
  const sum = pence(await ctx.page.locator('#funding-sum').textContent());
  const total = pence(await ctx.page.locator('#funding-total-out').textContent());
  return { amounts, sum, total };
}
const added = (xs) => xs.reduce((a, b) => a + b, 0);

test('equal split of £298,700 among the three statutory partners sums to the total', async () => {
  const { amounts, sum, total } = await shown();
  assert.equal(amounts.length, 3);
  assert.equal(total, 29870000);
  assert.equal(added(amounts), total);
  assert.equal(sum, total);
  assert.ok(Math.max(...amounts) - Math.min(...amounts) <= 1);
});

test('changing the formula and the total: the contributions still sum to the total', async () => {
  await ctx.page.fill('#funding-total', '£100,000.01');
  await ctx.page.waitForFunction(() => document.getElementById('funding-total-out').textContent === '£100,000.01');
  let s = await shown();
  assert.equal(added(s.amounts), 10000001);

  for (const kind of ['percentages', 'weights', 'composite', 'equal']) {
    await ctx.page.selectOption('#funding-kind', kind);
    await ctx.page.waitForFunction(() => document.getElementById('funding-results').dataset.state === 'balanced');
    s = await shown();
    assert.ok(s.amounts.length >= 3, kind);
    assert.equal(s.total, 10000001, kind);
    assert.equal(added(s.amounts), s.total, kind);
    assert.equal(s.sum, s.total, kind);
  }
  await ctx.page.selectOption('#funding-kind', 'composite');
  s = await shown();
  assert.equal(s.amounts.length, 6); // three fixed sums, three shares of the remainder
  assert.deepEqual(s.amounts.slice(0, 3), [59700, 219200, 1934300]);
});

test('percentages not totalling 100% and a total that is not money are shown beside their fields', async () => {
  await ctx.page.selectOption('#funding-kind', 'percentages');
  await ctx.page.fill('#funding-share-0', '40');
  // Beside the whole group of shares, not beside one partner's row.
  const group = beside('funding', 'formula');
  await group.first().waitFor({ timeout: 5000 });
  assert.match(await group.first().getAttribute('data-finding-path'), /^\/formula\/shares/);
  assert.equal(await beside('funding', 'share-0').count(), 0);
  assert.equal(await ctx.page.locator('#funding-results').getAttribute('data-state'), 'none');
  await ctx.page.fill('#funding-share-0', '50');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#funding-form .message').length === 0);

  await ctx.page.fill('#funding-total', 'three hundred grand');
  const total = beside('funding', 'total');
  await total.first().waitFor({ timeout: 5000 });
  assert.equal(await total.first().getAttribute('data-code'), 'shape.invalid');
  assert.ok(!(await total.first().textContent()).includes('grand'));
  await ctx.page.fill('#funding-total', '£298,700');
  await ctx.page.waitForFunction(() => document.querySelectorAll('#funding-form .message').length === 0);
  const s = await shown();
  assert.equal(added(s.amounts), 29870000);
  assert.deepEqual(ctx.pageErrors, []);
});
