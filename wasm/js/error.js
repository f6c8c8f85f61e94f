// BoardkitError, shared: the first copy of boardkit to load in a page or a process (its
// ES module or CommonJS build, boardkit-import, boardkit-papers) defines the class under a
// registered symbol and every later copy uses that one class, so `e instanceof
// BoardkitError` holds whichever build threw `e`.
const KEY = Symbol.for('boardkit.BoardkitError');

/** The input is not a record: `code` is `shape.invalid`, `shape.schema_version`...,
 *  `path` the JSON Pointer of the offending value ("" for the whole input). */
class BoardkitError extends Error {
  constructor(message, code, path) {
    super(message);
    this.name = 'BoardkitError';
    this.code = code;
    this.path = path;
  }
}

if (globalThis[KEY] === undefined) {
  Object.defineProperty(globalThis, KEY, { value: BoardkitError });
}
const Shared = globalThis[KEY];
export { Shared as BoardkitError };
