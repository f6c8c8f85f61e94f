// Shared by the boardkit-import and boardkit-papers packages (copied into each as
// wrap.js by wasm/js/package.sh): a request as JSON text for the module, its answer back
// as an object, and the module's errors as the one BoardkitError class (error.js) with
// `code` and `path`, the message without the name of the binding's argument.
import { BoardkitError } from './error.js';

/** A request (an object, or its JSON text) as JSON text. */
export function requestText(value) {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '{}';
  let json;
  try {
    json = JSON.stringify(value);
  } catch {
    throw new BoardkitError('The request cannot be sent: it contains itself or a value that is not data.', 'shape.invalid', '');
  }
  if (json === undefined) throw new BoardkitError('The request must be an object.', 'shape.invalid', '');
  return json;
}

/** File contents as bytes: a Uint8Array, another typed array or DataView, or an ArrayBuffer. */
export function fileBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new BoardkitError('The file must be given as its bytes (a Uint8Array or an ArrayBuffer).', 'shape.invalid', '');
}

/** The module's error as a BoardkitError: the same code and path, the message without
 *  a leading argument name (`options_json: `, `bytes: `), starting with a capital and
 *  ending with a full stop. */
export function rethrow(e) {
  if (e instanceof Error && typeof e.code === 'string' && typeof e.path === 'string') {
    let text = e.message.replace(/^[a-z_]+: /, '');
    text = text.charAt(0).toUpperCase() + text.slice(1);
    if (!/[.!?]$/.test(text)) text += '.';
    throw new BoardkitError(text, e.code, e.path);
  }
  throw e;
}

/** Call the module with JSON text and give back its answer as an object. */
export function call(f, ...args) {
  let result;
  try {
    result = f(...args);
  } catch (e) {
    return rethrow(e);
  }
  return JSON.parse(result);
}
