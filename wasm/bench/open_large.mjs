// `new Board(text)` against `new Board(object)` on one large synthetic board, each once in
// a fresh Node process with a time limit (the 1000x board: the size at which
// `new Board(object)` was once found not to return for minutes while the same board as
// text opened in 31 s; a smaller one where the machine lacks the memory). Write the
// board first with the native bench:
//
//   BIN=$(cargo bench -q -p boardkit-wasm --bench near_native --no-run --message-format=json |
//         sed -n 's/.*"executable":"\([^"]*near_native[^"]*\)".*/\1/p' | tail -1)
//   "$BIN" write 1000                                   # target/bench/synth-1000x.json
//   node wasm/bench/open_large.mjs wasm/pkg target/bench/synth-1000x.json [LIMIT_S]
//
// Prints, for each way in, the wall time of the open (and of JSON.parse for the object),
// the process's peak resident memory (GNU time on the PATH), or that it ran past the
// limit (default 600 s).
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

if (process.argv[2] === '--child') {
  const [, , , dir, file, mode] = process.argv;
  const bk = await import(pathToFileURL(join(dir, 'node.js')).href);
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const arg = mode === 'object' ? JSON.parse(text) : text;
  const t1 = performance.now();
  const board = new bk.Board(arg);
  const t2 = performance.now();
  board.free();
  console.log(JSON.stringify({ parse: t1 - t0, open: t2 - t1, bytes: text.length }));
  process.exit(0);
}

const pkg = resolve(process.argv[2] ?? 'wasm/pkg');
const file = resolve(process.argv[3] ?? 'target/bench/synth-1000x.json');
const limit = Number(process.argv[4] ?? 600);
const self = fileURLToPath(import.meta.url);
const results = {};
for (const mode of ['text', 'object']) {
  const t = performance.now();
  const r = spawnSync('time', ['-f', '%M', process.execPath, '--max-old-space-size=16384', self, '--child', pkg, file, mode], {
    encoding: 'utf8',
    timeout: limit * 1000,
    killSignal: 'SIGKILL',
  });
  const wall = (performance.now() - t) / 1000;
  const rssMiB = Number((r.stderr ?? '').trim().split('\n').pop()) / 1024;
  if (r.error || r.status !== 0) {
    const why = r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL' ? `over the ${limit} s limit` : `failed (${r.status}): ${(r.stderr ?? '').slice(0, 300)}`;
    console.log(`${mode}: ${why} after ${wall.toFixed(0)} s`);
    continue;
  }
  const out = JSON.parse(r.stdout.trim());
  results[mode] = out;
  const parse = mode === 'object' ? `, JSON.parse ${(out.parse / 1000).toFixed(1)} s` : '';
  console.log(`${mode}: open ${(out.open / 1000).toFixed(1)} s${parse}, peak RSS ${rssMiB.toFixed(0)} MiB, process ${wall.toFixed(0)} s (${out.bytes} bytes of JSON)`);
}
if (results.text && results.object) console.log(`object/text: ${(results.object.open / results.text.open).toFixed(2)}x`);
