// The public version from JS follows every kind of link to confidential material (issue
// 23). Run by tests/wasm.sh.
//
// tests/c/data/links.jsonl (written by core/tests/public_sentinels.rs, shared with the C
// test) holds one board document with a sentinel in every free-text field: ZqS<n>x where
// the classification table and the records tied to confidential material say it is
// withheld (an action a confidential decision created, a guest for a confidential item
// only, amendments, revised dues recorded at a confidential meeting, acknowledgements,
// planned actions, closed parts, numbers such as 2(a) and 2/1 beneath item 2), ZqP<n>x
// elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const line = readFileSync(new URL('../c/data/links.jsonl', import.meta.url), 'utf8').trim();
const sentinels = (text, kind) => [...new Set(text.match(new RegExp(`Zq${kind}[0-9]+x`, 'g')) ?? [])];

test('no withheld sentinel survives and every public one does', () => {
  assert.ok(sentinels(line, 'S').length >= 80);
  assert.ok(sentinels(line, 'P').length >= 30);
  const output = JSON.stringify(bk.documentPublicVersion(JSON.parse(line)));
  assert.deepEqual(sentinels(line, 'S').filter((s) => output.includes(s)), []);
  assert.deepEqual(sentinels(line, 'P').filter((s) => !output.includes(s)), []);
});

// A fixed document: item 2 confidential (paragraph 2, review by 2017-10-20) with one
// decision, 2.1 beneath it, a guest for item 2 only, a declaration about item 2 and an
// action raised under 2.1 (the same document as tests/c/test_public.c's ledger check).
const ledgerDoc = () => ({
  schema_version: 5,
  people: [{ id: 'p-chair', name: 'Ada Quill' }, { id: 'p-guest', name: 'Zqguest' }],
  bodies: [{ id: 'b', name: 'Board', kind: 'board', members: [{ person: 'p-chair', category: 'statutory' }] }],
  meetings: [{
    id: 'm1', body: 'b', title: 'Board', date: '2019-03-14', status: 'held',
    attendance: [{ person: 'p-chair', status: 'present' }, { person: 'p-guest', status: 'in_attendance', items: ['2'] }],
    agenda: [
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Zqtitle', confidential: true, exemption: { paragraph: 2, review_by: '2017-10-20' },
        decisions: [{ kind: 'agreed', text: 'Zqdecision' }] },
      { number: '2.1', title: 'Zqsub' },
    ],
    declarations: { entries: [{ person: { person: 'p-chair' }, item: '2', nature: 'Zqnature' }] },
  }],
  actions: [{ id: 'a1', ref: '2.1', description: 'Zqaction', raised_at: 'm1' }],
});
const COUNTS = {
  whole: false, items: 2, decisions: 1, actions: 1, risks: 0, attendees: 1, declarations: 1,
  paragraphs: [2], review_by: '2017-10-20',
};

test('documentPublicVersion: each edited meeting carries what was withheld', () => {
  const pub = bk.documentPublicVersion(ledgerDoc());
  assert.deepEqual(pub.meetings[0].redactions, COUNTS);
  const text = JSON.stringify(pub);
  assert.ok(!text.includes('Zq'), 'withheld text in the public version');
  assert.ok(text.includes('Ada Quill'), 'the chair is kept');
  // Made again from the public version, the counts stay.
  assert.deepEqual(bk.documentPublicVersion(pub).meetings[0].redactions, COUNTS);
});

test('documentRedactionLedger: the same counts, by meeting id; bad input throws at its path', () => {
  assert.deepEqual(bk.documentRedactionLedger(ledgerDoc()), {
    meetings: [{ meeting: 'm1', ...COUNTS }],
    funding_decisions: 0,
  });
  const doc = ledgerDoc();
  doc.meetings[0].agenda[1].confidential = false;
  assert.deepEqual(bk.documentRedactionLedger(doc), { meetings: [], funding_decisions: 0 });
  try {
    bk.documentRedactionLedger({ schema_version: 5, meetings: 7 });
    assert.fail('expected a BoardkitError');
  } catch (e) {
    assert.ok(e instanceof bk.BoardkitError, String(e));
    assert.equal(e.path, '/meetings');
  }
});
