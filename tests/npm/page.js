// A page's script, bundled by Vite or esbuild (tests/npm.sh). The entry is chosen by the
// bundler project: `boardkit` (top-level await) for Vite, `boardkit/init` for esbuild.
// The result goes into document.title for the browser check (tests/npm/browser.mjs).
export function report(validateDocument, budgetApportion) {
  const doc = {
    schema_version: 2,
    organisations: [{ id: 'o-a', name: 'A' }],
    bodies: [{ id: 'b-1', name: 'Board', kind: 'lscb' }],
  };
  const findings = validateDocument(doc).findings.length;
  const split = budgetApportion({ formula: { kind: 'equal', partners: ['o-a', 'o-b', 'o-c'] }, total: 100 });
  return `ok findings=${findings} sum=${split.shares.reduce((s, x) => s + x.amount, 0)}`;
}
