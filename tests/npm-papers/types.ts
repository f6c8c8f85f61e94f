// Must compile under tsc --strict against the installed boardkit-import and
// boardkit-papers (tests/npm.sh); the mistakes below must each be an error.
import { importFile, previewFile, BoardkitError, type Draft } from 'boardkit-import';
import { renderPapers, exportIcal } from 'boardkit-papers';

const draft: Draft = importFile(new Uint8Array([1]), { kind: 'actions', format: 'xlsx' });
void draft.uncertainties.map((u) => u.at.row);
void previewFile(new ArrayBuffer(1), { kind: 'minutes' });
const page = renderPapers({ document: { schema_version: 4 }, what: 'pack', format: 'html', as_of: '2017-02-01' });
if (page.format === 'csv') void page.files; else void page.text;
void exportIcal({ document: { schema_version: 4 }, as_of: '2017-02-01' }).text;
try { importFile(new Uint8Array([1]), '{"kind":"actions"}'); } catch (e) { if (e instanceof BoardkitError) void e.path; }

// @ts-expect-error  a kind of file that does not exist
importFile(new Uint8Array([1]), { kind: 'budget' });
// @ts-expect-error  the papers as PDF
renderPapers({ document: { schema_version: 4 }, what: 'pack', format: 'pdf', as_of: '2017-02-01' });
// @ts-expect-error  a date written the wrong way round
exportIcal({ document: { schema_version: 4 }, as_of: '01/02/2017' });
