// boardkit-papers: a board document in, the board pack (HTML, Markdown, CSV), iCalendar
// or OParl out (plain objects); mistakes thrown as BoardkitError with `code` and `path`.
import * as raw from './boardkit_wasm_render.js';
import { BoardkitError } from './error.js';
import { call, requestText } from './wrap.js';

export { BoardkitError };

/** The library version. */
export const version = () => raw.version();

/** The board pack or one section of it, as HTML, Markdown or CSV files. */
export const renderPapers = (request) => call(raw.renderPapers, requestText(request));

/** A body's meetings and open actions' due dates as an iCalendar file. */
export const exportIcal = (request) => call(raw.exportIcal, requestText(request));

/** The board's bodies, people, meetings and papers as OParl 1.1 objects. */
export const exportOparl = (request) => call(raw.exportOparl, requestText(request));
