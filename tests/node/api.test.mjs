// The JS API of the boardkit wasm package in Node (node:test). Run by tests/wasm.sh
// after wasm/build.sh has produced wasm/pkg/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const fixture = () =>
  JSON.parse(readFileSync(new URL('./fixtures/board.json', import.meta.url), 'utf8'));

/** Call f, expect a BoardkitError, return it. */
function thrown(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof bk.BoardkitError, `not a BoardkitError: ${e}`);
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'BoardkitError');
    assert.equal(typeof e.code, 'string');
    assert.equal(typeof e.path, 'string');
    return e;
  }
  assert.fail('expected a BoardkitError');
}

test('version is the crate version, as in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../wasm/pkg/package.json', import.meta.url)));
  assert.match(bk.version(), /^\d+\.\d+\.\d+/);
  assert.equal(bk.version(), pkg.version);
});

test('rules() is the catalogue: code, severity and summary, codes unique', () => {
  const rules = bk.rules();
  assert.ok(Array.isArray(rules) && rules.length > 10);
  for (const r of rules) {
    assert.deepEqual(Object.keys(r).sort(), ['code', 'severity', 'summary']);
    assert.match(r.code, /^[a-z_]+\.[a-z0-9_]+$/);
    assert.ok(['error', 'warning', 'info'].includes(r.severity));
    assert.ok(r.summary.length > 10);
  }
  assert.equal(new Set(rules.map((r) => r.code)).size, rules.length);
  assert.ok(rules.some((r) => r.code === 'meeting.end_before_start'));
});

test('a valid document has no findings, with or without options', () => {
  const doc = fixture();
  for (const options of [undefined, null, {}, { as_of: '2017-01-31' }]) {
    const report = bk.validateDocument(doc, options);
    assert.deepEqual(report, { findings: [] });
  }
});

test('a rule break comes back as a finding with code, severity, path and message', () => {
  const doc = fixture();
  doc.meetings[0].title = 'Private: Child A case review';
  doc.meetings[0].end = '09:00'; // before the 09:15 start
  const { findings } = bk.validateDocument(doc, { as_of: '2017-01-31' });
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.code, 'meeting.end_before_start');
  assert.equal(f.severity, 'error');
  assert.equal(f.path, '/meetings/0/end');
  assert.equal(typeof f.message, 'string');
  assert.ok(!f.message.includes('Child A'));
  assert.equal(Object.getPrototypeOf(f), Object.prototype, 'a plain object');
});

test('several findings, each at its own path', () => {
  const doc = fixture();
  doc.meetings[0].end = '09:00';
  doc.meetings[0].next_meeting.date = '2016-10-01';
  const paths = bk.validateDocument(doc).findings.map((f) => `${f.code} ${f.path}`).sort();
  assert.deepEqual(paths, [
    'meeting.end_before_start /meetings/0/end',
    'meeting.next_meeting_not_after /meetings/0/next_meeting/date',
  ]);
});

test('a wrong type deep in the document throws shape.invalid with its path', () => {
  const doc = fixture();
  doc.meetings[1].date = 20161208;
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/meetings/1/date');
});

test('an impossible date throws with its path and does not echo the value', () => {
  const doc = fixture();
  doc.meetings[0].date = '2017-02-31';
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/meetings/0/date');
  assert.ok(!e.message.includes('2017-02-31'), e.message);
});

test('free text in a wrongly typed field is not quoted in the error', () => {
  const doc = fixture();
  doc.meetings[0].attendance[0].status = 'Mrs Smith, foster carer';
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.path, '/meetings/0/attendance/0/status');
  assert.ok(!e.message.includes('Smith'), e.message);
});

test('an unknown field throws at its record, never naming the key', () => {
  const doc = fixture();
  doc.people[2].nickname = 'x';
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/people/2');
  assert.match(e.message, /field name of this record, in alphabetical order/);
  assert.doesNotMatch(e.message, /nickname/);
});

test('a missing required field throws at its own path', () => {
  const doc = fixture();
  delete doc.meetings[1].title;
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/meetings/1/title');
  assert.equal(e.message, 'Title must be given.');
});

test('a required field set to undefined is missing, at its own path', () => {
  const doc = fixture();
  doc.meetings[1].title = undefined;
  const e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/meetings/1/title');
});

test('a value JSON cannot carry (a cycle, a BigInt) throws at its path', () => {
  const doc = fixture();
  doc.extensions = { self: doc };
  let e = thrown(() => bk.validateDocument(doc));
  assert.equal(e.code, 'shape.invalid');
  // A key that is not a field of the schema is never named: it shows as *.
  assert.equal(e.path, '/extensions/*');
  e = thrown(() => bk.validateDocument({ ...fixture(), schema_version: 1n }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/schema_version');
});

test('an unsupported schema_version throws shape.schema_version', () => {
  const e = thrown(() => bk.validateDocument({ ...fixture(), schema_version: 8 }));
  assert.equal(e.code, 'shape.schema_version');
  assert.equal(e.path, '/schema_version');
});

test('inputs that are not objects throw at the root path', () => {
  for (const bad of [undefined, null, 'a string', 42, () => 1, Symbol('s')]) {
    const e = thrown(() => bk.validateDocument(bad));
    assert.ok(e.code.startsWith('shape.'), e.code);
    assert.equal(e.path, '');
  }
  let e = thrown(() => bk.normaliseDocument({}));
  assert.equal(e.code, 'shape.invalid');
  e = thrown(() => bk.normaliseDocument([1, 2])); // read as a tuple: element 1 is not a list
  assert.equal(e.code, 'shape.invalid');
});

test('bad options throw with a path inside the options', () => {
  let e = thrown(() => bk.validateDocument(fixture(), { as_of: '31/01/2017' }));
  assert.equal(e.code, 'shape.invalid');
  assert.equal(e.path, '/as_of');
  assert.match(e.message, /^Options: Enter a date like 2017-01-31/);
  // An unknown key is reported at the options themselves, by its place, never by its text.
  e = thrown(() => bk.validateDocument(fixture(), { as_off: '2017-01-31' }));
  assert.equal(e.path, '');
  assert.doesNotMatch(e.message, /as_off/);
  assert.match(e.message, /Did you mean "as_of"\?/);
});

test('normaliseDocument fills defaults, keeps extensions, and is idempotent', () => {
  const doc = { schema_version: 1, extensions: { crm: { ref: 7 } } };
  const n = bk.normaliseDocument(doc);
  // A version-1 document comes back upgraded to the current version.
  assert.deepEqual(n, {
    schema_version: 7,
    organisations: [],
    people: [],
    bodies: [],
    meetings: [],
    extensions: { crm: { ref: 7 } },
  });
  const full = bk.normaliseDocument(fixture());
  assert.deepEqual(bk.normaliseDocument(full), full);
  assert.deepEqual(bk.validateDocument(full), { findings: [] });
  assert.equal(full.meetings[0].attendance.length, fixture().meetings[0].attendance.length);
});

test('a thrown error leaves the module usable', () => {
  for (let i = 0; i < 50; i++) thrown(() => bk.validateDocument({ schema_version: 'one' }));
  assert.deepEqual(bk.validateDocument(fixture()), { findings: [] });
});

test('the package: exports, files and the .d.ts declare the same functions', () => {
  const dir = new URL('../../wasm/pkg/', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', dir)));
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].node.import.default, './node.js');
  assert.equal(pkg.exports['.'].node.require.default, './boardkit.cjs');
  assert.equal(pkg.exports['.'].default, './inline.js');
  assert.equal(pkg.exports['.'].types, './boardkit.d.ts');
  for (const f of pkg.files) assert.ok(readFileSync(new URL(f.replace(/\/$/, '/BoardDocument.json'), dir)));
  const dts = readFileSync(new URL('boardkit.d.ts', dir), 'utf8');
  const declared = [...dts.matchAll(/^export declare function (\w+)\(/gm)].map((m) => m[1]).sort();
  const classes = ['BoardkitError', 'Board'];
  const exported = Object.keys(bk).filter((k) => typeof bk[k] === 'function' && !classes.includes(k)).sort();
  assert.deepEqual(declared, exported);
  assert.match(dts, /export declare class BoardkitError extends Error/);
  assert.match(dts, /export declare class Board \{/);
  // Every type named in a type position is defined.
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const defined = new Set([...code.matchAll(/^export (?:interface|type|declare class) (\w+)/gm)].map((m) => m[1]));
  for (const m of code.matchAll(/(?:[:|<(&]|extends) *([A-Z]\w*)\b/g)) {
    if (['Array', 'Error', 'Omit', 'Record'].includes(m[1])) continue;
    assert.ok(defined.has(m[1]), `undefined type ${m[1]}`);
  }
});

test('pence() keeps a whole number of pence and refuses anything else as a BoardkitError', () => {
  assert.equal(bk.pence(29870000), 29870000);
  assert.equal(bk.pence(-500), -500);
  for (const bad of [1.5, NaN, Infinity, 2 ** 53, '100']) {
    const e = thrown(() => bk.pence(bad));
    assert.equal(e.code, 'shape.invalid');
    assert.equal(e.path, '');
    assert.match(e.message, /^An amount of money must be a whole number of pence/);
  }
});
