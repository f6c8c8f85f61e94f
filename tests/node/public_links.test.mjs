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
