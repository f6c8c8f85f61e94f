// Browser entry: fetch and instantiate the module, then export the API.
import init from './boardkit_wasm.js';

await init({ module_or_path: new URL('./boardkit_wasm_bg.wasm', import.meta.url) });

export * from './api.js';
