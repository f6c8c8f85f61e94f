// Entry without top-level await, for bundlers and pages that load the module themselves:
//
//   import init, { validateDocument } from 'boardkit/init';
//   await init();                          // the .wasm beside this file (Vite copies it)
//   await init({ wasm: '/assets/boardkit.wasm' });   // a URL (string or URL)
//   await init({ wasm: bytes });           // an ArrayBuffer, typed array, Response or
//                                          // WebAssembly.Module
//
// init() rejects (it never throws synchronously) when the module cannot be loaded, so a
// page can show a fallback; calling it again after a success does nothing.
import load, { initSync } from './boardkit_wasm.js';
import warm from './warm.js';

export * from './api.js';

let ready = null;

export default function init(options = {}) {
  if (ready) return ready;
  const wasm = options && options.wasm !== undefined
    ? options.wasm
    : new URL('./boardkit_wasm_bg.wasm', import.meta.url);
  ready = Promise.resolve()
    .then(() => load({ module_or_path: wasm }))
    .then(() => warm())
    .then(() => undefined, (e) => {
      ready = null; // a later call may try again (another URL, say)
      throw e;
    });
  return ready;
}

/** Instantiate synchronously from bytes or a compiled module (Node, workers). */
export function initFromBytes(bytes) {
  initSync({ module: bytes });
  warm();
  ready = Promise.resolve();
}
