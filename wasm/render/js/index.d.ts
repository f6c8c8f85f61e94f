// boardkit-papers: types of the JS API (wasm/render/js/api.js).

/** A request could not be used: `code` (`shape.invalid`, `render.template`...) and `path`,
 *  the JSON Pointer within the request (`/what`, `/as_of`, `/document/meetings/0/date`).
 *  Messages never quote the request. The same class as the `boardkit` package's
 *  (`instanceof` holds across them). */
export declare class BoardkitError extends Error {
  readonly name: "BoardkitError";
  readonly code: string;
  readonly path: string;
}

/** A date, `YYYY-MM-DD`. */
export type Day = `${number}-${number}-${number}`;
/** A board document (the `boardkit` package's BoardDocumentInput). */
export type BoardDocument = { schema_version: number; [key: string]: unknown };

export interface RenderRequest {
  /** The board document. */
  document: BoardDocument;
  /** The whole pack or one section. */
  what: "pack" | "actions" | "risks" | "attendance" | "budget" | "scorecard" | "minutes";
  /** HTML, Markdown or CSV files. */
  format: "html" | "md" | "csv";
  /** The date the papers speak as of. */
  as_of: Day;
  /** First day of the attendance period. */
  from?: Day | null;
  /** Last day of the attendance period. */
  to?: Day | null;
  /** The body, by id. */
  body?: string | null;
  /** The meeting whose minutes to print, by id. */
  meeting?: string | null;
  /** A host's own templates by name (`pack.html`...). */
  templates?: Record<string, string>;
}

/** A page (HTML or Markdown), or CSV files (each starting with the byte-order mark). */
export type Rendered =
  | { format: "html" | "md"; text: string }
  | { format: "csv"; files: { name: string; text: string }[] };

export interface IcalRequest {
  document: BoardDocument;
  /** Which actions are open. */
  as_of: Day;
  /** The body, by id. */
  body?: string | null;
}

export interface OparlRequest {
  document: BoardDocument;
  /** The base URL of the OParl system (`https://papers.example.org/oparl`). */
  base: string;
  /** The body, by id. */
  body?: string | null;
}

/** OParl 1.1 objects, each list in the order of the document. */
export interface OparlExport {
  system: Record<string, unknown>;
  body: Array<{ id: string; [key: string]: unknown }>;
  organization: Array<Record<string, unknown>>;
  person: Array<Record<string, unknown>>;
  membership: Array<Record<string, unknown>>;
  meeting: Array<Record<string, unknown>>;
  agendaItem: Array<Record<string, unknown>>;
  paper: Array<Record<string, unknown>>;
}

/** The library version. */
export declare function version(): string;
/**
 * The board pack or one section of it. `request` is an object (or its JSON text).
 * @throws {BoardkitError} at the path of what is wrong in the request.
 */
export declare function renderPapers(request: RenderRequest | string): Rendered;
/**
 * A body's meetings and open actions' due dates as an iCalendar file (`{text}`).
 * @throws {BoardkitError} at the path of what is wrong in the request.
 */
export declare function exportIcal(request: IcalRequest | string): { text: string };
/**
 * The board as OParl 1.1 objects.
 * @throws {BoardkitError} at the path of what is wrong in the request.
 */
export declare function exportOparl(request: OparlRequest | string): OparlExport;
