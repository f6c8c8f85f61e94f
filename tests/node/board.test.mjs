// The loaded board of the wasm package: the same answers as the one-shot
// functions, edits, errors, freeing. Run by tests/wasm.sh after wasm/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as bk from '../../wasm/pkg/node.js';

const leicester = () =>
  JSON.parse(readFileSync(new URL('../../examples/data/leicester-lscb.json', import.meta.url), 'utf8'));
const as_of = '2017-01-31';

test('a record checked on a board has the findings of documentValidateRecord', () => {
  const doc = leicester();
  const board = new bk.Board(doc);
  try {
    let compared = 0;
    for (const [kind, list] of [['action', doc.actions], ['meeting', doc.meetings]]) {
      for (const r of list) {
        const changed = { ...r, description: r.description === undefined ? undefined : ' ', id: `${r.id}-x` };
        for (const record of [r, changed]) {
          const one = bk.documentValidateRecord({ kind, record, context: doc, as_of });
          assert.deepEqual(board.validateRecord({ kind, record, as_of }), one);
          compared += 1;
        }
      }
    }
    assert.ok(compared > 40);
    // A blank description is found on the board as in the one-shot function.
    const blank = board.validateRecord({ kind: 'action', record: { ...doc.actions[0], description: ' ' }, as_of });
    assert.ok(blank.findings.some((f) => f.code === 'record.blank_text' && f.path === '/description'));
  } finally {
    board.free();
  }
});

test('whole-board validation and queries answer as the one-shot functions', () => {
  const doc = leicester();
  const board = new bk.Board(JSON.stringify(doc));
  assert.deepEqual(board.validate({ as_of }), bk.validateDocument(doc, { as_of }));
  assert.deepEqual(board.query('action_overdue', { as_of }), bk.actionOverdue({ document: doc, as_of }));
  assert.deepEqual(board.query('risk_ratings', { as_of }), bk.riskRatings({ register: doc.risk_register, as_of }));
  assert.deepEqual(board.document(), bk.normaliseDocument(doc));
  assert.deepEqual(JSON.parse(JSON.stringify(board)), bk.normaliseDocument(doc));
  assert.throws(() => board.query('no_such_question', {}), bk.BoardkitError);
  board.free();
});

test('edits keep the board right: it validates as a fresh board of its document', () => {
  const doc = leicester();
  const board = new bk.Board(doc);
  const added = { ...doc.actions[2], id: 'a-added', raised_at: doc.meetings[0].id };
  assert.equal(board.insert('action', added), doc.actions.length);
  assert.equal(board.replace('action', { ...doc.actions[0], description: 'Changed' }), 0);
  assert.equal(board.remove('meeting', doc.meetings[1].id), 1);
  const fresh = new bk.Board(board.document());
  assert.deepEqual(board.validate({ as_of }), fresh.validate({ as_of }));
  assert.deepEqual(board.validate({ as_of }), bk.validateDocument(board.document(), { as_of }));
  for (const r of board.document().actions) {
    assert.deepEqual(
      board.validateRecord({ kind: 'action', record: r, as_of }),
      fresh.validateRecord({ kind: 'action', record: r, as_of }),
    );
  }
  fresh.free();
  board.free();
});

test('bad input is a BoardkitError at its path, and changes nothing', () => {
  const doc = leicester();
  assert.throws(() => new bk.Board({ schema_version: 2, people: 3 }), (e) => e instanceof bk.BoardkitError && e.path === '/people');
  const board = new bk.Board(doc);
  const before = board.document();
  for (const [f, path] of [
    [() => board.insert('action', doc.actions[0]), '/id'],
    [() => board.insert('action', { ...doc.actions[0], id: 'n', due: 5 }), '/due'],
    [() => board.replace('action', { ...doc.actions[0], id: 'a-none' }), '/id'],
    [() => board.query('action_overdue', { as_of: NaN }), '/as_of'],
    [() => board.validateRecord({ kind: 'nothing', record: {} }), '/kind'],
  ]) {
    try {
      f();
      assert.fail('expected an error');
    } catch (x) {
      assert.ok(x instanceof bk.BoardkitError, String(x));
      assert.equal(x.path, path);
    }
  }
  assert.throws(() => board.remove('action', 'a-none'), bk.BoardkitError);
  assert.deepEqual(board.document(), before);
  board.free();
});

test('free, Symbol.dispose and use after free', () => {
  const board = new bk.Board(leicester());
  board.free();
  board.free(); // twice is harmless
  try {
    board.validate({ as_of });
    assert.fail('expected an error');
  } catch (e) {
    assert.ok(e instanceof bk.BoardkitError);
    assert.equal(e.code, 'board.freed');
  }
  const other = new bk.Board(leicester());
  const dispose = Symbol.dispose ?? Symbol.for('Symbol.dispose');
  other[dispose]();
  assert.throws(() => other.document(), (e) => e.code === 'board.freed');
});

test('a board never freed is freed by the garbage collector (FinalizationRegistry)', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const text = JSON.stringify(leicester());
  const before = bk.Board.openCount();
  const kept = new bk.Board(text);
  (() => { for (let i = 0; i < 20; i++) new bk.Board(text); })();
  assert.equal(bk.Board.openCount(), before + 21);
  for (let i = 0; i < 20 && bk.Board.openCount() > before + 1; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  // The dropped boards were freed; the one still referenced was not.
  assert.equal(bk.Board.openCount(), before + 1);
  assert.equal(kept.validate({ as_of }).findings.length > 0, true);
  kept.free();
  assert.equal(bk.Board.openCount(), before);
});
