// Opening a large board grows the module's memory in one step before reading (wasm/js/api.js,
// reserveFor): the module's allocator otherwise grows it 64 KiB at a time, and at every
// growth V8 counts the whole memory as external memory again, which on a board of some
// hundreds of MB starts a full collection of the JS heap each time (BENCHMARKS.md, "Near
// native"). Run by tests/wasm.sh after wasm/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';
import { initSync } from '../../wasm/pkg/boardkit_wasm.js';

const memory = () => initSync().memory.buffer.byteLength; // the exports node.js instantiated
const text = readFileSync(new URL('../../examples/data/leicester-lscb.json', import.meta.url), 'utf8');
const as_of = '2017-01-31';

test('a board of over 1 MiB of text reserves the memory its open needs in one step', () => {
  // The same document in ASCII (its other characters as \u escapes, which only strings
  // hold) with trailing whitespace (valid JSON): 2 MiB of text, a small board. ASCII, so
  // the glue copies it without first making room for three bytes a character.
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const padded = ascii + ' '.repeat(2 * 1024 * 1024 - ascii.length);
  const before = memory();
  const board = new bk.Board(padded);
  const grown = memory() - before;
  try {
    // Without the reservation the open grows the memory by about the text and the small
    // board (2–3 MiB); with it, by the reserved four bytes per byte of text.
    assert.ok(grown >= 3.5 * padded.length, `grew by ${grown} bytes for ${padded.length} of text`);
    const small = new bk.Board(text);
    try {
      assert.deepEqual(board.validate({ as_of }), small.validate({ as_of }));
    } finally {
      small.free();
    }
  } finally {
    board.free();
  }
  // The reserved block is free again: a second open of the same text does not grow it.
  const again = memory();
  new bk.Board(padded).free();
  assert.equal(memory(), again);
});
