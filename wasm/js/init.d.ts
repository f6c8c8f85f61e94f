// boardkit without top-level await (`boardkit/init`): call init() before any function.
export * from './boardkit.js';

/** Where the WebAssembly module comes from: a URL, its bytes, a fetch Response or a
 *  compiled module. Default: `boardkit_wasm_bg.wasm` beside this file. */
export type WasmSource =
  | string
  | URL
  | Request
  | Response
  | Promise<Response>
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

export interface InitOptions {
  wasm?: WasmSource;
}

/** Load the module; resolves once every function may be called. Rejects when it cannot
 *  be loaded (a page can then show a fallback). Calling it again does nothing. */
export default function init(options?: InitOptions): Promise<void>;

/** Instantiate synchronously from the module's bytes or a compiled module. */
export function initFromBytes(bytes: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void;
