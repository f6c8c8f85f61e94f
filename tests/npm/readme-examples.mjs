// Every ```js example of a README, run in order as one ES module against the installed
// package (tests/npm.sh): `node readme-examples.mjs README.md OUT.mjs` writes OUT.mjs and
// prints how many blocks it holds; the caller runs it. The examples import from 'boardkit'.
import { readFileSync, writeFileSync } from 'node:fs';

const [src, out] = process.argv.slice(2);
const blocks = [...readFileSync(src, 'utf8').matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
if (blocks.length === 0) throw new Error(`no js examples in ${src}`);
writeFileSync(out, blocks.map((b, i) => `// ---- example ${i + 1} of ${src}\n${b}`).join('\n'));
console.log(blocks.length);
