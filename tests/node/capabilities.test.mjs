// Every capability of the JS API called on the Leicester example document
// (examples/data/leicester-lscb.json) or small inline objects, and bad input for each
// area thrown as a BoardkitError with code and path. Run by tests/wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const example = () =>
  JSON.parse(readFileSync(new URL('../../examples/data/leicester-lscb.json', import.meta.url), 'utf8'));
const AS_OF = '2017-02-01';
const ids = (list) => list.map((a) => a.id);

/** Call f, expect a BoardkitError, return it. */
function thrown(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof bk.BoardkitError, `not a BoardkitError: ${e}`);
    assert.equal(typeof e.code, 'string');
    assert.equal(typeof e.path, 'string');
    return e;
  }
  assert.fail('expected a BoardkitError');
}

// ---- the whole API is tested here ------------------------------------------------------

const TESTED = new Set();
const use = (name) => {
  TESTED.add(name);
  return bk[name];
};

// ---- document --------------------------------------------------------------------------

test('documentPublicVersion: a meeting marked confidential keeps only that it took place', () => {
  const doc = example();
  const i = doc.meetings.findIndex((m) => m.id === 'm-2016-12-08');
  assert.equal(doc.meetings[i].confidential, true);
  assert.ok(doc.meetings[i].agenda.length > 0);
  const raisedThere = doc.actions.filter((a) => a.raised_at === 'm-2016-12-08');
  assert.ok(raisedThere.length > 0);
  const pub = use('documentPublicVersion')(doc);
  const m = pub.meetings[i];
  // It says it was withheld whole, and the ledger alone says the same.
  assert.equal(m.redactions.whole, true);
  const ledger = use('documentRedactionLedger')(doc).meetings.find((l) => l.meeting === m.id);
  assert.equal(ledger.items, m.redactions.items);
  assert.deepEqual(
    { id: m.id, body: m.body, date: m.date, status: m.status },
    { id: doc.meetings[i].id, body: doc.meetings[i].body, date: doc.meetings[i].date, status: doc.meetings[i].status },
  );
  assert.equal(m.title, 'Confidential meeting');
  assert.equal(m.confidential, true);
  for (const k of ['venue', 'start', 'end', 'attendance', 'agenda', 'declarations', 'matters_arising', 'next_meeting']) {
    assert.equal(m[k], undefined, k);
  }
  // The actions it raised are withheld; the others stay.
  assert.ok(pub.actions.every((a) => a.raised_at !== 'm-2016-12-08'));
  assert.equal(pub.actions.length, doc.actions.length - raisedThere.length);
  // A meeting with nothing confidential keeps its agenda.
  const open = doc.meetings.findIndex((m) => !m.confidential && (m.agenda ?? []).every((it) => !it.confidential) && (m.agenda ?? []).length > 0);
  if (open >= 0) assert.deepEqual(pub.meetings[open].agenda, doc.meetings[open].agenda);
});

test('meetingQuorum: the 8 December 2016 board was quorate; an unknown meeting throws at /meeting', () => {
  const r = use('meetingQuorum')({ document: example(), meeting: 'm-2016-12-08' });
  // The same response shape as the core's and the C binding's: {meeting, body, quorum}.
  assert.deepEqual(Object.keys(r).sort(), ['body', 'meeting', 'quorum']);
  assert.equal(r.meeting, 'm-2016-12-08');
  assert.equal(r.body, 'b-lscb');
  const q = r.quorum;
  assert.equal(q.quorate, true);
  assert.ok(q.voting_present >= q.required && q.required > 0);
  assert.deepEqual(q.missing_statutory_partners, []);
  const e = thrown(() => bk.meetingQuorum({ document: example(), meeting: 'm-1999-01-01' }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/meeting');
  assert.ok(!e.message.includes('m-1999'), e.message);
});

test('meetingQuorum: a body without a constitution gives quorum null', () => {
  const doc = example();
  for (const b of doc.bodies) delete b.constitution;
  const r = bk.meetingQuorum({ document: doc, meeting: 'm-2016-12-08' });
  assert.deepEqual(r, { meeting: 'm-2016-12-08', body: 'b-lscb', quorum: null });
});

/** A new action for the 8 December 2016 board, as the action form builds it. */
const formAction = (due) => ({
  id: 'a-form', ref: '9.2', description: 'Provide an update on the inspection.',
  raised_at: 'm-2016-12-08', owners: [{ person: 'p-vp' }], due,
});

test('documentValidateRecord: findings about one action, with paths relative to it', () => {
  const good = use('documentValidateRecord')({
    kind: 'action', record: formAction('2017-01-30'), context: example(), as_of: '2016-12-08',
  });
  assert.deepEqual(good, { findings: [] });
  // Due before the meeting that raised it, judged a week after the meeting: the error and
  // the overdue warning, both at /due (not /actions/N/due); nothing about other records.
  const { findings } = bk.documentValidateRecord({
    kind: 'action', record: formAction('2016-11-30'), context: example(), as_of: '2016-12-15',
  });
  assert.deepEqual(findings.map((f) => [f.code, f.path]), [
    ['action.due_before_raised', '/due'],
    ['action.overdue', '/due'],
  ]);
  assert.ok(findings.every((f) => !f.message.includes('inspection')));
  // Editing an action already in the document replaces it (no duplicate-id finding).
  const doc = example();
  const edited = { ...doc.actions[0], owners: [] };
  const r = bk.documentValidateRecord({ kind: 'action', record: edited, context: doc });
  assert.deepEqual(r.findings.map((f) => [f.code, f.path]), [['action.no_owner', '/owners']]);
  // A risk on the register's matrix, without context: the common 5x5 matrix.
  const risk = { id: 'r-form', title: 'Capacity', raised: { date: '2016-12-08' }, status: 'open',
    current: { likelihood: 5, impact: 5 } };
  const codes = bk.documentValidateRecord({ kind: 'risk', record: risk, as_of: '2016-12-08' })
    .findings.map((f) => [f.code, f.path]);
  assert.deepEqual(codes.slice(0, 2), [['risk.top_band_without_owner', '/owner'],
    ['risk.top_band_without_controls', '/controls']]);
});

test('documentValidateRecord: a malformed record gets findings at its fields, a bad kind throws at /kind', () => {
  const { findings } = bk.documentValidateRecord({
    kind: 'action', record: formAction('2016-02-30'), context: example(),
  });
  const f = findings.find((x) => x.path === '/due');
  assert.equal(f.code, 'shape.invalid');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^Enter a date like 2017-01-31, a month like 2017-01, a quarter like 2017-Q3/);
  const k = thrown(() => bk.documentValidateRecord({ kind: 'minute', record: {} }));
  assert.equal(k.code, 'shape.invalid');
  assert.equal(k.path, '/kind');
  const doc = example();
  doc.schema_version = 8;
  const v = thrown(() => bk.documentValidateRecord({ kind: 'action', record: formAction(), context: doc }));
  assert.equal(v.code, 'shape.schema_version');
  assert.equal(v.path, '/context/schema_version');
});

test('document: a bad date inside a request document throws with its path', () => {
  const doc = example();
  doc.meetings[0].date = '2016-02-30';
  const e = thrown(() => bk.meetingQuorum({ document: doc, meeting: 'm-2016-12-08' }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/document/meetings/0/date');
});

// ---- action ----------------------------------------------------------------------------

const log = () => ({ document: example(), as_of: AS_OF });

test('actionOverdue as of 2017-02-01 includes a-2016-12-08-14, not the completed a-2016-12-08-12', () => {
  const { as_of, actions } = use('actionOverdue')(log());
  assert.equal(as_of, AS_OF);
  assert.ok(ids(actions).includes('a-2016-12-08-14'));
  assert.ok(!ids(actions).includes('a-2016-12-08-12'));
  for (const a of actions) {
    assert.equal(a.overdue, true);
    assert.ok(a.due_on < AS_OF, `${a.id} due ${a.due_on}`);
    assert.equal(a.rag, 'red');
  }
  // A day before a-2016-12-08-01 fell due (31 Jan 2017) it was not overdue.
  const before = bk.actionOverdue({ ...log(), as_of: '2017-01-30' });
  assert.ok(!ids(before.actions).includes('a-2016-12-08-01'));
  assert.ok(ids(bk.actionOverdue(log()).actions).includes('a-2016-12-08-01'));
});

test('actionLog, actionOpen, actionCompleted, actionUndated and actionRag partition the log', () => {
  const all = use('actionLog')(log());
  const open = use('actionOpen')(log()).actions;
  const done = use('actionCompleted')(log()).actions;
  const undated = use('actionUndated')(log()).actions;
  const rag = use('actionRag')(log()).actions;
  assert.equal(all.entries.length, example().actions.length);
  assert.equal(open.length + done.length, all.entries.length);
  assert.deepEqual(ids(done), ['a-2016-12-08-12']);
  assert.ok(!ids(open).includes('a-2016-12-08-12'));
  assert.ok(undated.length > 0 && undated.every((a) => a.undated && a.due_on === undefined));
  assert.ok(rag.every((a) => ['red', 'amber', 'green', 'complete'].includes(a.rag)));
  assert.equal(rag.find((a) => a.id === 'a-2016-12-08-12').rag, 'complete');
});

test('actionOpenByOwner and actionOpenByAgency group the open actions; slips and late completions are lists', () => {
  const byOwner = use('actionOpenByOwner')(log());
  const ct = byOwner.find((g) => g.owner && g.owner.person === 'p-ct');
  assert.deepEqual(ct.actions, ['a-2016-12-08-01', 'a-2016-12-08-03']);
  assert.ok(!byOwner.some((g) => g.actions.includes('a-2016-12-08-12')), 'completed actions are not open');
  const byAgency = use('actionOpenByAgency')(log());
  assert.deepEqual(byAgency.find((g) => g.organisation === 'o-police').actions, ['a-2016-12-08-02']);
  assert.equal(byAgency[byAgency.length - 1].organisation, undefined, 'owners of no agency come last');
  // One action revised twice, later both times: two slips.
  const doc = example();
  const a = doc.actions.find((x) => x.id === 'a-2016-12-08-14');
  a.revised_due = [{ due: '2017-03-31' }, { due: '2017/18-Q1' }];
  const slipped = use('actionSlipped')({ document: doc, as_of: AS_OF });
  assert.equal(slipped.length, 1);
  assert.equal(slipped[0].slips, 2);
  assert.equal(slipped[0].due_on, '2017-06-30');
  assert.deepEqual(use('actionLateCompletions')(log()), []);
  const e = thrown(() => bk.actionSlipped({ document: doc, as_of: '2017-02-30' }));
  assert.equal(e.path, '/as_of');
});

test('budgetAllocateDecision: so much per area, then between the boards, in one call', () => {
  const r = use('budgetAllocateDecision')({
    decision: {
      id: 'd1', funder: 'o-pcc',
      allocation: { kind: 'per_area', amount: 2750000 },
      recipients: [{ body: 'b-1' }, { body: 'b-2', areas: 2, boards: [
        { body: 'b-c', basis_points: 6000 }, { body: 'b-a', basis_points: 4000 }] }],
      central: [{ amount: 2000000 }],
    },
  });
  assert.deepEqual(r.lines.map((l) => l.amount), [2750000, 5500000]);
  assert.deepEqual(r.lines[1].boards, [{ id: 'b-c', amount: 3300000 }, { id: 'b-a', amount: 2200000 }]);
  assert.equal(r.total, 10250000);
  const e = thrown(() => bk.budgetAllocateDecision({ decision: { id: 'd', funder: 'f', allocation: { kind: 'agreed' }, recipients: [{}] } }));
  assert.equal(e.path, '/decision/recipients/0/amount');
});

test('actionSummary counts agree with the lists', () => {
  const s = use('actionSummary')(log());
  assert.equal(s.totals.total, example().actions.length);
  assert.equal(s.totals.overdue, bk.actionOverdue(log()).actions.length);
  assert.equal(s.totals.done, 1);
  assert.equal(s.totals.open + s.totals.done, s.totals.total);
});

test('actionDueWithin: open actions due in the window, none overdue', () => {
  const { actions } = use('actionDueWithin')({ ...log(), days: 60 });
  assert.ok(actions.length > 0);
  for (const a of actions) {
    assert.ok(a.days_to_due >= 0 && a.days_to_due <= 60, `${a.id}: ${a.days_to_due}`);
    assert.equal(a.overdue, false);
  }
  assert.equal(bk.actionDueWithin({ ...log(), days: 0 }).actions.length, 0);
});

test('actionCarryForward: the 8 December matters arising go to the 9 February meeting', () => {
  const c = use('actionCarryForward')({ document: example(), meeting: 'm-2016-12-08', as_of: AS_OF });
  assert.equal(c.next_meeting, 'm-2017-02-09');
  const carried = c.matters_arising.map((m) => m.action);
  assert.ok(carried.includes('a-2016-12-08-14'));
  assert.ok(!carried.includes('a-2016-12-08-12'), 'a completed action is not carried forward');
});

test('actionHistory: the completed action\'s events, each with its path', () => {
  const h = use('actionHistory')({ document: example(), action: 'a-2016-12-08-12' });
  assert.equal(h.status, 'completed');
  assert.ok(h.events.length >= 1);
  assert.ok(h.events.every((e) => e.path.startsWith('/actions/')));
});

test('actionFlowMattersArising adds statuses, and a second pass adds none', () => {
  const first = use('actionFlowMattersArising')({ document: example() });
  assert.ok(first.added > 0);
  const again = bk.actionFlowMattersArising({ document: first.document });
  assert.equal(again.added, 0);
});

test('action: bad input throws BoardkitError with code and path', () => {
  let e = thrown(() => bk.actionOverdue({ ...log(), as_of: '01/02/2017' }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/as_of');
  e = thrown(() => bk.actionDueWithin({ ...log(), days: -3 }));
  assert.equal(e.path, '/days');
  e = thrown(() => bk.actionLog({ document: example() }));
  assert.equal(e.path, '/as_of');
  assert.equal(e.message, 'As of must be given.');
  const doc = example();
  doc.actions[3].owners = [{ nickname: 'CT' }];
  e = thrown(() => bk.actionOpen({ document: doc, as_of: AS_OF }));
  assert.equal(e.code, 'shape.invalid');
  assert.match(e.path, /^\/document\/actions\/3\/owners\/0/);
});

// ---- risk ------------------------------------------------------------------------------

const matrix5 = () => example().risk_register.matrix;
const register = () => ({ register: example().risk_register, as_of: AS_OF });

test('riskRate 5x5 on a 5x5 matrix gives the top band; 1x1 the bottom', () => {
  const m = matrix5();
  assert.equal(m.likelihood.length, 5);
  assert.equal(m.impact.length, 5);
  const top = use('riskRate')({ matrix: m, likelihood: 5, impact: 5 });
  assert.equal(top.score, 25);
  assert.equal(top.top_band, true);
  assert.equal(top.rating, 'red');
  assert.equal(top.band, m.bands.length - 1);
  const low = bk.riskRate({ matrix: m, likelihood: 1, impact: 1 });
  assert.equal(low.score, 1);
  assert.equal(low.top_band, false);
  assert.equal(low.rating, 'green');
});

test('riskGrid lays out every cell, scores agree with riskRate', () => {
  const g = use('riskGrid')({ matrix: matrix5() });
  assert.equal(g.cells.length, 25);
  assert.equal(g.max_score, 25);
  for (const c of g.cells) {
    const r = bk.riskRate({ matrix: matrix5(), likelihood: c.likelihood, impact: c.impact });
    assert.equal(c.score, r.score);
    assert.equal(c.rating, r.rating);
  }
});

test('riskRatings, riskHeatMap: the live risks, each in its cell', () => {
  const { risks } = use('riskRatings')(register());
  assert.equal(risks.length, example().risk_register.risks.length);
  const live = risks.filter((r) => r.live);
  const heat = use('riskHeatMap')(register());
  assert.equal(heat.cells.reduce((n, c) => n + c.count, 0), live.length);
  for (const r of live) {
    const cell = heat.cells.find((c) => c.likelihood === r.assessment.likelihood && c.impact === r.assessment.impact);
    assert.ok(cell.count >= 1);
    assert.equal(cell.score, r.score);
  }
});

test('riskReviews, riskEscalations, riskSummary', () => {
  const reviews = use('riskReviews')({ ...register(), within_days: 60 });
  assert.ok(reviews.due.length > 0 && reviews.due.every((r) => r.days <= 60));
  assert.equal(bk.riskReviews({ ...register(), within_days: 0 }).due.length, 0);
  const esc = use('riskEscalations')({ ...register(), threshold: 10 });
  assert.equal(esc.threshold, 10);
  assert.ok(esc.risks.length > 0 && esc.risks.every((r) => r.score >= 10));
  assert.equal(bk.riskEscalations({ ...register(), threshold: 25 }).risks.length, 0);
  const sum = use('riskSummary')({ ...register(), review_within_days: 60 });
  assert.equal(sum.live, bk.riskRatings(register()).risks.filter((r) => r.live).length);
  assert.ok(sum.lines.length > 0);
});

test('risk: bad input throws BoardkitError with code and path', () => {
  let e = thrown(() => bk.riskRate({ matrix: matrix5(), likelihood: 6, impact: 1 }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/likelihood');
  e = thrown(() => bk.riskRate({ matrix: matrix5(), likelihood: 1, impact: 0 }));
  assert.equal(e.path, '/impact');
  const m = matrix5();
  m.bands = [{ min: 1, max: 4, rating: 'green', label: 'Low' }]; // scores 5..25 in no band
  e = thrown(() => bk.riskGrid({ matrix: m }));
  assert.equal(e.code, 'shape.config');
  assert.match(e.path, /^\/matrix/);
  e = thrown(() => bk.riskRatings({ register: example().risk_register, as_of: 'soon' }));
  assert.equal(e.path, '/as_of');
});

// ---- budget ----------------------------------------------------------------------------

test('budgetApportion sums exactly to the total for every formula kind', () => {
  const apportion = use('budgetApportion');
  const partners = ['o-lcc', 'o-police', 'o-ccg'];
  const total = 10000001; // £100,000.01: not divisible by 3
  const formulas = [
    { kind: 'equal', partners },
    { kind: 'percentages', shares: [{ organisation: 'o-lcc', basis_points: 5000 }, { organisation: 'o-police', basis_points: 3333 }, { organisation: 'o-ccg', basis_points: 1667 }] },
    { kind: 'weights', weights: [{ organisation: 'o-lcc', weight: 7 }, { organisation: 'o-police', weight: 3 }, { organisation: 'o-ccg', weight: 1 }] },
    { kind: 'composite', fixed: [{ organisation: 'o-nps', amount: 219200 }], remainder: { kind: 'equal', partners } },
  ];
  for (const formula of formulas) {
    const r = apportion({ formula, total });
    assert.equal(r.total, total, formula.kind);
    assert.equal(r.shares.reduce((n, s) => n + s.amount, 0), total, formula.kind);
  }
  const eq = apportion({ formula: formulas[0], total });
  assert.deepEqual(eq.shares.map((s) => s.amount).sort(), [3333333, 3333334, 3333334].sort());
  // The example's 2016/17 formula.
  const b = example().budgets[0];
  const r = apportion({ formula: b.formula, total: b.baseline });
  assert.equal(r.shares.reduce((n, s) => n + s.amount, 0), b.baseline);
});

test('budgetStatement: the example budget statement\'s total income is 38901700 pence', () => {
  const doc = example();
  const s = use('budgetStatement')({ budget: doc.budgets[0] });
  assert.equal(s.totals.cash, 38901700);
  assert.equal(s.income.reduce((n, l) => n + l.cash, 0), 38901700);
  assert.equal(s.total_spent, 36901700);
  const y = use('budgetYearStatement')({ document: doc, body: 'b-lscb', year: '2016/17' });
  assert.deepEqual(y.totals, s.totals);
});

test('budgetParseMoney and budgetFormatMoney round trip pounds and pence', () => {
  assert.deepEqual(use('budgetParseMoney')({ text: '£298,700' }), { pence: 29870000, text: '£298,700' });
  assert.equal(bk.budgetParseMoney({ text: '£1,234.56' }).pence, 123456);
  assert.equal(bk.budgetParseMoney({ text: '-£49,000' }).pence, -4900000);
  assert.deepEqual(use('budgetFormatMoney')({ pence: 29870000 }), { pence: 29870000, text: '£298,700' });
});

test('budget: bad input throws BoardkitError with code and path', () => {
  let e = thrown(() => bk.budgetParseMoney({ text: 'about three pounds' }));
  assert.ok(e.code.startsWith('shape.'));
  assert.ok(!e.message.includes('three'), e.message);
  e = thrown(() => bk.budgetApportion({ formula: { kind: 'equal', partners: ['o-lcc'] } }));
  assert.equal(e.path, '/total');
  e = thrown(() => bk.budgetApportion({
    formula: { kind: 'percentages', shares: [{ organisation: 'o-lcc', basis_points: 5000 }] },
    total: 100,
  }));
  assert.match(e.path, /^\/formula\/shares/);
  e = thrown(() => bk.budgetApportion({ formula: { kind: 'lottery' }, total: 100 }));
  assert.equal(e.code, 'shape.invalid');
  assert.match(e.path, /^\/formula/);
  e = thrown(() => bk.budgetFormatMoney({ pence: 'lots' }));
  assert.equal(e.path, '/pence');
  e = thrown(() => bk.budgetYearStatement({ document: example(), body: 'b-lscb', year: '2016' }));
  assert.equal(e.path, '/year');
});

// ---- scorecard -------------------------------------------------------------------------

test('scorecardValidate and scorecardSummarise on the example scorecard', () => {
  const scorecard = example().scorecards[0];
  const report = use('scorecardValidate')({ scorecard });
  assert.ok(Array.isArray(report.findings));
  assert.ok(report.findings.every((f) => f.path.startsWith('/indicators/')));
  assert.ok(report.findings.every((f) => f.severity !== 'error'), JSON.stringify(report.findings));
  const s = use('scorecardSummarise')({ scorecard });
  assert.equal(s.indicators.length, scorecard.indicators.length);
  const cin = s.indicators.find((i) => i.id === 'i-cin');
  assert.equal(cin.value, 2240);
  assert.equal(cin.change, cin.value - cin.previous_value);
  assert.equal(cin.travel.movement, 'down');
});

test('scorecard calculations: rate per 10,000, share, change, population, travel, RAG', () => {
  assert.deepEqual(use('scorecardRatePer10000')({ count: 2240, population: 74000, places: 1 }), { rate: 302.7 });
  assert.deepEqual(use('scorecardShareOfTotal')({ part: 1, total: 3, places: 1 }), { percent: 33.3 });
  assert.deepEqual(use('scorecardChange')({ previous: 10, current: 12, places: 1 }), { change: 2, percent_change: 20 });
  const p = use('scorecardInferPopulation')({ count: 2240, rate: 302.7, places: 1 });
  assert.ok(p.min <= 74000 && 74000 <= p.max);
  assert.deepEqual(use('scorecardDirectionOfTravel')({ previous: 10, current: 12, polarity: 'lower_is_better' }),
    { movement: 'up', direction: 'worsening' });
  assert.equal(bk.scorecardDirectionOfTravel({ previous: 10, current: 12, polarity: 'higher_is_better' }).direction, 'improving');
  assert.equal(use('scorecardRagRating')({ value: 12, target: { value: 12 }, polarity: 'higher_is_better' }).rag, 'green');
  assert.equal(bk.scorecardRagRating({ value: 10, target: { value: 12 }, polarity: 'higher_is_better' }).rag, 'red');
});

test('scorecard: bad input throws BoardkitError with code and path', () => {
  let e = thrown(() => bk.scorecardRatePer10000({ count: 5, population: 0 }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/population');
  e = thrown(() => bk.scorecardShareOfTotal({ part: 1, total: 3, places: 12 }));
  assert.equal(e.path, '/places');
  e = thrown(() => bk.scorecardRagRating({ value: 1, target: { value: 2 }, polarity: 'sideways' }));
  assert.equal(e.path, '/polarity');
  const scorecard = example().scorecards[0];
  scorecard.indicators[0].values[0].period = 'last year';
  e = thrown(() => bk.scorecardSummarise({ scorecard }));
  assert.equal(e.path, '/scorecard/indicators/0/values/0/period');
});

// ---- report ----------------------------------------------------------------------------

test('reportAttendance has rows for the 2016/17 board meetings with attendance recorded', () => {
  const r = use('reportAttendance')({ document: example(), body: 'b-lscb', from: '2016-04-01', to: '2017-03-31' });
  // The October meeting's attendance is not in the example: it is listed, not counted.
  assert.equal(r.meetings_held, 1);
  assert.deepEqual(r.meetings, ['m-2016-12-08']);
  assert.deepEqual(r.not_recorded, ['m-2016-10-20']);
  assert.ok(r.agencies.length > 0);
  for (const row of r.agencies) {
    assert.ok(row.attended <= row.seat_meetings);
    assert.equal(row.below_threshold, row.percent < 75);
  }
  assert.ok(r.agencies.some((row) => row.row.organisation === 'o-lcc'));
});

test('report: bad input throws BoardkitError with code and path', () => {
  let e = thrown(() => bk.reportAttendance({ document: example(), body: 'b-nobody', from: '2016-04-01', to: '2017-03-31' }));
  assert.equal(e.path, '/body');
  assert.ok(!e.message.includes('b-nobody'), e.message);
  e = thrown(() => bk.reportAttendance({ document: example(), body: 'b-lscb', from: '2017-04-01', to: '2016-03-31' }));
  assert.ok(e.path === '/to' || e.path === '/from', e.path);
});

// ---- statutory clocks (the shared table of cases is replayed by clock.test.mjs) --------

test('clock: working days, clear days, due by, overdue and bank holidays', () => {
  assert.deepEqual(use('clockAddWorkingDays')({ nation: 'england-and-wales', from: '2022-09-16', working_days: 5 }),
    { date: '2022-09-26' });
  assert.deepEqual(use('clockClearDays')({ nation: 'scotland', from: '2016-12-05', to: '2016-12-12' }),
    { clear_days: 6, clear_working_days: 4 });
  assert.equal(use('clockDueBy')({ nation: 'england-and-wales', event: '2017-01-03', clear_days: 5, count: 'working_days' }).due_by,
    '2016-12-21');
  assert.equal(use('clockOverdue')({ nation: 'england-and-wales', from: '2022-09-16', working_days: 5, as_of: '2022-09-28' }).working_days_overdue,
    2);
  const days = use('clockBankHolidays')({ nation: 'scotland', year: 2023 }).holidays;
  assert.ok(days.some((h) => h.date === '2023-11-30' && h.holiday === 'st_andrews_day'));
  const e = thrown(() => bk.clockAddWorkingDays({ nation: 'ZQX-nowhere', from: '2022-09-16', working_days: 5 }));
  assert.equal(e.path, '/nation');
  assert.ok(!e.message.includes('ZQX') && e.message.includes('england-and-wales'), e.message);
});

// ---- every capability above ------------------------------------------------------------

test('every exported capability is exercised by this file', () => {
  // Board (the loaded board) is exercised by board.test.mjs, runFixture by conformance.test.mjs,
  // pence (a JS helper making a branded amount, no capability of the library) by api.test.mjs.
  const skip = new Set(['BoardkitError', 'Board', 'version', 'rules', 'validateDocument', 'normaliseDocument', 'runFixture', 'pence']);
  const exported = Object.keys(bk).filter((k) => typeof bk[k] === 'function' && !skip.has(k)).sort();
  assert.deepEqual([...TESTED].sort(), exported);
});

test('the package exports the functions of the capability table, and this file tests each request', () => {
  // capabilities.json is generated from ffi/src/capabilities.rs (bash tests/codegen.sh).
  const table = JSON.parse(readFileSync(new URL('./capabilities.json', import.meta.url), 'utf8'));
  // pence is a JS helper for the branded Money type, not a capability of the library.
  const helpers = new Set(['BoardkitError', 'Board', 'pence']);
  const exported = Object.keys(bk).filter((k) => typeof bk[k] === 'function' && !helpers.has(k));
  assert.deepEqual(exported.sort(), [...table.functions].sort());
  assert.deepEqual(table.requests.filter((name) => !TESTED.has(name)), []);
  const methods = table.board.map((m) => m.replace('Board.', ''));
  for (const m of methods) {
    const has = m === 'constructor' || typeof bk.Board.prototype[m] === 'function' || typeof bk.Board[m] === 'function';
    assert.ok(has, `Board has no ${m}`);
  }
});
