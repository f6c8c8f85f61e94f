// Deliberate mistakes the package's types must catch (tests/npm.sh). Each line after a
// `@ts-expect-error` is one mistake: compiled as it is, tsc --strict must pass (so every
// mistake IS an error: an unused @ts-expect-error fails); compiled with the directives
// removed, tsc must report one error on each of those lines.
import {
  actionDueWithin, actionOverdue, budgetApportion, budgetYearStatement, documentValidateRecord,
  riskRate, validateDocument, pence, Board, BoardkitError, type Action, type BoardDocumentInput,
} from 'boardkit';

const doc: BoardDocumentInput = { schema_version: 2 };
const action: Action = { id: 'a-1', ref: '9.2', description: 'Report back', due: '2017-01' };
const matrix = { likelihood: ['a', 'b'], impact: ['a', 'b'], bands: [{ min: 1, max: 4, rating: 'red' as const }] };

// 1. a date written the wrong way round
// @ts-expect-error
validateDocument(doc, { as_of: '01/02/2017' });
// 2. a date as a number
// @ts-expect-error
actionOverdue({ document: doc, as_of: 20170201 });
// 3. a due that is none of its forms
// @ts-expect-error
documentValidateRecord({ kind: 'action', record: { ...action, due: 'soon' } });
// 4. an action sent as a risk
// @ts-expect-error
documentValidateRecord({ kind: 'risk', record: action });
// 5. a kind of record that does not exist
// @ts-expect-error
documentValidateRecord({ kind: 'motion', record: action });
// 6. money as text, not pence
// @ts-expect-error
budgetApportion({ formula: { kind: 'equal', partners: ['o-a'] }, total: '£100' });
// 7. a funding formula that does not exist
// @ts-expect-error
budgetApportion({ formula: { kind: 'even', partners: ['o-a'] }, total: pence(100) });
// 8. a level as text
// @ts-expect-error
riskRate({ matrix, likelihood: '5', impact: 1 });
// 9. a financial year written with a dash
// @ts-expect-error
budgetYearStatement({ document: doc, body: 'b-1', year: '2016-17' });
// 10. a window of days as text
// @ts-expect-error
actionDueWithin({ document: doc, as_of: '2017-02-01', days: '28' });
// 11. a rule code that does not exist (misspelt)
const findings = validateDocument(doc).findings;
// @ts-expect-error
findings.filter((f) => f.code === 'action.due_before_rised');
// 12. an error code that does not exist
try { validateDocument(doc); } catch (e) {
  // @ts-expect-error
  if (e instanceof BoardkitError && e.code === 'shape.bad') console.log(e.path);
}
// 13. a due month with a day in it is a Day, but a due with a month name is nothing
// @ts-expect-error
documentValidateRecord({ kind: 'action', record: { ...action, due: 'January 2017' } });

// ---- the loaded board (Board): records typed by kind, questions by name ----
const board = new Board(doc);
// 14. an action checked as a risk
// @ts-expect-error
board.validateRecord({ kind: 'risk', record: action });
// 15. a kind of record that does not exist
// @ts-expect-error
board.validateRecord({ kind: 'motion', record: action });
// 16. a due that is none of its forms
// @ts-expect-error
board.validateRecord({ kind: 'action', record: { ...action, due: 'soon' }, as_of: '2016-12-15' });
// 17. an action saved as a meeting
// @ts-expect-error
board.insert('meeting', action);
// 18. saving a kind of record that does not exist
// @ts-expect-error
board.insert('motion', action);
// 19. an edited action with its due as a number
// @ts-expect-error
board.replace('action', { ...action, due: 20170430 });
// 20. a question that does not exist (misspelt)
// @ts-expect-error
board.query('action_overdo', { as_of: '2017-02-01' });
// 21. a question's date written the wrong way round
// @ts-expect-error
board.query('action_overdue', { as_of: '01/02/2017' });
// 22. the document given again (the board is the document)
// @ts-expect-error
board.query('action_overdue', { document: doc, as_of: '2017-02-01' });
// 23. a question that needs a date asked without one
// @ts-expect-error
board.query('action_overdue');
// 24. a window of days as text
// @ts-expect-error
board.query('action_due_within', { as_of: '2017-02-01', days: '28' });
// 25. the answer read as something it is not (an action list has no entries)
// @ts-expect-error
board.query('action_overdue', { as_of: '2017-02-01' }).entries;
// 26. details given to a question that takes none
// @ts-expect-error
board.query('public_version', { as_of: '2017-02-01' });
// 27. a risk question given a register (the board's own is used)
// @ts-expect-error
board.query('risk_ratings', { register: {}, as_of: '2017-02-01' });

// ---- money is Money (whole pence, made by pence()), not any number ----
// a plain number where pence is required
// @ts-expect-error
budgetApportion({ formula: { kind: 'equal', partners: ['o-a'] }, total: 100 });
// a fraction of a penny
// @ts-expect-error
budgetApportion({ formula: { kind: 'equal', partners: ['o-a'] }, total: 1.5 });
