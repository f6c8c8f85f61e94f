// Node, `boardkit/init` with the module's bytes passed in (tests/npm.sh).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import init, { budgetApportion } from 'boardkit/init';

const require = createRequire(import.meta.url);
let early = false;
try { budgetApportion({ formula: { kind: 'equal', partners: ['o-a'] }, total: 1 }); } catch { early = true; }
await init({ wasm: readFileSync(require.resolve('boardkit/boardkit_wasm_bg.wasm')) });
await init(); // a second call does nothing
const split = budgetApportion({ formula: { kind: 'equal', partners: ['o-a', 'o-b', 'o-c'] }, total: 100 });
const sum = split.shares.reduce((s, x) => s + x.amount, 0);
console.log(`init bytes: before init refused ${early}, sum ${sum}`);
process.exit(sum === 100 ? 0 : 1);
