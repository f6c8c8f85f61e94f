// Node benchmark: the wasm package validating one meeting-form record against
// JSON.parse + ajv validating the same record with the package's generated JSON Schema.
//
//   node tests/bench/form.mjs [path/to/wasm/pkg]     (tests/bench.sh builds and runs it)
//
// The record is what the meeting and action forms build: a board document holding one
// body, two people, one meeting and one action. Timings are interleaved in rounds and the
// median round is kept, so both sides see the same machine load; the result is printed
// and written to target/bench/node.json for tests/bench/report.mjs.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const pkg = resolve(process.argv[2] ?? join(root, 'wasm', 'pkg'));
const boardkit = await import(pathToFileURL(join(pkg, 'node.js')).href);

export const record = {
  schema_version: 1,
  people: [
    { id: 'p-chair', name: 'Jenny Myers', initials: 'JM' },
    { id: 'p-ct', name: 'Chris Thomas', initials: 'CT', organisation: 'o-lcc' },
  ],
  organisations: [
    { id: 'o-lcc', name: 'Leicester City Council', sector: 'local_authority', statutory_partner: true },
  ],
  bodies: [
    {
      id: 'b-lscb', name: 'Safeguarding Children Board', kind: 'board',
      members: [
        { person: 'p-chair', category: 'statutory', role: 'independent_chair' },
        { person: 'p-ct', category: 'statutory', organisation: 'o-lcc' },
      ],
    },
  ],
  meetings: [
    {
      id: 'm-form', body: 'b-lscb', title: 'Board meeting', date: '2016-12-08',
      start: '09:15', end: '12:30', status: 'held',
      attendance: [
        { person: 'p-chair', status: 'present' },
        { person: 'p-ct', status: 'present' },
      ],
      agenda: [
        { number: '1', title: 'Welcome and apologies', standing: 'welcome_and_apologies' },
        { number: '2', title: 'CSE Operations Group', presenters: [{ initials: 'CT' }] },
      ],
      next_meeting: { date: '2017-02-09' },
    },
  ],
  actions: [
    {
      id: 'a-form-1', ref: '2', raised_at: 'm-form',
      description: 'Update on the CSE Hub to be provided at the next Board meeting.',
      owners: [{ person: 'p-ct' }], due: '2017-01-31',
    },
  ],
};
const options = { as_of: '2017-01-31' };
const text = JSON.stringify(record);

// The JSON Schema baseline: the schema the package ships for form validators.
// BENCH_SCHEMA overrides it (tests/bench.sh does when the committed schemas are stale).
const schemaFile = process.env.BENCH_SCHEMA ?? join(pkg, 'schemas', 'BoardDocument.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats(ajv);
const uint = (max) => ({ type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
ajv.addFormat('uint32', uint(2 ** 32 - 1));
ajv.addFormat('uint64', uint(Number.MAX_SAFE_INTEGER));
ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
const check = ajv.compile(schema);

// Both sides must accept the record (else the comparison means nothing).
if (!check(JSON.parse(text))) throw new Error(`ajv rejects the record: ${JSON.stringify(check.errors)}`);
const report = boardkit.validateDocument(JSON.parse(text), options);
if (report.findings.some((f) => f.severity === 'error')) {
  throw new Error(`boardkit finds errors in the record: ${JSON.stringify(report.findings)}`);
}

const cases = {
  // what the issue compares: the wasm package validating the form's record...
  wasm: () => boardkit.validateDocument(record, options),
  // ...against JSON.parse plus an ajv validation of the same record
  json_parse_ajv: () => check(JSON.parse(text)),
  // the same, both from text (the wasm side also parsing)
  json_parse_wasm: () => boardkit.validateDocument(JSON.parse(text), options),
  // parts of the baseline
  json_parse: () => JSON.parse(text),
  ajv: () => check(record),
};

let sink = 0;
function time(f, n) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink ^= f() ? 1 : 0;
  return Number(process.hrtime.bigint() - t0) / n; // ns per call
}
const N = 2000;
const ROUNDS = 15;
for (const f of Object.values(cases)) time(f, N); // warm up (JIT)
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [k, f] of Object.entries(cases)) samples[k].push(time(f, N));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ns = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));

const wasmFile = join(pkg, 'boardkit_wasm_bg.wasm');
const wasmBytes = readFileSync(wasmFile);
const result = {
  record_bytes: text.length,
  ns_per_call: ns,
  ratio_wasm_vs_parse_ajv: ns.wasm / ns.json_parse_ajv,
  ratio_parse_wasm_vs_parse_ajv: ns.json_parse_wasm / ns.json_parse_ajv,
  wasm_raw_bytes: wasmBytes.length,
  wasm_gzip_bytes: gzipSync(wasmBytes, { level: 9 }).length,
  schema: schemaFile,
  node: process.version,
  ajv: JSON.parse(readFileSync(join(here, 'node_modules', 'ajv', 'package.json'), 'utf8')).version,
  sink,
};
for (const [k, v] of Object.entries(ns)) console.log(`node ${k.padEnd(16)} ${(v / 1000).toFixed(2)} µs/call`);
console.log(`node wasm / (JSON.parse + ajv) = ${result.ratio_wasm_vs_parse_ajv.toFixed(2)}x`);
mkdirSync(join(root, 'target', 'bench'), { recursive: true });
writeFileSync(join(root, 'target', 'bench', 'node.json'), JSON.stringify(result, null, 2) + '\n');
