// boardkit-import: a file's bytes and the import options in, a draft board document out
// (plain objects); refusals thrown as BoardkitError with `code` and `path`.
import * as raw from './boardkit_import_wasm.js';
import { BoardkitError } from './error.js';
import { call, fileBytes, requestText } from './wrap.js';

export { BoardkitError };

/** Read a file (minutes, an action log, a risk register...) into a draft board document. */
export function importFile(bytes, options) {
  return call(raw.importFile, fileBytes(bytes), requestText(options));
}

/** The file as the importer numbers it: `{lines}` for minutes, `{rows}` for a table. */
export function previewFile(bytes, options) {
  return call(raw.previewFile, fileBytes(bytes), requestText(options));
}
