// boardkit-import: a file's bytes and the import options in, a draft board document out
// (plain objects); refusals thrown as BoardkitError with `code` and `path`.
import * as raw from './boardkit_import_wasm.js';
import { BoardkitError } from './error.js';
import { call, fileBytes, requestText, rethrow } from './wrap.js';

export { BoardkitError };

/** Read a file (minutes, an action log, a risk register...) into a draft board document. */
export function importFile(bytes, options) {
  return call(raw.importFile, fileBytes(bytes), requestText(options));
}

/** Read a file as importFile does, the draft's JSON text (UTF-8) handed to `write` in
 *  chunks of at most 64 KiB, in order, instead of returned: for a file whose draft is too
 *  large to hold as one string. An error `write` throws stops the import and is thrown. */
export function importFileChunks(bytes, options, write) {
  if (typeof write !== 'function') {
    throw new BoardkitError('Give a function that takes each chunk of the draft, for example (chunk) => parts.push(chunk).', 'shape.invalid', '');
  }
  const file = fileBytes(bytes);
  const text = requestText(options);
  try {
    raw.importFileChunks(file, text, write);
  } catch (e) {
    rethrow(e);
  }
}

/** The file as the importer numbers it: `{lines}` for minutes, `{rows}` for a table. */
export function previewFile(bytes, options) {
  return call(raw.previewFile, fileBytes(bytes), requestText(options));
}
