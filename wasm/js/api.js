// The boardkit JS API: plain objects in and out; shape errors thrown as BoardkitError
// (an Error with `code` and `path`). Loaded by web.js and node.js once the module is
// instantiated. Types: boardkit.d.ts (generated from the Rust types).
import * as raw from './boardkit_wasm.js';

/** The input is not a record: `code` is `shape.invalid`, `shape.schema_version`...,
 *  `path` the JSON Pointer of the offending value ("" for the whole input). */
export class BoardkitError extends Error {
  constructor(message, code, path) {
    super(message);
    this.name = 'BoardkitError';
    this.code = code;
    this.path = path;
  }
}

function rethrow(e) {
  if (e instanceof Error && typeof e.code === 'string' && typeof e.path === 'string') {
    throw new BoardkitError(e.message, e.code, e.path);
  }
  throw e;
}

/** Wrap a raw binding so that its errors become BoardkitError. */
function wrap(f) {
  return (...args) => {
    try {
      return f(...args);
    } catch (e) {
      return rethrow(e);
    }
  };
}

// One line per capability (keep in step with wasm/src/lib.rs and wasm/tests/types.rs).
export const version = wrap(raw.version);
export const validateDocument = wrap(raw.validateDocument);
export const normaliseDocument = wrap(raw.normaliseDocument);
export const rules = wrap(raw.rules);
