// A host's numbers under `extensions` from JS: a number a JS number cannot hold is never
// rounded. Object results give it as a string of its text; Board.documentText gives the
// document as JSON text with every number as written. Run by tests/wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';

const text = readFileSync(new URL('./fixtures/board.json', import.meta.url), 'utf8');

// The fixture as text, with host numbers under its extensions (written into the text:
// JSON.stringify of a JS object could not carry them).
const HELD = ['1E+2', '-0', '0.10', '12.5', '9007199254740991'];
const NOT_HELD = ['18446744073709551616', '-9223372036854775809', '9007199254740993', '1e400', `0.1${'0'.repeat(53)}1`];
const entries = [...HELD, ...NOT_HELD].map((n, i) => `"n${i}": ${n}`).join(', ');
const withNumbers = text.replace('{', `{"extensions": {${entries}, "list": [${NOT_HELD[0]}]},`);

test('object results give a number a JS number cannot hold as its text, never rounded', () => {
  const board = new bk.Board(withNumbers);
  try {
    const ext = board.document().extensions;
    NOT_HELD.forEach((n, i) => assert.equal(ext[`n${HELD.length + i}`], n));
    assert.deepEqual(ext.list, [NOT_HELD[0]]);
    HELD.forEach((n, i) => assert.equal(ext[`n${i}`], JSON.parse(n)));
    // What JSON.stringify writes of that object reads back into a board unchanged (as
    // JSON.stringify writes it: -0 as 0).
    const again = new bk.Board(board.document());
    try {
      assert.deepEqual(again.document().extensions, JSON.parse(JSON.stringify(ext)));
    } finally {
      again.free();
    }
  } finally {
    board.free();
  }
});

test('documentText keeps every extension number as written', () => {
  const board = new bk.Board(withNumbers);
  try {
    const out = board.documentText();
    [...HELD, ...NOT_HELD].forEach((n, i) => assert.ok(out.includes(`"n${i}":${n}`), n));
    // Read back into a board and written again: the same text.
    const again = new bk.Board(out);
    try {
      assert.equal(again.documentText(), out);
    } finally {
      again.free();
    }
  } finally {
    board.free();
  }
});

test('outside extensions such a number is refused at its path, with no number in the message', () => {
  for (const n of NOT_HELD) {
    const doc = text.replace('"schema_version": 1', `"schema_version": ${n}`);
    assert.throws(
      () => new bk.Board(doc),
      (e) => e instanceof bk.BoardkitError && e.path === '/schema_version' && !e.message.includes(n.slice(0, 8)),
    );
  }
});
