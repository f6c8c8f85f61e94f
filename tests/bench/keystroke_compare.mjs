// Keystroke cost of two builds of the package side by side: one action and one
// meeting record checked against a loaded board (`board.validateRecord`, with the as-of
// date), on the synthetic boards at 1x, 10x and 100x, the two packages' calls interleaved
// in rounds so that both see the same machine load. Needs target/bench from
// `cargo bench -p boardkit --bench keystroke`.
//
//   node tests/bench/keystroke_compare.mjs path/to/before/pkg [path/to/after/pkg]
//
// Prints medians in ms after 200 warm-up calls each (wall clock, performance.now()) and checks both give the same
// findings.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dirs = [process.argv[2], process.argv[3] ?? join(root, 'wasm', 'pkg')].map((d) => resolve(d));
const pkgs = await Promise.all(dirs.map((d) => import(pathToFileURL(join(d, 'node.js')).href)));
const bench = join(root, 'target', 'bench');
const recordsByScale = JSON.parse(readFileSync(join(bench, 'keystroke-records.json'), 'utf8'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds = 15;
const perRound = 10;
const warmUp = 200;
console.log(`before: ${dirs[0]}\nafter:  ${dirs[1]}`);
for (const scale of ['1x', '10x', '100x']) {
  const text = readFileSync(join(bench, `synth-${scale}.json`), 'utf8');
  const { as_of, records } = recordsByScale[scale];
  const boards = pkgs.map((bk) => new bk.Board(text));
  for (const kind of ['action', 'meeting']) {
    const request = { kind, record: records[kind], as_of };
    const [a, b] = boards.map((board) => JSON.stringify(board.validateRecord(request)));
    if (a !== b) throw new Error(`${scale} ${kind}: the two packages give different findings`);
    // Warm up first: Node runs new wasm code in its baseline compiler and optimises hot
    // functions in the background, so the first hundred or so calls are slower.
    for (let k = 0; k < warmUp; k++) boards.forEach((board) => board.validateRecord(request));
    const times = [[], []];
    for (let r = 0; r < rounds; r++) {
      boards.forEach((board, i) => {
        const t0 = performance.now();
        for (let k = 0; k < perRound; k++) board.validateRecord(request);
        times[i].push((performance.now() - t0) / perRound);
      });
    }
    const [before, after] = times.map(median);
    console.log(`${scale} ${kind}: before ${before.toFixed(3)} ms, after ${after.toFixed(3)} ms (${(before / after).toFixed(2)}x)`);
  }
  boards.forEach((board) => board.free());
}
