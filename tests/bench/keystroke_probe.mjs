// Where one keystroke check goes in wasm: fixed costs against the board-sized
// part. Needs target/bench from `cargo bench -p boardkit --bench keystroke`.
//   node tests/bench/keystroke_probe.mjs
import { readFileSync } from 'node:fs';
import * as bk from '../../wasm/pkg/node.js';
const text = readFileSync(new URL('../../target/bench/synth-1x.json', import.meta.url), 'utf8');
const recs = JSON.parse(readFileSync(new URL('../../target/bench/keystroke-records.json', import.meta.url), 'utf8'))['1x'];
const b = new bk.Board(text);
const t = (name, f, n = 200) => { f(); const t0 = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - t0) / n * 1000).toFixed(1), 'µs'); };
const a = recs.records.action;
t('action', () => b.validateRecord({ kind: 'action', record: a, as_of: recs.as_of }));
t('action no as_of', () => b.validateRecord({ kind: 'action', record: a }));
t('bad action (shape only)', () => b.validateRecord({ kind: 'action', record: { id: 'x', due: 5 } }));
const small = new bk.Board({ schema_version: 2 });
t('action on empty board', () => small.validateRecord({ kind: 'action', record: a, as_of: recs.as_of }));
t('validate empty board', () => small.validate({ as_of: recs.as_of }));
t('rules()', () => bk.rules());
