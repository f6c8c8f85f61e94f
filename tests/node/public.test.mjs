// The public version from JS publishes nothing tied to confidential material. Run by
// tests/wasm.sh.
//
// tests/c/data/confidential.jsonl (written by core/tests/confidentiality.rs, shared with
// the C test) holds board documents, one per line, with confidential items (numbered and
// lettered, with sub-items), a wholly confidential meeting, and everything tied to them.
// Every string field reachable from confidential material holds a distinct sentinel
// ZqS<n>x; comparable public fields hold ZqP<n>x.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const documents = readFileSync(new URL('../c/data/confidential.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);

const sentinels = (text, kind) => [...new Set(text.match(new RegExp(`Zq${kind}[0-9]+x`, 'g')) ?? [])];

test('the fixture holds the three documents of the Rust test', () => {
  assert.equal(documents.length, 3);
  assert.ok(sentinels(documents[0], 'S').length >= 100);
  assert.ok(sentinels(documents[1], 'S').length >= 150);
  assert.equal(sentinels(documents[2], 'S').length, 0);
});

documents.forEach((line, i) => {
  test(`document ${i + 1}: no confidential sentinel survives, every public one does`, () => {
    const input = JSON.parse(line);
    const output = JSON.stringify(bk.documentPublicVersion(input));
    const leaked = sentinels(line, 'S').filter((s) => output.includes(s));
    assert.deepEqual(leaked, [], 'confidential sentinels in the public version');
    const lost = sentinels(line, 'P').filter((s) => !output.includes(s));
    assert.deepEqual(lost, [], 'public sentinels missing from the public version');
    assert.ok(sentinels(line, 'P').length > 0);
    // The input object is not changed, and the public version is its own public version.
    assert.equal(JSON.stringify(input), JSON.stringify(JSON.parse(line)));
    const again = bk.documentPublicVersion(JSON.parse(output));
    assert.equal(JSON.stringify(again), output);
  });
});

test('a wholly confidential meeting keeps only that it took place', () => {
  const input = JSON.parse(documents[1]);
  const out = bk.documentPublicVersion(input);
  const m = out.meetings.find((x) => x.id === 'm1');
  assert.deepEqual(Object.keys(m).sort(), ['body', 'confidential', 'date', 'id', 'redactions', 'status', 'title']);
  assert.equal(m.title, 'Confidential meeting');
  // What it says of what was withheld: that the whole meeting was, counts only.
  assert.equal(m.redactions.whole, true);
  assert.ok(m.redactions.items > 0);
  assert.ok(out.actions.every((a) => a.raised_at !== 'm1'));
});
