// boardkit-import and boardkit-papers from their tarballs by require() (tests/npm.sh);
// usage: node node.cjs DOC; the CommonJS builds throw the same BoardkitError class as the ES modules.
const { importFile, BoardkitError: ImportError } = require('boardkit-import');
const { exportIcal, BoardkitError: PapersError } = require('boardkit-papers');

const doc = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const failures = [];
const check = (name, ok) => { if (!ok) failures.push(name); };
const thrown = (f) => { try { f(); } catch (e) { return e; } return null; };
const csv = new TextEncoder().encode('Ref,Action,Owner,By\n1,Do it,AB,Jan-17\n');
check('import', importFile(csv, { kind: 'actions' }).document.actions[0].due === '2017-01');
const e = thrown(() => exportIcal({ document: doc, as_of: '1 Feb' }));
check('papers error', e instanceof PapersError && e.path === '/as_of');
import('boardkit-import').then((esm) => {
  check('one class with the ES module', esm.BoardkitError === ImportError && ImportError === PapersError && e instanceof esm.BoardkitError);
  console.log(failures.length === 0 ? 'cjs: import, papers, one BoardkitError with the ES modules: 3 checks passed' : `failed: ${failures.join(', ')}`);
  process.exit(failures.length === 0 ? 0 : 1);
});
