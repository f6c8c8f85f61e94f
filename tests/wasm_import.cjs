// Node test of the boardkit-import wasm package (wasm/import/build.sh builds it first).
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const root = path.join(__dirname, "..");
const { importFile, importFileChunks, previewFile } = require(path.join(root, "wasm/import/pkg/boardkit_import_wasm.js"));

// Minutes as text, with the example document as context.
const minutes = fs.readFileSync(path.join(root, "core/import/tests/data/leicester-lscb-minutes-2016-12-08.txt"));
const context = JSON.parse(fs.readFileSync(path.join(root, "examples/data/leicester-lscb.json"), "utf8"));
const draft = JSON.parse(importFile(minutes, JSON.stringify({ kind: "minutes", context })));
assert.equal(draft.document.meetings[0].date, "2016-12-08");
assert.equal(draft.document.actions.length, 14);
assert.ok(draft.uncertainties.some((u) => u.code === "import.date_suspicious" && u.at.line === 93));
// Provenance: every line with words is in it or at an uncertainty; its pointers resolve.
const pointer = (doc, p) => p.split("/").slice(1).reduce((v, k) => (v == null ? v : v[k.replace(/~1/g, "/").replace(/~0/g, "~")]), doc);
assert.ok(draft.provenance.length > 0);
assert.ok(draft.provenance.every((p) => p.paths.length > 0 && p.paths.every((x) => pointer(draft.document, x) !== undefined)));
const accounted = new Set([...draft.provenance, ...draft.uncertainties].map((p) => p.at.line));
minutes.toString("utf8").split("\n").forEach((l, i) => {
  if (/[A-Za-z0-9]/.test(l.replace(/<[A-Za-z/][^>]*>/g, ""))) assert.ok(accounted.has(i + 1), `line ${i + 1}`);
});

// An action log as CSV, with the mapping proposed and unknown columns kept.
const csv = new TextEncoder().encode("Ref,Action,Person/s responsible,By,Notes\n3.1,Update,CT & JR,30.1.17,x\n");
const log = JSON.parse(importFile(csv, JSON.stringify({ kind: "actions" })));
assert.equal(log.document.actions[0].due, "2017-01-30");
assert.equal(log.document.actions[0].extensions.Notes, "x");
assert.equal(log.mapping.owners, "Person/s responsible");
assert.deepEqual(log.provenance.find((p) => p.at.row === 2 && p.at.column === 2).paths, ["/actions/0/description"]);

// Junk as .docx: a thrown Error with a plain message.
assert.throws(() => importFile(new Uint8Array([80, 75, 3, 4, 0]), JSON.stringify({ kind: "minutes", format: "docx" })), /Word document/);
assert.throws(() => importFile(csv, JSON.stringify({ kind: "budget" })), /Kind is one of minutes/);
// The same code, path and message as the C function (boardkit_import::request).
assert.throws(() => importFile(csv, JSON.stringify({ kind: "budget" })),
  (e) => e.name === "BoardkitError" && e.code === "shape.invalid" && e.path === "/kind"
    && e.message.startsWith("options_json: "));
assert.throws(() => importFile(new Uint8Array([80, 75, 3, 4, 0]), JSON.stringify({ kind: "minutes", format: "docx" })),
  (e) => e.code === "import.not_that_kind" && e.path === "" && e.message.startsWith("bytes: "));
// Options are read strictly, and no message or path quotes them (sentinels).
for (const options of ['{"kind":"actions","ZQX`key\\"":1}', '{"kind":"actions","format":["ZQX"]}',
  '{"kind":"actions","mapping":{"ZQX":"ZQX"}}', '{"kind":"ZQX`"}', '{"kind":"actions","kind":"risks"}']) {
  assert.throws(() => importFile(csv, options), (e) => /^(shape|import)\./.test(e.code)
    && e.message.startsWith("options_json: ") && !e.message.includes("ZQX") && !e.path.includes("ZQX"));
  if (!options.includes("mapping")) assert.throws(() => previewFile(csv, options), (e) => /^(shape|import)\./.test(e.code)
    && e.message.startsWith("options_json: ") && !e.message.includes("ZQX") && !e.path.includes("ZQX"));
}
// The input as the importer numbers it: line 93 of the minutes is the line flagged above.
const lines = JSON.parse(previewFile(minutes, JSON.stringify({ kind: "minutes" }))).lines;
assert.equal(lines.length, minutes.toString("utf8").replace(/\n$/, "").split("\n").length);
assert.match(lines[92], /30\/01\/2016/);
const rows = JSON.parse(previewFile(csv, JSON.stringify({ kind: "actions" }))).rows;
assert.deepEqual(rows[1], ["3.1", "Update", "CT & JR", "30.1.17", "x"]);

// The draft in chunks (importFileChunks): importFile's JSON byte for byte, in chunks of 1
// to 65,536 bytes; an error the callback throws stops the import and is thrown as it was.
let grid = "Name,Agency,01/02/2017,01/03/2017,01/04/2017\n";
for (let p = 0; p < 4000; p++) grid += `Person ${p},Agency ${p % 7},P,A,P\n`;
const gridBytes = new TextEncoder().encode(grid);
const attendance = JSON.stringify({ kind: "attendance" });
const parts = [];
assert.equal(importFileChunks(gridBytes, attendance, (chunk) => parts.push(chunk)), undefined);
assert.ok(parts.length > 2 && parts.every((c) => c instanceof Uint8Array && c.length > 0 && c.length <= 65536));
assert.equal(Buffer.concat(parts).toString("utf8"), importFile(gridBytes, attendance));
const minutesParts = [];
importFileChunks(minutes, JSON.stringify({ kind: "minutes", context }), (c) => minutesParts.push(c));
assert.deepEqual(JSON.parse(Buffer.concat(minutesParts).toString("utf8")), draft);
let calls = 0;
const full = new Error("disk full");
assert.throws(() => importFileChunks(gridBytes, attendance, () => { calls += 1; if (calls === 2) throw full; }), (e) => e === full);
assert.equal(calls, 2);
assert.throws(() => importFileChunks(csv, JSON.stringify({ kind: "budget" }), () => { throw new Error("not called"); }),
  (e) => e.name === "BoardkitError" && e.code === "shape.invalid" && e.path === "/kind");
console.log("wasm_import: 31 checks passed");
