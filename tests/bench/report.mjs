// Print the ratio table of the form benchmark from one run of tests/bench.sh: criterion's estimates
// (target/criterion), the peak-memory bench (target/bench/memory.json), the Node bench
// (target/bench/node.json) and the wasm package's size (wasm/pkg). Writes the table to
// target/bench/table.md too.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const crit = join(root, 'target', 'criterion');

/** Mean time in ns of one criterion benchmark (group/function/parameter). */
function ns(id) {
  const f = join(crit, ...id.split('/'), 'new', 'estimates.json');
  if (!existsSync(f)) return NaN;
  return JSON.parse(readFileSync(f, 'utf8')).mean.point_estimate;
}
const fmtTime = (t) =>
  Number.isNaN(t) ? 'n/a' : t >= 1e9 ? `${(t / 1e9).toFixed(2)} s` : t >= 1e6 ? `${(t / 1e6).toFixed(2)} ms` : t >= 1e3 ? `${(t / 1e3).toFixed(1)} µs` : `${t.toFixed(0)} ns`;
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');
const verdict = (r, max) => (!Number.isFinite(r) ? 'not measured' : r <= max ? `met (≤ ${max}x)` : `**missed** (≤ ${max}x)`);

const rows = [];
const row = (what, measured, ratio, target) => rows.push(`| ${what} | ${measured} | ${ratio} | ${target} |`);

// 1. whole board against serde_json
for (const s of ['1x', '10x', '100x']) {
  const pv = ns(`whole_board/parse_validate/${s}`);
  const sv = ns(`whole_board/serde_value/${s}`);
  row(`Whole board ${s}: parse + validate / serde_json parse into Value`,
    `${fmtTime(pv)} / ${fmtTime(sv)}`, x(pv / sv), verdict(pv / sv, 2));
}
for (const s of ['1x', '10x', '100x']) {
  const p = ns(`whole_board/parse/${s}`);
  const v = ns(`whole_board/validate/${s}`);
  const sv = ns(`whole_board/serde_value/${s}`);
  row(`(part) ${s}: typed parse alone / serde Value; validate alone / serde Value`,
    `${fmtTime(p)}; ${fmtTime(v)}`, `${x(p / sv)}; ${x(v / sv)}`, 'for information');
}
// 2. scaling: time ratio per 10x of data
const scaling = [
  ['parse + validate', 'whole_board/parse_validate'],
  ['validate alone', 'whole_board/validate'],
  ['serde_json Value (reference)', 'whole_board/serde_value'],
  ['action log overdue query', 'overdue'],
  ['attendance report', 'attendance'],
];
for (const [what, id] of scaling) {
  const [a, b, c] = ['1x', '10x', '100x'].map((s) => ns(`${id}/${s}`));
  const target = what.startsWith('serde') ? 'reference' : null;
  row(`Scaling, ${what}: 10x / 1x`, `${fmtTime(b)} / ${fmtTime(a)}`, x(b / a), target ?? verdict(b / a, 12));
  row(`Scaling, ${what}: 100x / 10x`, `${fmtTime(c)} / ${fmtTime(b)}`, x(c / b), target ?? verdict(c / b, 12));
}
// 3. apportionment
{
  const a = ns('apportion/10');
  const b = ns('apportion/10000');
  row('Apportionment (population formula): 10 partners', fmtTime(a), '', 'for information');
  row('Apportionment: 10,000 partners / 10 partners (1,000x the partners)', `${fmtTime(b)} / ${fmtTime(a)}`, x(b / a), 'for information');
}
// 4. peak memory
const memFile = join(root, 'target', 'bench', 'memory.json');
if (existsSync(memFile)) {
  const mem = Object.fromEntries(JSON.parse(readFileSync(memFile, 'utf8')).map((m) => [m.mode, m]));
  const mb = (kb) => `${(kb / 1024).toFixed(1)} MiB`;
  const text = mem.parse_validate.text_bytes / 1048576;
  for (const mode of ['parse_validate', 'parse', 'serde_value']) {
    const m = mem[mode];
    row(`Peak memory 100x (${text.toFixed(1)} MiB of JSON), ${mode.replace('_', ' + ')}: peak RSS over the text already read`,
      `${mb(m.peak_over_baseline_kb)} (process peak ${mb(m.peak_kb)})`,
      x(m.peak_over_baseline_kb / 1024 / text) + ' of the text', 'for information');
  }
  row('Peak memory 100x: parse + validate / serde_json Value', '',
    x(mem.parse_validate.peak_over_baseline_kb / mem.serde_value.peak_over_baseline_kb), 'for information');
}
// 5. Node: wasm form validation against JSON.parse + ajv
const nodeFile = join(root, 'target', 'bench', 'node.json');
if (existsSync(nodeFile)) {
  const n = JSON.parse(readFileSync(nodeFile, 'utf8'));
  const us = (v) => `${(v / 1000).toFixed(2)} µs`;
  row(`wasm form validation (${n.record_bytes}-byte meeting + action record) / JSON.parse + ajv`,
    `${us(n.ns_per_call.wasm)} / ${us(n.ns_per_call.json_parse_ajv)}`, x(n.ratio_wasm_vs_parse_ajv), verdict(n.ratio_wasm_vs_parse_ajv, 3));
  row('(same, wasm side also from text) JSON.parse + wasm / JSON.parse + ajv',
    `${us(n.ns_per_call.json_parse_wasm)} / ${us(n.ns_per_call.json_parse_ajv)}`, x(n.ratio_parse_wasm_vs_parse_ajv), 'for information');
}
// 6. wasm package size
const pkg = join(root, 'wasm', 'pkg');
if (existsSync(join(pkg, 'boardkit_wasm_bg.wasm'))) {
  const gz = (f) => gzipSync(readFileSync(join(pkg, f)), { level: 9 }).length;
  const raw = (f) => readFileSync(join(pkg, f)).length;
  const code = ['boardkit_wasm_bg.wasm', 'boardkit_wasm.js', 'api.js', 'web.js'];
  const total = code.reduce((s, f) => s + gz(f), 0);
  row('wasm package, gzipped (-9): .wasm + JS glue/wrapper for the web',
    `${(gz('boardkit_wasm_bg.wasm') / 1024).toFixed(1)} KiB + ${((total - gz('boardkit_wasm_bg.wasm')) / 1024).toFixed(1)} KiB (raw .wasm ${(raw('boardkit_wasm_bg.wasm') / 1024).toFixed(1)} KiB)`,
    `${(total / 1000).toFixed(1)} KB`, total <= 250_000 ? 'met (≤ 250 KB)' : '**missed** (≤ 250 KB)');
}

const table = ['| What | Measured | Ratio | Target |', '|---|---|---:|---|', ...rows].join('\n');
console.log(table);
writeFileSync(join(root, 'target', 'bench', 'table.md'), table + '\n');
