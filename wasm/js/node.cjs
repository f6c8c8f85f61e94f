// CommonJS entry for Node (`require('boardkit')`): bundled into boardkit.cjs by
// wasm/build.sh; reads the .wasm beside it synchronously.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './boardkit_wasm.js';
import warm from './warm.js';

// eslint-disable-next-line no-undef
initSync({ module: readFileSync(join(__dirname, 'boardkit_wasm_bg.wasm')) });
warm();

export * from './api.js';
