// A page's script, bundled by each bundler (tests/npm.sh). The entry is chosen by the
// bundler project: `boardkit` (plain-main.js), or `boardkit/init` with a fallback (esbuild-main.js).
// The result goes into document.title for the browser check (tests/npm/browser.mjs).
export function report(validateDocument, budgetApportion) {
  const doc = {
    schema_version: 2,
    organisations: [{ id: 'o-a', name: 'A', sector: 'local_authority' }],
    bodies: [{ id: 'b-1', name: 'Board', kind: 'board' }],
    meetings: [{ id: 'm-1', body: 'b-1', title: 'Board meeting', date: '2016-12-08',
      start: '14:00', end: '13:30', status: 'scheduled' }],
  };
  const found = validateDocument(doc).findings.map((f) => `${f.code}@${f.path}`).join(',');
  const split = budgetApportion({ formula: { kind: 'equal', partners: ['o-a', 'o-b', 'o-c'] }, total: 100 });
  return `ok findings=${found} sum=${split.shares.reduce((s, x) => s + x.amount, 0)}`;
}
