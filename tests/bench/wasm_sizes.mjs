// Where the bytes of a wasm module go: code size per function, grouped by
// kind (reading, writing, rules, runtime...), by crate and module, and the largest
// functions, from the module's name section. `tests/bench/wasm_profile.sh` builds a
// module with names (unstripped, wasm-opt -g) and runs this on it.
//
//   node tests/bench/wasm_sizes.mjs path/to/module.wasm [depth=2]
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
const depth = Number(process.argv[3] ?? 2);
let pos = 8;
const u32 = () => {
  let result = 0, shift = 0, b;
  do { b = bytes[pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return result;
};
const str = () => { const n = u32(); const s = bytes.toString('utf8', pos, pos + n); pos += n; return s; };
let imports = 0;
const sizes = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const len = u32();
  const end = pos + len;
  if (id === 2) {
    for (let n = u32(), i = 0; i < n; i++) {
      str(); str();
      const kind = bytes[pos++];
      if (kind === 0) { u32(); imports++; }
      else if (kind === 1) { pos++; const f = bytes[pos++]; u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = bytes[pos++]; u32(); if (f & 1) u32(); }
      else if (kind === 3) { pos += 2; }
      else { pos += 2; }
    }
  } else if (id === 10) {
    for (let n = u32(), i = 0; i < n; i++) { const s = u32(); sizes.push(s); pos += s; }
  } else if (id === 0 && str() === 'name') {
    while (pos < end) {
      const sub = bytes[pos++];
      const slen = u32();
      const send = pos + slen;
      if (sub === 1) for (let n = u32(), i = 0; i < n; i++) { const idx = u32(); names.set(idx, str()); }
      pos = send;
    }
  }
  pos = end;
}
// Rust legacy mangling: _ZN<len><part>...17h<hash>E -> parts.
function parts(name) {
  const m = /^_ZN(.*)E$/.exec(name);
  if (!m) return name.split('::');
  const out = [];
  let s = m[1];
  while (s.length) {
    const d = /^(\d+)/.exec(s);
    if (!d) break;
    const n = Number(d[1]);
    out.push(s.slice(d[1].length, d[1].length + n));
    s = s.slice(d[1].length + n);
  }
  if (out.length && /^h[0-9a-f]{16}$/.test(out[out.length - 1])) out.pop();
  return out.map((p) => p.replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\.\./g, '::'));
}
const groups = new Map();
const fns = [];
let total = 0;
sizes.forEach((s, i) => {
  const name = names.get(i + imports) ?? `#${i + imports}`;
  const p = parts(name);
  // Trait impls `<T as Trait>::f` name the crate of T first.
  const key = p.slice(0, depth).join('::').replace(/^(<|&|mut )+/, '').split(' as ')[0].replace(/\[[0-9a-f]{16}\]/g, '');
  groups.set(key, (groups.get(key) ?? 0) + s);
  fns.push([s, p.join('::')]);
  total += s;
});
console.log(`code: ${total} bytes in ${sizes.length} functions (${names.size} named)`);
// By kind: the first rule that matches a function's (demangled, hash-free) name.
const KINDS = [
  ['bind glue: exports (wasm-opt inlines each capability body into its export)', /multivalue shim|externref shim|^__wbindgen|^__wbg|wasm_bindgen::/],
  ['chrono (dates: reading text, arithmetic, writing)', /^<?&?chrono::/],
  ['reading: serde Deserialize derives over the strict reader, the JSON tree', /Deserializ|::de::|MapAccess|SeqAccess|Visitor|::read::|formula_read|EnumAccess|VariantAccess/],
  ['writing: serde Serialize derives, serde_json writer', /Serializ|::ser::/],
  ['rules: BoardDocument::validate and the rule modules', /::validate|::rules?::|::check/],
  ['std runtime: collections, iterators, sorting, fmt, allocator', /^<?&?(mut )?(alloc|core|std|hashbrown|dlmalloc|compiler_builtins)::|^<?&?(mut )?(str|f64|f32|u8|u16|u32|u64|i32|i64|usize|isize|\[)/],
  ['serde_json (other)', /^<?&?(mut )?serde_json::/],
  ['boardkit: queries, index, loaded board, public version, forms', /boardkit(_wasm)?::/],
];
const kinds = new Map();
sizes.forEach((s, i) => {
  const name = (names.get(i + imports) ?? '').replace(/\[[0-9a-f]{16}\]/g, '');
  const kind = name ? (KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other') : 'unnamed (made by wasm-opt)';
  kinds.set(kind, (kinds.get(kind) ?? 0) + s);
});
console.log('by kind:');
for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(v).padStart(8)} ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
// Reading per record type: the derive's visitor of each type, inlined into the reader.
const read = new Map();
sizes.forEach((s, i) => {
  const name = (names.get(i + imports) ?? '').replace(/\[[0-9a-f]{16}\]/g, '');
  const m = /deserialize_\w+::<<?boardkit::([\w:]+?)(?: as |::__Visitor|>|$)/.exec(name) ??
    /<boardkit::([\w:]+) as serde_core::de::Deserialize>/.exec(name);
  if (m) read.set(m[1], (read.get(m[1]) ?? 0) + s);
});
console.log('reading, by record type (the largest):');
for (const [k, v] of [...read].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${String(v).padStart(8)} ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
console.log(`by ${depth === 1 ? 'crate' : 'crate and module'}:`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${String(v).padStart(8)} ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
console.log('largest functions:');
for (const [s, n] of fns.sort((a, b) => b[0] - a[0]).slice(0, 15)) {
  console.log(`${String(s).padStart(8)}  ${n.replace(/\[[0-9a-f]{16}\]/g, '').slice(0, 150)}`);
}
