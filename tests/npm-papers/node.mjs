// boardkit-import and boardkit-papers from their tarballs, in Node as ES modules, with
// the boardkit tarball installed beside them (tests/npm.sh). Usage: node node.mjs DOC MINUTES
// Prints one line; exits non-zero when a check fails.
import { readFileSync } from 'node:fs';
import { importFile, previewFile, BoardkitError as ImportError } from 'boardkit-import';
import { renderPapers, exportIcal, exportOparl, version, BoardkitError as PapersError } from 'boardkit-papers';
import { BoardkitError } from 'boardkit';

const [docPath, minutesPath] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(docPath, 'utf8'));
for (const m of doc.meetings) delete m.confidential;
const failures = [];
const check = (name, ok) => { if (!ok) failures.push(name); };
const thrown = (f) => { try { f(); } catch (e) { return e; } return null; };
const plain = (e) => typeof e.message === 'string' && /^[A-Z].*[.!?]$/s.test(e.message) && !/^(options_json|bytes|request_json):/.test(e.message);

// import: objects in and out; JSON text still taken
const csv = new TextEncoder().encode('Ref,Action,Person/s responsible,By,Notes\n3.1,Update,CT & JR,30.1.17,x\n');
const log = importFile(csv, { kind: 'actions' });
check('import actions', log.document.actions[0].due === '2017-01-30' && log.mapping.owners === 'Person/s responsible');
check('import from an ArrayBuffer', importFile(csv.slice().buffer, { kind: 'actions' }).document.actions.length === 1);
check('import options as JSON text', importFile(csv, '{"kind":"actions"}').document.actions[0].due === '2017-01-30');
const minutes = readFileSync(minutesPath);
const draft = importFile(minutes, { kind: 'minutes', context: doc });
check('import minutes with a context', draft.document.meetings[0].date === '2016-12-08'
  && draft.uncertainties.some((u) => u.code === 'import.date_suspicious' && u.at.line === 93));
check('preview', previewFile(csv, { kind: 'actions' }).rows[1][0] === '3.1');
let e = thrown(() => importFile(csv, { kind: 'budget' }));
check('bad options: BoardkitError at /kind', e instanceof BoardkitError && e instanceof ImportError
  && e.code === 'shape.invalid' && e.path === '/kind' && plain(e));
e = thrown(() => importFile(new Uint8Array([80, 75, 3, 4, 0]), { kind: 'minutes', format: 'docx' }));
check('refused file: BoardkitError, no argument name', e instanceof BoardkitError && e.code === 'import.not_that_kind'
  && e.path === '' && plain(e));
e = thrown(() => importFile('not bytes', { kind: 'actions' }));
check('text instead of bytes', e instanceof BoardkitError && e.code === 'shape.invalid' && plain(e));

// papers
const pack = renderPapers({ document: doc, what: 'pack', format: 'html', as_of: '2017-02-01' });
check('render pack', pack.format === 'html' && pack.text.startsWith('<!DOCTYPE html>') && pack.text.match(/<svg/g).length === 4);
const budget = renderPapers(JSON.stringify({ document: doc, what: 'budget', format: 'csv', as_of: '2017-02-01' }));
check('render csv from JSON text', budget.files.some((f) => f.name === 'budget-income.csv'));
check('ical', exportIcal({ document: doc, as_of: '2017-02-01' }).text.startsWith('BEGIN:VCALENDAR\r\n'));
check('oparl', exportOparl({ document: doc, base: 'https://papers.example.org/oparl' }).meeting.length === doc.meetings.length);
check('version', /^\d+\.\d+\.\d+/.test(version()));
e = thrown(() => renderPapers({ document: doc, what: 'minute', format: 'html', as_of: '2017-02-01' }));
check('bad request: BoardkitError at /what', e instanceof BoardkitError && e instanceof PapersError && e.path === '/what' && plain(e));
e = thrown(() => renderPapers({ document: doc, what: 'pack', format: 'html', as_of: '1 Feb' }));
check('bad date: at /as_of', e instanceof BoardkitError && e.path === '/as_of' && plain(e));

check('one class', ImportError === BoardkitError && PapersError === BoardkitError);
console.log(failures.length === 0 ? `esm: import, papers, one BoardkitError: ${16 - failures.length} checks passed` : `failed: ${failures.join(', ')}`);
process.exit(failures.length === 0 ? 0 : 1);
