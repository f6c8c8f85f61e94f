// boardkit-import: types of the JS API (wasm/import/js/api.js).

/** A file or its options could not be used. `code`: `shape.invalid`, `shape.syntax`...
 *  for the options (`path` the JSON Pointer within them: `/kind`, `/context/...`), or
 *  `import.*` when the file itself was refused (`path` `""`, or `/mapping` and `/context`
 *  when the mapping or the context did not fit it). Messages never quote the file or the
 *  options. The same class as the `boardkit` package's (`instanceof` holds across them). */
export declare class BoardkitError extends Error {
  readonly name: "BoardkitError";
  readonly code: string;
  readonly path: string;
}

/** What a file holds. */
export type ImportKind = "minutes" | "actions" | "risks" | "attendance" | "contributions";
/** A file's format: `text` or `docx` for minutes (default `text`); `csv` (default),
 *  `xlsx` or `ods` for a table. */
export type ImportFormat = "text" | "docx" | "csv" | "xlsx" | "ods";
/** A file's contents. */
export type FileBytes = Uint8Array | ArrayBuffer | ArrayBufferView;

export interface ImportOptions {
  /** What the file holds. */
  kind: ImportKind;
  /** The file's format. */
  format?: ImportFormat | null;
  /** The board document the file belongs to (its people, bodies and meetings are matched). */
  context?: object | null;
  /** Which column header holds which field of a table (`{"owners": "Person/s responsible"}`). */
  mapping?: Record<string, string> | null;
}

/** Where in the file: a line of minutes, or a sheet, row and column of a table (from 1). */
export interface Location {
  line?: number;
  sheet?: number;
  row?: number;
  column?: number;
}

/** Something the importer guessed, could not resolve or could not read. */
export interface Uncertainty {
  /** Where in the file. */
  at: Location;
  /** A stable code (`import.date_suspicious`...). */
  code: string;
  /** Plain English; never quotes the file. */
  message: string;
  /** The JSON Pointer of the draft value it is about, when there is one. */
  path?: string;
}

/** A draft board document and what the importer was unsure of. */
export interface Draft {
  /** The draft (a `boardkit` BoardDocument): people and records read from the file. */
  document: { schema_version: number; [key: string]: unknown };
  /** Everything guessed, unresolved or unread, in file order. */
  uncertainties: Uncertainty[];
  /** For tables: the column mapping used (edit it and import again to change it). */
  mapping?: Record<string, string>;
}

/** The file as the importer numbers it: minutes by line, a table by row (line 1 and row 1 first). */
export type Preview = { lines: string[] } | { rows: string[][] };

/**
 * Read a file into a draft board document. `options` is an object (or its JSON text).
 * @throws {BoardkitError} when the options are not usable or the file cannot be read at all.
 */
export declare function importFile(bytes: FileBytes, options: ImportOptions | string): Draft;

/**
 * Read a file as importFile does, the draft's JSON text (UTF-8) handed to `write` in
 * chunks of 1 to 65,536 bytes, in order, instead of returned: the draft is never held
 * whole as one string (an attendance grid's JSON is over 100 times its file). Each chunk
 * is a new array `write` may keep; joined and decoded they are importFile's JSON.
 * @throws {BoardkitError} as importFile, before `write` is first called; an error `write`
 * throws stops the import and is thrown again (`write` is not called again).
 */
export declare function importFileChunks(bytes: FileBytes, options: ImportOptions | string, write: (chunk: Uint8Array) => void): void;

/**
 * The file as the importer numbers it, for a review page to show each uncertainty beside its line or row.
 * @throws {BoardkitError} as importFile.
 */
export declare function previewFile(bytes: FileBytes, options: Omit<ImportOptions, "mapping"> | string): Preview;
