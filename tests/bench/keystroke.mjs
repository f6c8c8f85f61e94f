// Keystroke cost in wasm: one action and one meeting record checked as a form
// does, against a loaded board (`board.validateRecord`) and without one
// (`documentValidateRecord` with the whole context), on the synthetic boards at 1x, 10x
// and 100x; against JSON.parse + ajv of the same record with the package's JSON Schema;
// whole-board validation in wasm against native (target/bench/keystroke-native.json,
// written by `cargo bench -p boardkit --bench keystroke`, which also writes the boards
// and records read here); and the module's size raw, gzip and brotli.
//
//   node tests/bench/keystroke.mjs [path/to/wasm/pkg]    (tests/bench.sh runs it)
//
// Medians of repeated runs (wall clock, process.hrtime). Writes target/bench/keystroke.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const pkg = resolve(process.argv[2] ?? join(root, 'wasm', 'pkg'));
const bk = await import(pathToFileURL(join(pkg, 'node.js')).href);
const benchDir = join(root, 'target', 'bench');
const native = JSON.parse(readFileSync(join(benchDir, 'keystroke-native.json'), 'utf8')).native;
const recordsByScale = JSON.parse(readFileSync(join(benchDir, 'keystroke-records.json'), 'utf8'));

// ajv with the package's schema: one record checked against its definition.
const schemaFile = process.env.BENCH_SCHEMA ?? join(pkg, 'schemas', 'BoardDocument.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats(ajv);
const uint = (max) => ({ type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
ajv.addFormat('uint32', uint(2 ** 32 - 1));
ajv.addFormat('uint64', uint(Number.MAX_SAFE_INTEGER));
ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
ajv.addSchema({ ...schema, $id: 'board.json' });
const ajvFor = {
  action: ajv.compile({ $ref: 'board.json#/$defs/Action' }),
  meeting: ajv.compile({ $ref: 'board.json#/$defs/Meeting' }),
};

const nowUs = () => Number(process.hrtime.bigint()) / 1000;
function medianUs(n, f) {
  f();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t = nowUs();
    f();
    xs.push(nowUs() - t);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}
// Many calls per sample for very short operations (timer resolution).
function medianPerCallUs(samples, perSample, f) {
  return medianUs(samples, () => { for (let i = 0; i < perSample; i++) f(); }) / perSample;
}

const out = { node: process.version, scales: {} };
for (const scale of ['1x', '10x', '100x']) {
  const text = readFileSync(join(benchDir, `synth-${scale}.json`), 'utf8');
  const doc = JSON.parse(text);
  const { as_of, records } = recordsByScale[scale];
  const heavy = scale === '1x' ? 11 : scale === '10x' ? 5 : 3;
  const row = { bytes: text.length };
  row.open_us = medianUs(heavy, () => new bk.Board(text).free());
  const board = new bk.Board(text);
  // Whole board, text in: read + validate in the module (as native reads + validates).
  row.whole_board_text_us = medianUs(heavy, () => { const b = new bk.Board(text); b.validate({ as_of }); b.free(); });
  // Whole board as a JS host calls it: validateDocument(object) (stringify + read + validate + parse).
  row.whole_board_validateDocument_us = medianUs(heavy, () => bk.validateDocument(doc, { as_of }));
  row.loaded_validate_us = medianUs(heavy, () => board.validate({ as_of }));
  for (const [kind, record] of Object.entries(records)) {
    const recordText = JSON.stringify(record);
    const loaded = medianPerCallUs(25, 40, () => board.validateRecord({ kind, record, as_of }));
    const oneShot = medianUs(scale === '100x' ? 2 : heavy, () => bk.documentValidateRecord({ kind, record, context: doc, as_of }));
    const check = ajvFor[kind];
    if (!check(JSON.parse(recordText))) throw new Error(`ajv rejects the ${kind}: ${JSON.stringify(check.errors)}`);
    const parseAjv = medianPerCallUs(25, 400, () => check(JSON.parse(recordText)));
    // Same findings both ways, or the comparison means nothing.
    const a = JSON.stringify(board.validateRecord({ kind, record, as_of }));
    const b = JSON.stringify(bk.documentValidateRecord({ kind, record, context: doc, as_of }));
    if (a !== b) throw new Error(`the loaded board and the one-shot function differ on the ${kind}`);
    Object.assign(row, {
      [`${kind}_bytes`]: recordText.length,
      [`${kind}_loaded_us`]: loaded,
      [`${kind}_one_shot_us`]: oneShot,
      [`${kind}_parse_ajv_us`]: parseAjv,
      [`${kind}_loaded_vs_parse_ajv`]: loaded / parseAjv,
      [`${kind}_native_loaded_us`]: native[scale][`${kind}_loaded_us`],
    });
    console.log(`wasm ${scale.padStart(4)} ${kind.padEnd(8)} loaded ${loaded.toFixed(1).padStart(8)} µs  one-shot ${oneShot.toFixed(0).padStart(10)} µs  JSON.parse+ajv ${parseAjv.toFixed(2).padStart(7)} µs  ratio ${(loaded / parseAjv).toFixed(1)}x  (native loaded ${native[scale][`${kind}_loaded_us`].toFixed(1)} µs)`);
  }
  board.free();
  row.native_whole_board_us = native[scale].whole_board_read_validate_us;
  row.whole_board_wasm_vs_native = row.whole_board_text_us / row.native_whole_board_us;
  console.log(`wasm ${scale.padStart(4)} open ${row.open_us.toFixed(0)} µs; whole board (text in) ${row.whole_board_text_us.toFixed(0)} µs vs native ${row.native_whole_board_us.toFixed(0)} µs = ${row.whole_board_wasm_vs_native.toFixed(2)}x; validateDocument(object) ${row.whole_board_validateDocument_us.toFixed(0)} µs`);
  out.scales[scale] = row;
}
const wasmBytes = readFileSync(join(pkg, 'boardkit_wasm_bg.wasm'));
out.module = {
  raw: wasmBytes.length,
  gzip: gzipSync(wasmBytes, { level: 9 }).length,
  brotli: brotliCompressSync(wasmBytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};
console.log(`module: ${out.module.raw} bytes raw, ${out.module.gzip} gzip -9, ${out.module.brotli} brotli -11`);
writeFileSync(join(benchDir, 'keystroke.json'), JSON.stringify(out, null, 2) + '\n');
