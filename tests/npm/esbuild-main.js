// esbuild's default browser bundle is a classic script (no top-level await): boardkit/init,
// the .wasm copied by the `file` loader and its URL passed in; a failed load shows a fallback.
import init, { validateDocument, budgetApportion } from 'boardkit/init';
import wasmUrl from 'boardkit/boardkit_wasm_bg.wasm';
import { report } from './page.js';

const missing = new URL('missing.wasm', document.baseURI).href;
init({ wasm: missing }).then(
  () => { document.title = 'loaded a missing module?'; },
  () => init({ wasm: wasmUrl }).then(
    () => { document.title = `${report(validateDocument, budgetApportion)} fallback-shown`; },
    (e) => { document.title = `failed ${e}`; },
  ),
);
