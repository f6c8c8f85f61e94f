// The statutory clock cases every binding replays (tests/clock/cases.json): the JS API
// gives the same responses, and the same error code and path, as Rust and C.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const table = JSON.parse(readFileSync(new URL('../clock/cases.json', import.meta.url), 'utf8'));
const fns = {
  add_working_days: bk.clockAddWorkingDays,
  clear_days: bk.clockClearDays,
  due_by: bk.clockDueBy,
  overdue: bk.clockOverdue,
  bank_holidays: bk.clockBankHolidays,
};

test('every case of the shared clock table', () => {
  assert.ok(table.cases.length >= 20);
  table.cases.forEach((c, i) => {
    const f = fns[c.capability];
    assert.equal(typeof f, 'function', `case ${i}`);
    if (c.response) {
      assert.deepEqual(f(c.request), c.response, `case ${i}`);
    } else {
      assert.throws(() => f(c.request), (e) => {
        assert.ok(e instanceof bk.BoardkitError, `case ${i}: ${e}`);
        assert.equal(e.code, c.error.code, `case ${i}`);
        assert.equal(e.path, c.error.path, `case ${i}: ${e.message}`);
        return true;
      }, `case ${i}`);
    }
  });
});
