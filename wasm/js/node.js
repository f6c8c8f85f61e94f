// Node entry: read and instantiate the module synchronously, then export the API.
import { readFileSync } from 'node:fs';
import { initSync } from './boardkit_wasm.js';
import warm from './warm.js';

initSync({ module: readFileSync(new URL('./boardkit_wasm_bg.wasm', import.meta.url)) });
warm();

export * from './api.js';
