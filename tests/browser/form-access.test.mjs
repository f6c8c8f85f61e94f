// The example forms for people using the keyboard, a screen reader or a small screen, and
// input the browser cannot read: a half-typed native date is reported
// beside its field; every message is tied to its control (aria-describedby,
// aria-invalid); one live region per form, not rewritten while nothing changes; keyboard
// multi-select is explained and works as explained; no message is clipped.
// Headless Chromium (Debian's /usr/bin/chromium through playwright-core). Run by tests/wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExamplePage } from './harness.mjs';

const ctx = useExamplePage();
const FORMS = ['action', 'risk', 'funding', 'meeting'];

const beside = (form, name) => ctx.page.locator(`#${form}-${name}-field > .messages > .message`);
const status = (form) => ctx.page.locator(`#${form}-form .status`);
const clean = (form) => ctx.page.waitForFunction(
  (f) => document.querySelectorAll(`#${f}-form .message`).length === 0, form, { timeout: 5000 });

/**
 * Leave a native date control half typed: focus its first part (the month or the day,
 * as the locale orders them) and delete it, so the other parts stay. The browser keeps
 * the value "" and sets validity.badInput.
 */
async function halfType(selector) {
  await ctx.page.focus(selector);
  await ctx.page.keyboard.press('Backspace');
  await ctx.page.waitForFunction((s) => document.querySelector(s).validity.badInput, selector, { timeout: 5000 });
  assert.equal(await ctx.page.$eval(selector, (el) => el.value), '');
}

test('each form has exactly one live region, its status line', async () => {
  for (const form of FORMS) {
    const live = await ctx.page.$$eval(`#${form}-form [aria-live], #${form}-form [role=status], #${form}-form [role=alert], #${form}-form [role=log], #${form}-form output`,
      (els) => els.filter((el) => el.getAttribute('aria-live') !== 'off').map((el) => el.className));
    assert.deepEqual(live, ['status'], form);
  }
});

test('every control names its own message list in aria-describedby', async () => {
  for (const form of FORMS) {
    const problems = await ctx.page.$$eval(`#${form}-form .field input, #${form}-form .field select, #${form}-form .field textarea`,
      (controls) => controls.map((c) => {
        const field = c.closest('.field');
        const box = field.querySelector(':scope > .messages');
        const ids = (c.getAttribute('aria-describedby') ?? '').split(/\s+/);
        return box && box.id && ids.includes(box.id) && ids.every((id) => document.getElementById(id)) ? null : c.id;
      }).filter(Boolean));
    assert.deepEqual(problems, [], form);
  }
});

test('a half-typed date is reported beside its field and the control is marked invalid', async () => {
  assert.equal(await status('risk').textContent().then((t) => t.startsWith('No problems')), true);
  // next_review is optional: without the check, "" read as "no review date" and the
  // form said "No problems found".
  await halfType('#risk-next_review');
  const review = beside('risk', 'next_review');
  await review.first().waitFor({ timeout: 5000 });
  assert.equal(await review.count(), 1);
  assert.equal(await review.first().getAttribute('data-code'), 'form.unreadable');
  assert.match(await review.first().textContent(), /not complete or is not a real date.*for example 31 January 2017/);
  assert.match(await status('risk').textContent(), /^1 problem\(s\) to fix/);
  assert.equal(await ctx.page.getAttribute('#risk-next_review', 'aria-invalid'), 'true');
  const box = await ctx.page.$eval('#risk-next_review-field > .messages', (b) => b.id);
  assert.ok((await ctx.page.getAttribute('#risk-next_review', 'aria-describedby')).split(' ').includes(box));

  await ctx.page.fill('#risk-next_review', '2017-02-09');
  await clean('risk');
  assert.equal(await ctx.page.getAttribute('#risk-next_review', 'aria-invalid'), null);
  assert.ok((await status('risk').textContent()).startsWith('No problems'));
});

test('a half-typed required date says so, instead of the "enter a date" error for a blank one', async () => {
  await halfType('#meeting-date');
  const date = beside('meeting', 'date');
  await ctx.page.waitForFunction(() => document.querySelector('#meeting-date-field .message')?.dataset.code === 'form.unreadable',
    null, { timeout: 5000 });
  assert.equal(await date.count(), 1);
  assert.equal(await status('meeting').textContent(), '1 problem(s) to fix');
  await ctx.page.fill('#meeting-date', '2016-12-08');
  await clean('meeting');

  // A half-typed time too.
  await halfType('#meeting-start');
  await ctx.page.waitForFunction(() => document.querySelector('#meeting-start-field .message')?.dataset.code === 'form.unreadable',
    null, { timeout: 5000 });
  assert.match(await beside('meeting', 'start').first().textContent(), /time is not complete/);
  await ctx.page.fill('#meeting-start', '09:15');
  await clean('meeting');
});

test('an impossible date typed into the action\'s due date (31 February) is reported beside the due', async () => {
  await ctx.page.selectOption('#action-due_kind', 'date');
  await ctx.page.fill('#action-due_date', '2017-02-28');
  await clean('action');
  // Type the parts in the order the browser's locale shows them.
  const order = await ctx.page.evaluate(() => new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2017, 1, 28)).filter((p) => p.type !== 'literal').map((p) => p.type));
  const parts = { day: '31', month: '02', year: '2017' };
  await ctx.page.focus('#action-due_date');
  for (const p of order) await ctx.page.keyboard.type(parts[p]);
  const due = beside('action', 'due');
  await ctx.page.waitForFunction(() => document.querySelector('#action-due-field > .messages .message')?.dataset.code === 'form.unreadable',
    null, { timeout: 5000 });
  assert.equal(await ctx.page.$eval('#action-due_date', (el) => el.validity.badInput), true);
  assert.equal(await due.count(), 1);
  assert.equal(await ctx.page.getAttribute('#action-due_date', 'aria-invalid'), 'true');
  assert.notEqual(await status('action').textContent(), 'No problems found');
  await ctx.page.fill('#action-due_date', '2017-01-31');
  await clean('action');
  assert.equal(await ctx.page.getAttribute('#action-due_date', 'aria-invalid'), null);
});

test('typing does not rewrite the live region or a message list whose content is unchanged', async () => {
  // A standing error (a due date before the meeting) and a status that stays the same
  // while the action's text is typed.
  await ctx.page.selectOption('#action-due_kind', 'date');
  await ctx.page.fill('#action-due_date', '2016-11-30');
  await beside('action', 'due').first().waitFor({ timeout: 5000 });
  const before = await ctx.page.evaluate(() => {
    document.querySelector('#action-form .status').dataset.mark = 'kept';
    window.__mutations = 0;
    const observe = (el) => new MutationObserver((m) => { window.__mutations += m.length; })
      .observe(el, { childList: true, characterData: true, subtree: true, attributes: true });
    observe(document.querySelector('#action-form .status'));
    observe(document.querySelector('#action-due-field > .messages'));
    observe(document.querySelector('#action-due_date'));
    return Number(document.getElementById('action-form').dataset.checked);
  });
  await ctx.page.focus('#action-description');
  await ctx.page.keyboard.type(' Thanks.');
  const after = await ctx.page.evaluate(() => Number(document.getElementById('action-form').dataset.checked));
  assert.ok(after >= before + 8, `${after - before} checks while typing`);
  assert.equal(await ctx.page.evaluate(() => window.__mutations), 0);
  assert.equal(await ctx.page.getAttribute('#action-form .status', 'data-mark'), 'kept');
  assert.equal(await status('action').textContent(), '1 problem(s) to fix');
  // An error marks its control invalid; a note (no owner: info) does not.
  assert.equal(await ctx.page.getAttribute('#action-due_date', 'aria-invalid'), 'true');
  await ctx.page.selectOption('#action-owners', []);
  await ctx.page.waitForFunction(() => document.querySelector('#action-owners-field .message')?.dataset.code === 'action.no_owner');
  assert.equal(await ctx.page.getAttribute('#action-owners', 'aria-invalid'), null);
  await ctx.page.selectOption('#action-owners', ['p-vp']);
  await ctx.page.fill('#action-due_date', '2017-01-31');
  await clean('action');
  assert.equal(await ctx.page.getAttribute('#action-due_date', 'aria-invalid'), null);
});

test('keyboard multi-select works as the hint explains', async () => {
  const hintId = await ctx.page.$eval('#action-owners', (el) => el.getAttribute('aria-describedby').split(' ')[0]);
  const hint = await ctx.page.$eval(`#${hintId}`, (el) => el.textContent);
  assert.match(hint, /keyboard/);
  assert.match(hint, /Ctrl and Space/);
  await ctx.page.selectOption('#action-owners', ['p-vp']);
  const selected = () => ctx.page.$eval('#action-owners', (s) => [...s.selectedOptions].map((o) => o.value));
  await ctx.page.focus('#action-owners');
  // the arrow keys alone choose one name
  await ctx.page.keyboard.press('ArrowDown');
  assert.equal((await selected()).length, 1);
  // Ctrl + arrow moves without changing the choice; Ctrl + Space adds the name
  const first = (await selected())[0];
  await ctx.page.keyboard.press('Control+ArrowDown');
  assert.deepEqual(await selected(), [first]);
  await ctx.page.keyboard.press('Control+Space');
  const two = await selected();
  assert.equal(two.length, 2, JSON.stringify(two));
  assert.ok(two.includes(first));
  // Ctrl + Space again removes it
  await ctx.page.keyboard.press('Control+Space');
  assert.deepEqual(await selected(), [first]);
  await ctx.page.selectOption('#action-owners', ['p-vp']);
  await clean('action');
});

/** Messages whose text does not fit their box or their form, and page-wide overflow. */
const clipped = () => ctx.page.evaluate(() => {
  const out = [];
  for (const m of document.querySelectorAll('.message')) {
    const r = m.getBoundingClientRect();
    const f = m.closest('form').getBoundingClientRect();
    if (m.scrollWidth > m.clientWidth || m.scrollHeight > m.clientHeight) out.push(`${m.dataset.code}: overflows its box`);
    if (r.width === 0 || r.left < f.left - 0.5 || r.right > f.right + 0.5) out.push(`${m.dataset.code}: outside its form`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth) out.push('the page scrolls sideways');
  return out;
});

test('no message is clipped, on a wide or a narrow screen', async () => {
  // Messages in every form: a due before the meeting, no owner; a top-band risk with no
  // owner or controls; a total that is not money; an end before the start.
  await ctx.page.selectOption('#action-due_kind', 'date');
  await ctx.page.fill('#action-due_date', '2016-11-30');
  await ctx.page.selectOption('#action-owners', []);
  await ctx.page.selectOption('#risk-likelihood', '5');
  await ctx.page.selectOption('#risk-impact', '5');
  await ctx.page.fill('#risk-controls', '');
  await ctx.page.selectOption('#risk-owner', '');
  await halfType('#risk-raised');
  await ctx.page.fill('#funding-total', 'three hundred grand');
  await ctx.page.fill('#meeting-start', '14:00');
  await ctx.page.fill('#meeting-end', '13:30');
  await ctx.page.waitForFunction(() => ['action', 'risk', 'funding', 'meeting']
    .every((f) => document.querySelectorAll(`#${f}-form .message`).length > 0), null, { timeout: 5000 });
  const count = await ctx.page.locator('.message').count();
  assert.ok(count >= 6, `${count} messages`);
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    await ctx.page.setViewportSize({ width, height });
    await ctx.page.waitForTimeout(50);
    assert.deepEqual(await clipped(), [], `${width}px wide`);
  }
  await ctx.page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(ctx.pageErrors, []);
});
