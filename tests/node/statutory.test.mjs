// The statutory rules through the JS API (node:test): each rule's conformance
// fixtures (tests/conformance/rules/<area>/: `meeting`, and `board` for a partnership's
// duties) give in JS the findings they expect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const RULES = [
  'meeting.exempt_paragraph_unknown',
  'meeting.exempt_paragraph_outdated',
  'meeting.exempt_public_interest_missing',
  'meeting.exempt_review_overdue',
  'meeting.interest_took_part',
  'meeting.papers_published_late',
  'meeting.minutes_published_late',
  'meeting.implemented_during_call_in',
  'board.lead_partner_missing',
  'board.partner_sign_off_missing',
  'board.annual_report_content_missing',
  'board.annual_report_recipient_missing',
];

const fixtures = (code) =>
  JSON.parse(
    readFileSync(
      new URL(`../conformance/rules/${code.split('.')[0]}/${code}.json`, import.meta.url),
      'utf8',
    ),
  );

const key = (f) => `${f.code} ${f.severity} ${f.path}`;

for (const code of RULES) {
  test(`${code}: its fixtures break it and hold`, () => {
    const list = fixtures(code);
    assert.equal(list[0].name, `${code} breaks`);
    assert.ok(list[0].expect.length > 0);
    assert.equal(list.at(-1).expect.length, 0);
    for (const f of list) {
      const report = bk.validateDocument(f.document, { as_of: f.as_of });
      const got = report.findings.filter((x) => f.only.includes(x.code)).map(key).sort();
      assert.deepEqual(got, f.expect.map(key).sort(), f.name);
    }
  });
}

test('the statutory rules are in the catalogue with their severity', () => {
  const doc = fixtures('meeting.interest_took_part')[0].document;
  const report = bk.validateDocument(doc, { as_of: '2017-02-01' });
  const f = report.findings.find((x) => x.code === 'meeting.interest_took_part');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^This member declared an interest/);
  assert.ok(!f.message.includes('Spouse'), 'the declaration is not quoted');
});

test('a partnership missing a lead partner hears which, in plain words', () => {
  const doc = fixtures('board.lead_partner_missing')[0].document;
  const report = bk.validateDocument(doc, {});
  const found = report.findings.filter((x) => x.code === 'board.lead_partner_missing');
  assert.equal(found.length, 2);
  for (const f of found) {
    assert.equal(f.severity, 'warning');
    assert.equal(f.path, '/bodies/0/statutory/lead_partners');
    assert.match(f.message, /^The partnership's lead safeguarding partners do not include /);
    assert.ok(!f.message.includes('Partnership'), 'the body name is not quoted');
  }
});

test('the call-in period a constitution sets is the one checked', () => {
  const list = fixtures('meeting.implemented_during_call_in');
  const longer = list.find((f) => f.name.includes('longer period'));
  const report = bk.validateDocument(longer.document, { as_of: longer.as_of });
  const f = report.findings.find((x) => x.code === 'meeting.implemented_during_call_in');
  assert.match(f.message, /call-in period of 10 working days/);
});
