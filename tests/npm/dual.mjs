// Node: an application (or two of its dependencies) loading boardkit both by `import` and
// by `require` gets one BoardkitError class, so `instanceof` holds whichever build threw.
import { createRequire } from 'node:module';
import * as esm from 'boardkit';

const require = createRequire(import.meta.url);
const cjs = require('boardkit');
const thrown = (f) => { try { f(); } catch (e) { return e; } return null; };
const fromCjs = thrown(() => cjs.validateDocument({ schema_version: 99 }));
const fromEsm = thrown(() => esm.validateDocument({ schema_version: 99 }));
const same = esm.BoardkitError === cjs.BoardkitError;
const a = fromCjs instanceof esm.BoardkitError && fromCjs.code === 'shape.schema_version';
const b = fromEsm instanceof cjs.BoardkitError && fromEsm.code === 'shape.schema_version';
console.log(`one class ${same}, cjs error instanceof esm ${a}, esm error instanceof cjs ${b}`);
process.exit(same && a && b ? 0 : 1);
