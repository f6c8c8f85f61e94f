// The meeting records (attendance, deputies, agenda) and rule profiles through the JS API (node:test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const field = (name) =>
  JSON.parse(readFileSync(new URL(`../../examples/data/field/${name}`, import.meta.url), 'utf8'));

test('a year-grid field document validates in JS with the same findings as in Rust', () => {
  const doc = field('kestrelford-kscb-2016-06-02.json');
  const codes = bk.validateDocument(doc).findings.map((f) => f.code);
  assert.equal(codes.filter((c) => c === 'meeting.attendance_code_undefined').length, 7);
  assert.ok(codes.includes('meeting.date_inferred'));
});

test('a constitution switches a rule off and acknowledges a finding', () => {
  const doc = field('kestrelford-kscb-2016-06-02.json');
  doc.bodies[0].constitution = {
    rule_settings: [{ code: 'meeting.attendance_code_undefined', off: true, reason: 'The key omits "-".' }],
    acknowledgements: [{ code: 'meeting.date_inferred', path: '/meetings/2/date_basis', by: 'p-em', on: '2016-10-06', reason: 'Known.' }],
  };
  const report = bk.validateDocument(doc);
  assert.equal(report.findings.filter((f) => f.code === 'meeting.attendance_code_undefined').length, 0);
  assert.equal(report.switched_off.length, 7);
  const inferred = report.findings.find((f) => f.code === 'meeting.date_inferred');
  assert.equal(inferred.acknowledged, '/bodies/0/constitution/acknowledgements/0');
});

test('a person spelled two ways resolves through her aliases (schema version 3)', () => {
  const doc = field('portwell-csp-2016.json');
  const paths = (d) => bk.validateDocument(d).findings.map((f) => `${f.code} ${f.path}`);
  assert.deepEqual(paths(doc).sort(), [
    'action.actioned_by_not_owner /actions/3/actioned_by',
    'meeting.date_unknown /meetings/1/date_basis',
  ]);
  const written = bk.normaliseDocument(doc);
  assert.equal(written.schema_version, 7);
  assert.deepEqual(written.people[3].aliases, ['Joanne Pellow', 'Joanne P.']);
  doc.people[3].aliases = [];
  assert.ok(paths(doc).includes('action.owner_unresolved /actions/3/owners/0'));
});
