// The garbage collections V8 runs while a large board is opened (BENCHMARKS.md, "Near
// native": the module's memory growths start them as "external memory pressure").
//
//   node tests/bench/open_gc.mjs PKG BOARD.json text|object [LIMIT_S]
//
// PKG is a package directory (wasm/pkg, or a copy with another api.js beside the same
// module). Opens the board once in a child Node process traced with --trace-gc and
// --trace-incremental-marking, and prints the open's wall time, the module's memory
// after it, and what V8 logged between the open's start and end: the incremental
// markings started by external memory pressure, the mark-compacts and their time.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

if (process.argv[2] === '--child') {
  const [, , , dir, file, mode] = process.argv;
  const glue = await import(pathToFileURL(join(dir, 'boardkit_wasm.js')).href);
  const wasm = glue.initSync({ module: readFileSync(join(dir, 'boardkit_wasm_bg.wasm')) });
  const api = await import(pathToFileURL(join(dir, 'api.js')).href);
  const text = readFileSync(file, 'utf8');
  const arg = mode === 'object' ? JSON.parse(text) : text;
  console.log('MARK open start');
  const t = performance.now();
  const board = new api.Board(arg);
  const ms = performance.now() - t;
  console.log('MARK open end');
  console.log(`RESULT ${JSON.stringify({ open_ms: Math.round(ms), memory_mib: wasm.memory.buffer.byteLength / 2 ** 20, text_bytes: text.length })}`);
  board.free();
  process.exit(0);
}

const [pkg, file, mode = 'object', limit = '600'] = process.argv.slice(2);
const r = spawnSync(process.execPath, ['--max-old-space-size=16384', '--trace-gc', '--trace-incremental-marking',
  fileURLToPath(import.meta.url), '--child', resolve(pkg), resolve(file), mode], {
  encoding: 'utf8', timeout: Number(limit) * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 28,
});
let inside = false;
let pressure = 0, compacts = 0, compactMs = 0, result = null;
for (const line of (r.stdout ?? '').split('\n')) {
  if (line === 'MARK open start') inside = true;
  else if (line === 'MARK open end') inside = false;
  else if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
  else if (inside && line.includes('Start (external memory pressure)')) pressure += 1;
  else if (inside && line.includes('Mark-Compact')) {
    compacts += 1;
    const m = / MB, ([0-9.]+) \//.exec(line);
    if (m) compactMs += Number(m[1]);
  }
}
const how = result ? `open ${(result.open_ms / 1000).toFixed(1)} s, module memory ${result.memory_mib} MiB` : `not finished (limit ${limit} s)`;
console.log(`${mode}: ${how}; during the open: ${pressure} markings started by external memory pressure, ${compacts} mark-compacts, ${(compactMs / 1000).toFixed(1)} s`);
