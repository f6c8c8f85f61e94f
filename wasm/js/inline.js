// The package's entry outside Node, for every bundler (Vite, webpack, Rollup, esbuild,
// Parcel) and plain pages: the WebAssembly module is inlined as base64 text and
// instantiated synchronously when this module is imported. No .wasm file for a bundler
// to emit or a page to fetch (nothing can 404), no top-level await (classic-script
// bundles take it). `boardkit/init` loads a separate, cacheable .wasm instead.
import { initSync } from './boardkit_wasm.js';
import base64 from './boardkit_wasm_base64.js';
import warm from './warm.js';

function decode(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i += 1) bytes[i] = chars.charCodeAt(i);
  return bytes;
}

initSync({ module: decode(base64) });
warm();

export * from './api.js';
