// Wasm side of the wasm/native comparison, in Node, on the boards the
// native bench wrote (target/bench/synth-{N}x.json, target/bench/near-native.json):
// whole-board read + validate (the module's validateDocument on the text), opening a
// Board from text and from an object, and a form's first check after opening (each in a
// fresh Node process, so the module's functions are compiled as on a page's first use).
//
//   node wasm/bench/near_native.mjs [path/to/pkg]       # run by wasm/bench/near_native.sh
//
// Prints one table of medians (wall clock, performance.now()) beside the native figures.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const pkg = resolve(process.argv[2] ?? join(root, 'wasm', 'pkg'));
const bench = join(root, 'target', 'bench');
const native = JSON.parse(readFileSync(join(bench, 'near-native.json'), 'utf8'));

// A child process: open a board, then time its first and second record checks.
if (process.argv[2] === '--first-check') {
  const [, , , dir, file, mode] = process.argv;
  const t0 = performance.now();
  const bk = await import(pathToFileURL(join(dir, 'node.js')).href);
  const t1 = performance.now();
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text);
  const t2 = performance.now();
  const board = new bk.Board(mode === 'object' ? doc : text);
  const t3 = performance.now();
  const action = doc.actions[doc.actions.length - 1];
  const check = () => board.validateRecord({ kind: 'action', record: action, as_of: '2017-01-31' });
  const t4 = performance.now();
  check();
  const t5 = performance.now();
  check();
  const t6 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, open: t3 - t2, first: t5 - t4, second: t6 - t5 }));
  process.exit(0);
}

const bk = await import(pathToFileURL(join(pkg, 'node.js')).href);
const raw = await import(pathToFileURL(join(pkg, 'boardkit_wasm.js')).href);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(n, f) {
  f();
  const xs = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    f();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));

console.log(`package: ${pkg}`);
console.log('| scale | native read+validate | wasm read+validate | wasm/native | native open | wasm open (text) | wasm open (object) | object/text |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const out = {};
for (const scale of ['1x', '10x', '100x']) {
  const file = join(bench, `synth-${scale}.json`);
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text);
  const options = JSON.stringify({ as_of: native[scale].as_of });
  const n = scale === '1x' ? 31 : scale === '10x' ? 9 : 3;
  const rv = time(n, () => raw.validateDocument(text, options));
  const openText = time(n, () => new bk.Board(text).free());
  const openObject = time(n, () => new bk.Board(doc).free());
  const nat = native[scale];
  out[scale] = { rv, openText, openObject };
  console.log(`| ${scale} | ${fmt(nat.read_validate_ms)} ms | ${fmt(rv)} ms | ${(rv / nat.read_validate_ms).toFixed(2)}x | ${fmt(nat.open_ms)} ms | ${fmt(openText)} ms | ${fmt(openObject)} ms | ${(openObject / openText).toFixed(2)}x |`);
}

// First check after opening the 1x board, in fresh processes (median of 5).
for (const mode of ['text', 'object']) {
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const line = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--first-check', pkg, join(bench, 'synth-1x.json'), mode], { encoding: 'utf8' });
    runs.push(JSON.parse(line));
  }
  const m = (k) => fmt(median(runs.map((r) => r[k])));
  console.log(`fresh process, 1x from ${mode}: module load ${m('load')} ms, open ${m('open')} ms, first check ${m('first')} ms, second check ${m('second')} ms (medians of 5)`);
}
