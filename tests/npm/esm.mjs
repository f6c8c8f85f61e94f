// Node, ES modules, from an installed boardkit tarball (tests/npm.sh). Prints one line per
// check; exits non-zero when a check fails.
import { readFileSync } from 'node:fs';
import { validateDocument, budgetApportion, version, BoardkitError } from 'boardkit';

const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const report = validateDocument(doc, { as_of: '2017-02-01' });
const hit = report.findings.some((f) => f.code === 'action.due_before_raised' && f.path === '/actions/18/due');
const split = budgetApportion({ formula: { kind: 'equal', partners: ['o-a', 'o-b', 'o-c'] }, total: 100 });
let refused = false;
try { validateDocument({ schema_version: 99 }); } catch (e) { refused = e instanceof BoardkitError && typeof e.path === 'string'; }
console.log(`esm version ${version()} finding ${hit} sum ${split.shares.reduce((s, x) => s + x.amount, 0)} refused ${refused}`);
process.exit(hit && refused ? 0 : 1);
