// Browser entry: fetch and instantiate the module, then export the API.
import init from './boardkit_wasm.js';
import warm from './warm.js';

await init({ module_or_path: new URL('./boardkit_wasm_bg.wasm', import.meta.url) });
warm();

export * from './api.js';
