// The rule fixtures of tests/conformance replayed through runFixture: each result equals
// the Rust result of tests/conformance/results.tsv (a line per fixture file: its path
// under tests/conformance, a tab, the compact JSON of its results, kept current by
// core/tests/conformance.rs). The module reads no files, so this test reads each
// document_file itself and puts the document in the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const corpus = new URL('../conformance/', import.meta.url);
const lines = readFileSync(new URL('results.tsv', corpus), 'utf8').split('\n').filter((l) => l);

/** The fixture with its document_file read (relative to the fixture file's folder). */
function inlined(fixture, fileUrl) {
  if (typeof fixture.document_file !== 'string') return fixture;
  const { document_file: name, ...rest } = fixture;
  const document = JSON.parse(readFileSync(new URL(name, fileUrl), 'utf8'));
  return { ...rest, document };
}

test('every fixture file gives the Rust results', () => {
  assert.ok(lines.length >= 14, 'the corpus holds at least the pinned examples');
  for (const line of lines) {
    const tab = line.indexOf('\t');
    assert.ok(tab > 0, 'a results line holds a path, a tab and the results');
    const rel = line.slice(0, tab);
    const expected = JSON.parse(line.slice(tab + 1));
    const fileUrl = new URL(rel, corpus);
    const fixtures = JSON.parse(readFileSync(fileUrl, 'utf8'));
    const got = Array.isArray(fixtures)
      ? fixtures.map((f) => bk.runFixture(inlined(f, fileUrl)))
      : bk.runFixture(inlined(fixtures, fileUrl));
    assert.deepEqual(got, expected, rel);
  }
});

test('a fixture as JSON text gives the same result as the object', () => {
  const f = { name: 't', document: { schema_version: 4 }, expect: [] };
  assert.deepEqual(bk.runFixture(JSON.stringify(f)), bk.runFixture(f));
  assert.equal(bk.runFixture(f).passed, true);
});

test('an invalid fixture throws with the pointer of the bad value, never its text', () => {
  const cases = [
    [{ name: 't', document_file: 'mine.json', expect: [] }, '/document_file'],
    [{ name: 't', document: { schema_version: 4 }, only: ['no.such_rule'], expect: [] }, '/only/0'],
    [{ name: 't', document: { schema_version: 4 }, document_file: 'b.json', expect: [] }, '/document_file'],
    [{ name: 't', expect: [] }, ''],
  ];
  for (const [fixture, path] of cases) {
    assert.throws(() => bk.runFixture(fixture), (e) => {
      assert.ok(e instanceof bk.BoardkitError, String(e));
      assert.equal(e.code, 'shape.invalid');
      assert.equal(e.path, path, e.message);
      assert.ok(!e.message.includes('no.such_rule') && !e.message.includes('mine.json'), e.message);
      return true;
    });
  }
  assert.throws(() => bk.runFixture('{"name": "t", "name": "u"}'), (e) => e.code === 'shape.invalid' || e.code === 'shape.syntax');
});

test('validateDocument explains each rule without a finding', () => {
  const doc = { schema_version: 4 };
  const report = bk.validateDocument(doc, { explain: true, only: ['action.overdue'] });
  const overdue = report.explained.find((e) => e.code === 'action.overdue');
  assert.equal(overdue.outcome, 'not_evidenced');
  assert.equal(report.explained.find((e) => e.code === 'meeting.inquorate').outcome, 'outside_only');
  assert.equal(bk.validateDocument(doc).explained, undefined);
});
