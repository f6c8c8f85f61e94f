// Must compile under tsc --strict against the installed package (tests/npm.sh).
import {
  validateDocument, budgetApportion, pence, Board, BoardkitError,
  type Action, type ActionList, type BoardDocument, type FlowResult, type Report,
} from 'boardkit';
import init from 'boardkit/init';

const report: Report = validateDocument({ schema_version: 2 }, { as_of: '2017-02-01' });
for (const f of report.findings) console.log(f.code, f.path, f.message);
const split = budgetApportion({ formula: { kind: 'equal', partners: ['o-a'] }, total: pence(100) });
const total: number = split.shares.reduce((s, x) => s + x.amount, 0);
void total;
void init({ wasm: new URL('https://example.org/boardkit.wasm') });
void BoardkitError;

// The loaded board: each record typed by its kind, each question by its name.
const board = new Board({ schema_version: 2 });
const action: Action = { id: 'a-1', ref: '9.2', description: 'Report back', due: '2017-03-31' };
const checked: Report = board.validateRecord({ kind: 'action', record: action, as_of: '2016-12-15' });
void checked.findings.length;
const at: number = board.insert('action', action);
board.replace('action', { ...action, due: '2017-04-30' });
board.remove('action', 'a-1');
void at;
const overdue: ActionList = board.query('action_overdue', { as_of: '2017-01-31' });
const ids: string[] = overdue.actions.map((a) => a.id);
void ids;
const soon: ActionList = board.query('action_due_within', { as_of: '2017-01-31', days: 28 });
void soon;
const flowed: FlowResult = board.query('action_flow_matters_arising');
void flowed;
const published: BoardDocument = board.query('public_version');
void published;
const ratings = board.query('risk_ratings', { as_of: '2017-01-31' });
void ratings;
board.free();
