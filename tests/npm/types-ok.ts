// Must compile under tsc --strict against the installed package (tests/npm.sh).
import { validateDocument, budgetApportion, BoardkitError, type Report } from 'boardkit';
import init from 'boardkit/init';

const report: Report = validateDocument({ schema_version: 2 }, { as_of: '2017-02-01' });
for (const f of report.findings) console.log(f.code, f.path, f.message);
const split = budgetApportion({ formula: { kind: 'equal', partners: ['o-a'] }, total: 100 });
const total: number = split.shares.reduce((s, x) => s + x.amount, 0);
void total;
void init({ wasm: new URL('https://example.org/boardkit.wasm') });
void BoardkitError;
