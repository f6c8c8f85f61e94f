// The page's entry as an application writes it, unchanged for every bundler (tests/npm.sh:
// Vite, webpack, Rollup, esbuild in both formats, Parcel): plain `import ... from 'boardkit'`,
// no plugin, no loader, no URL. A bad document must throw a BoardkitError.
import { validateDocument, budgetApportion, BoardkitError } from 'boardkit';
import { report } from './page.js';

let refused = 'no';
try {
  validateDocument({ schema_version: 99 });
} catch (e) {
  refused = e instanceof BoardkitError && typeof e.code === 'string' ? 'BoardkitError' : `other ${e}`;
}
document.title = `${report(validateDocument, budgetApportion)} refused=${refused}`;
