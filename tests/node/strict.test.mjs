// Issue 12 from JS: strict reading at the boundary, and no input text in any message,
// path or code, for every function of the package. Run by tests/wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';
import * as raw from '../../wasm/pkg/boardkit_wasm.js';

const fixture = () =>
  JSON.parse(readFileSync(new URL('./fixtures/board.json', import.meta.url), 'utf8'));
const example = () =>
  JSON.parse(readFileSync(new URL('../../examples/data/leicester-lscb.json', import.meta.url), 'utf8'));

function thrown(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof bk.BoardkitError, `not a BoardkitError: ${e}`);
    return e;
  }
  assert.fail('expected a BoardkitError');
}

const log = (extra) => ({ document: fixture(), as_of: '2017-02-01', ...extra });

test('NaN and Infinity are errors at their field, never read as absent', () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    const e = thrown(() => bk.actionLog(log({ amber_days: bad })));
    assert.equal(e.code, 'shape.invalid');
    assert.equal(e.path, '/amber_days');
    const f = thrown(() => bk.scorecardChange({ previous: 1, current: bad }));
    assert.equal(f.path, '/current');
  }
});

test('a value JSON cannot carry under a host\'s own key: the key is withheld from the path', () => {
  const doc = fixture();
  doc.extensions = { JaneDoeZQX2017: NaN };
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.path, '/extensions/*');
  assert.ok(!e.message.includes('ZQX'), e.message);
});

test('absent, null and undefined mean the same for an optional field', () => {
  const absent = bk.actionLog(log({}));
  assert.deepEqual(bk.actionLog(log({ amber_days: undefined })), absent);
  assert.deepEqual(bk.actionLog(log({ amber_days: null })), absent);
  const report = bk.validateDocument(fixture());
  const doc = fixture();
  doc.meetings[0].start = undefined;
  const doc2 = fixture();
  doc2.meetings[0].start = null;
  const doc3 = fixture();
  delete doc3.meetings[0].start;
  assert.deepEqual(bk.validateDocument(doc), bk.validateDocument(doc3));
  assert.deepEqual(bk.validateDocument(doc2), bk.validateDocument(doc3));
  assert.ok(report);
});

test('a lone surrogate is reported at its field', () => {
  const doc = fixture();
  doc.meetings[0].title = 'Board \ud800 meeting';
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.path, '/meetings/0/title');
});

test('a duplicate key is an error at its path on the wasm path too', () => {
  const texts = [
    ['{"schema_version": 1, "people": [], "people": []}', '/people'],
    ['{"schema_version": 1, "extensions": {"crm": {"a": 1, "a": 2}}}', '/extensions/*/*'],
  ];
  for (const [text, path] of texts) {
    try {
      raw.normaliseDocument(text);
      assert.fail('no error');
    } catch (e) {
      assert.equal(e.code, 'shape.invalid');
      assert.equal(e.path, path);
    }
  }
  try {
    raw.budgetApportion('{"total": 9, "formula": {"kind": "equal", "partners": ["a"], "partners": ["b"]}}');
    assert.fail('no error');
  } catch (e) {
    assert.equal(e.path, '/formula/partners');
  }
});

test('an empty risk form reports its date and its blank title at once', () => {
  const { findings } = bk.documentValidateRecord({
    kind: 'risk', record: { id: 'r', title: '   ', status: 'open', raised: { date: '' } },
  });
  const at = findings.map((f) => [f.code, f.path]);
  assert.deepEqual(at.filter(([, p]) => p === '/raised/date'), [['shape.invalid', '/raised/date']]);
  assert.deepEqual(at.filter(([, p]) => p === '/title'), [['record.blank_text', '/title']]);
});

// ---- sentinels: every function, values, enum values and keys ----

const VALUES = ['a"ZQX" after', '`ZQX` tick', '\\ZQX\\', 'line\nZQX', 'nul\0ZQX', `ZQX${'x'.repeat(5000)}`,
  '2017-02-ZQX', 'ZQX\ud800'];
// Identifier-shaped keys too (a surname, a case number): never named either.
const KEYS = ['ZQX key', 'ZQX"q', '`ZQX`', 'ZQX\0', `ZQX${'k'.repeat(100)}`, 'JaneDoeZQX2017', 'ZQX4857773456'];

/** Each function with a request and where a sentinel value goes (a path of keys). */
function cases() {
  const d = example();
  const m = d.risk_register.matrix;
  const r = d.risk_register;
  return [
    ['validateDocument', (x) => bk.validateDocument(x), d, ['meetings', 0, 'status']],
    ['normaliseDocument', (x) => bk.normaliseDocument(x), d, ['meetings', 0, 'date']],
    ['documentPublicVersion', (x) => bk.documentPublicVersion(x), d, ['people', 0, 'organisation']],
    ['documentValidateRecord', (x) => bk.documentValidateRecord(x),
      { kind: 'risk', record: { id: 'r', title: 't', status: 'open', raised: { date: '2016-12-08' } } },
      ['record', 'raised', 'date']],
    ['meetingQuorum', (x) => bk.meetingQuorum(x), { document: d, meeting: 'm-2016-12-08' }, ['meeting']],
    ...['actionLog', 'actionOpen', 'actionOverdue', 'actionUndated', 'actionCompleted', 'actionRag',
      'actionSummary'].map((n) => [n, (x) => bk[n](x), { document: d, as_of: '2017-02-01' }, ['as_of']]),
    ['actionDueWithin', (x) => bk.actionDueWithin(x), { document: d, as_of: '2017-02-01', days: 28 }, ['days']],
    ['actionCarryForward', (x) => bk.actionCarryForward(x),
      { document: d, meeting: 'm-2016-12-08', as_of: '2017-02-01' }, ['meeting']],
    ['actionHistory', (x) => bk.actionHistory(x), { document: d, action: 'a-2016-12-08-12' }, ['action']],
    ['actionFlowMattersArising', (x) => bk.actionFlowMattersArising(x), { document: d },
      ['document', 'actions', 0, 'status']],
    ['riskRate', (x) => bk.riskRate(x), { matrix: m, likelihood: 5, impact: 5 }, ['matrix', 'scoring']],
    ['riskGrid', (x) => bk.riskGrid(x), { matrix: m }, ['matrix', 'bands', 0, 'rating']],
    ...['riskRatings', 'riskHeatMap'].map((n) => [n, (x) => bk[n](x), { register: r, as_of: '2017-02-09' },
      ['register', 'risks', 0, 'status']]),
    ['riskReviews', (x) => bk.riskReviews(x), { register: r, as_of: '2017-02-09', within_days: 60 }, ['within_days']],
    ['riskEscalations', (x) => bk.riskEscalations(x), { register: r, as_of: '2017-02-09', threshold: 10 }, ['threshold']],
    ['riskSummary', (x) => bk.riskSummary(x), { register: r, as_of: '2017-02-09', review_within_days: 60 },
      ['as_of']],
    ['budgetApportion', (x) => bk.budgetApportion(x),
      { formula: { kind: 'equal', partners: ['a', 'b'] }, total: 100 }, ['formula', 'kind']],
    ['budgetStatement', (x) => bk.budgetStatement(x), { budget: d.budgets[0] }, ['budget', 'year']],
    ['budgetYearStatement', (x) => bk.budgetYearStatement(x), { document: d, body: 'b-lscb', year: '2016/17' }, ['body']],
    ['budgetParseMoney', (x) => bk.budgetParseMoney(x), { text: '£1' }, ['text']],
    ['budgetFormatMoney', (x) => bk.budgetFormatMoney(x), { pence: 1 }, ['pence']],
    ['scorecardValidate', (x) => bk.scorecardValidate(x), { scorecard: d.scorecards[0] }, ['scorecard', 'indicators', 0, 'polarity']],
    ['scorecardSummarise', (x) => bk.scorecardSummarise(x), { scorecard: d.scorecards[0], period: '2016-04' }, ['period']],
    ['scorecardRatePer10000', (x) => bk.scorecardRatePer10000(x), { count: 408, population: 81750 }, ['count']],
    ['scorecardShareOfTotal', (x) => bk.scorecardShareOfTotal(x), { part: 1, total: 3 }, ['part']],
    ['scorecardChange', (x) => bk.scorecardChange(x), { previous: 518, current: 408 }, ['previous']],
    ['scorecardInferPopulation', (x) => bk.scorecardInferPopulation(x), { count: 2240, rate: 274 }, ['rate']],
    ['scorecardDirectionOfTravel', (x) => bk.scorecardDirectionOfTravel(x),
      { previous: 518, current: 408, polarity: 'lower_is_better' }, ['polarity']],
    ['scorecardRagRating', (x) => bk.scorecardRagRating(x),
      { value: 408, target: { value: 400 }, polarity: 'lower_is_better' }, ['polarity']],
    ['reportAttendance', (x) => bk.reportAttendance(x),
      { document: d, body: 'b-lscb', from: '2016-04-01', to: '2017-03-31' }, ['from']],
    ['clockAddWorkingDays', (x) => bk.clockAddWorkingDays(x),
      { nation: 'scotland', from: '2022-09-16', working_days: 5 }, ['nation']],
    ['clockClearDays', (x) => bk.clockClearDays(x),
      { nation: 'scotland', from: '2016-12-05', to: '2016-12-12' }, ['to']],
    ['clockDueBy', (x) => bk.clockDueBy(x),
      { nation: 'scotland', event: '2017-01-03', clear_days: 5, count: 'working_days' }, ['count']],
    ['clockOverdue', (x) => bk.clockOverdue(x),
      { nation: 'scotland', from: '2022-09-16', working_days: 5, as_of: '2022-09-28' }, ['as_of']],
    ['clockBankHolidays', (x) => bk.clockBankHolidays(x), { nation: 'scotland', year: 2022 }, ['year']],
  ];
}

/** What a caller can see: a thrown error's code, path, message; or a report's findings. */
function visible(f, request) {
  try {
    const out = f(request);
    return (out && Array.isArray(out.findings) ? out.findings : [])
      .flatMap((x) => [x.code, x.path, x.message]);
  } catch (e) {
    assert.ok(e instanceof bk.BoardkitError, `${e}`);
    assert.ok(e.message && e.code && typeof e.path === 'string', 'every failure has a message');
    return [e.code, e.path, e.message];
  }
}

function place(request, at, value) {
  const copy = structuredClone(request);
  let o = copy;
  for (const k of at.slice(0, -1)) o = o[k];
  o[at[at.length - 1]] = value;
  return copy;
}

test('no input text in any message, path or code, from every function', () => {
  let calls = 0;
  for (const [name, f, request, at] of cases()) {
    const planted = [
      ...VALUES.map((v) => place(request, at, v)),
      ...KEYS.map((k) => ({ ...request, [k]: 1 })),
      ...KEYS.map((k) => place(request, at.slice(0, -1).concat([k]), 'x')),
    ];
    for (const p of planted) {
      for (const text of visible(f, p)) {
        assert.ok(!String(text).includes('ZQX') && !String(text).includes('\0'), `${name}: ${text}`);
      }
      calls++;
    }
  }
  assert.ok(calls > 400, String(calls));
});
