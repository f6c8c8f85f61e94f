// The boardkit JS API: plain objects in and out; shape errors thrown as BoardkitError
// (an Error with `code` and `path`). Loaded by web.js and node.js once the module is
// instantiated. Types: boardkit.d.ts (generated from the Rust types).
import * as raw from './boardkit_wasm.js';
import { BoardkitError } from './error.js';

// One class for the ES module and CommonJS builds and the other boardkit packages (error.js).
export { BoardkitError };

/** Whole pence as Money (boardkit.d.ts brands it): throws BoardkitError `shape.invalid`
 *  at "" unless a safe integer. The message never quotes the value. */
export function pence(n) {
  if (!Number.isSafeInteger(n)) {
    throw new BoardkitError('An amount of money must be a whole number of pence, like 29870000 for £298,700.', 'shape.invalid', '');
  }
  return n;
}

function rethrow(e) {
  if (e instanceof Error && typeof e.code === 'string' && typeof e.path === 'string') {
    throw new BoardkitError(e.message, e.code, e.path);
  }
  throw e;
}

/** A key as it shows in a path: itself when a schema field name, else `*` (as in Rust:
 *  a host's own key may be a surname or a case number). */
const pointerKey = (k) => (/^[a-z0-9_]{1,64}$/.test(k) && raw.isSchemaName(k) ? k : '*');

const NOT_DATA = 'This value cannot be used here; check the field\'s format.';

/**
 * Refuse, at its path, what JSON.stringify would silently change: NaN and ±Infinity
 * (written as null, which would read as "absent"), functions and symbols (dropped),
 * BigInt and cycles (thrown without a path). A property set to `undefined` is absent,
 * as JSON.stringify leaves it out and as `null` reads: absent, null and undefined mean
 * the same for every optional field.
 */
function check(value, path, depth, ancestors = new Set()) {
  // The path is built only for an error: `keys` holds the keys and indices down to the
  // value (a string per value and a call into the module per key, made for every value
  // of a whole board, were most of `new Board(object)`'s cost).
  walk(value, [], depth, ancestors, path);
}

const at = (prefix, keys) => prefix + keys.map((k) => `/${typeof k === 'number' ? k : pointerKey(k)}`).join('');

function walk(value, keys, depth, ancestors, prefix) {
  const t = typeof value;
  if (t === 'number') {
    if (!Number.isFinite(value)) throw new BoardkitError('Enter a number, like 12.5.', 'shape.invalid', at(prefix, keys));
    return;
  }
  if (t !== 'object') {
    if (t === 'bigint' || t === 'function' || t === 'symbol') {
      throw new BoardkitError(NOT_DATA, 'shape.invalid', at(prefix, keys));
    }
    return;
  }
  if (value === null || typeof value.toJSON === 'function') return;
  if (ancestors.has(value)) {
    throw new BoardkitError('This value contains itself, so it cannot be sent.', 'shape.invalid', at(prefix, keys));
  }
  if (depth > 128) throw new BoardkitError('The JSON is nested too deeply to read.', 'shape.syntax', at(prefix, keys));
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const v = value[i];
      if (v !== null && (typeof v === 'object' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol')) {
        keys.push(i);
        walk(v, keys, depth + 1, ancestors, prefix);
        keys.pop();
      }
    }
  } else {
    for (const k in value) {
      if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
      const v = value[k];
      if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'boolean') {
        keys.push(k);
        walk(v, keys, depth + 1, ancestors, prefix);
        keys.pop();
      }
    }
  }
  ancestors.delete(value);
}

/** An argument as JSON text for the module (an omitted or `undefined` argument is `null`). */
function text(value) {
  check(value, '', 0);
  const json = JSON.stringify(value);
  return json === undefined ? 'null' : json;
}

/**
 * Wrap a raw binding: arguments cross into the module as JSON text and the result comes
 * back as JSON text (one family of serde_json readers and writers in the module keeps it
 * small); errors become BoardkitError.
 */
function wrap(f) {
  return (...args) => {
    // Every parameter gets its text: an omitted argument (validateDocument's options) is null.
    const texts = Array.from({ length: f.length }, (_, i) => text(args[i]));
    let result;
    try {
      result = f(...texts);
    } catch (e) {
      return rethrow(e);
    }
    return JSON.parse(result);
  };
}

// ---- GENERATED from the capability table (ffi/src/capabilities.rs) by
// `bash tests/codegen.sh` (wasm/codegen/): do not edit down to the END line.
export const documentValidateRecord = wrap(raw.documentValidateRecord);
export const meetingQuorum = wrap(raw.meetingQuorum);
export const actionLog = wrap(raw.actionLog);
export const actionOpen = wrap(raw.actionOpen);
export const actionOverdue = wrap(raw.actionOverdue);
export const actionUndated = wrap(raw.actionUndated);
export const actionCompleted = wrap(raw.actionCompleted);
export const actionRag = wrap(raw.actionRag);
export const actionSummary = wrap(raw.actionSummary);
export const actionSlipped = wrap(raw.actionSlipped);
export const actionLateCompletions = wrap(raw.actionLateCompletions);
export const actionOpenByOwner = wrap(raw.actionOpenByOwner);
export const actionOpenByAgency = wrap(raw.actionOpenByAgency);
export const actionDueWithin = wrap(raw.actionDueWithin);
export const actionCarryForward = wrap(raw.actionCarryForward);
export const actionHistory = wrap(raw.actionHistory);
export const actionFlowMattersArising = wrap(raw.actionFlowMattersArising);
export const riskRate = wrap(raw.riskRate);
export const riskGrid = wrap(raw.riskGrid);
export const riskRatings = wrap(raw.riskRatings);
export const riskHeatMap = wrap(raw.riskHeatMap);
export const riskReviews = wrap(raw.riskReviews);
export const riskEscalations = wrap(raw.riskEscalations);
export const riskSummary = wrap(raw.riskSummary);
export const budgetAllocateDecision = wrap(raw.budgetAllocateDecision);
export const budgetApportion = wrap(raw.budgetApportion);
export const budgetStatement = wrap(raw.budgetStatement);
export const budgetYearStatement = wrap(raw.budgetYearStatement);
export const budgetParseMoney = wrap(raw.budgetParseMoney);
export const budgetFormatMoney = wrap(raw.budgetFormatMoney);
export const scorecardValidate = wrap(raw.scorecardValidate);
export const scorecardSummarise = wrap(raw.scorecardSummarise);
export const scorecardRatePer10000 = wrap(raw.scorecardRatePer10000);
export const scorecardShareOfTotal = wrap(raw.scorecardShareOfTotal);
export const scorecardChange = wrap(raw.scorecardChange);
export const scorecardInferPopulation = wrap(raw.scorecardInferPopulation);
export const scorecardDirectionOfTravel = wrap(raw.scorecardDirectionOfTravel);
export const scorecardRagRating = wrap(raw.scorecardRagRating);
export const reportAttendance = wrap(raw.reportAttendance);
export const clockAddWorkingDays = wrap(raw.clockAddWorkingDays);
export const clockClearDays = wrap(raw.clockClearDays);
export const clockDueBy = wrap(raw.clockDueBy);
export const clockOverdue = wrap(raw.clockOverdue);
export const clockBankHolidays = wrap(raw.clockBankHolidays);
export const version = () => raw.version();
export const validateDocument = wrap(raw.validateDocument);
export const normaliseDocument = wrap(raw.normaliseDocument);
export const rules = wrap(raw.rules);
export const documentPublicVersion = wrap(raw.documentPublicVersion);
export const documentRedactionLedger = wrap(raw.documentRedactionLedger);
// ---- END of the generated capabilities

// Written by hand (the table lists it; the generator leaves it out).
/** One rule fixture, as an object or as JSON text (read as given: a key twice is an error). */
export const runFixture = (fixture) => {
  const json = typeof fixture === 'string' ? fixture : text(fixture);
  let result;
  try {
    result = raw.runFixture(json);
  } catch (e) {
    return rethrow(e);
  }
  return JSON.parse(result);
};

// --- a loaded board ----------------------------------------------------------------------

// The module's allocator grows its memory as a board is read, by what each allocation
// lacks (64 KiB at a time for small records), and V8 counts the whole memory again as
// external memory at every growth: once the memory is some hundreds of MB, each growth
// starts a full collection of the JS heap ("external memory pressure"), which costs in
// proportion to the caller's live objects. A 300x board opened from an object spent most
// of its time in them (BENCHMARKS.md, "Near native"). Before a large open, one allocation
// of about what the open needs, freed at once, grows the memory in one step; the reader
// then allocates from that free block without growing it again. The allocator's two
// entry points are the ones the glue itself passes strings with (found in its source,
// checked by their arity); when they cannot be found, nothing is reserved.
const RESERVE_FROM = 1 << 20; // texts below 1 MiB: a few growths, nothing to save
const RESERVE_PER_BYTE = 4; // what opening a board holds, per byte of its text (measured)
let allocator;

function findAllocator() {
  let found = null;
  try {
    const exports = raw.initSync(); // the instantiated module's exports (no second instance)
    const src = String(raw.RawBoard);
    const m = /passStringToWasm0\([^,()]+,\s*\w+\.(\w+),\s*\w+\.(\w+)\)/.exec(src);
    const f = /\w+\.(\w+)\([^,()]+,\s*[^,()]+\s*\*\s*1,\s*1\)/.exec(src);
    const malloc = m && exports[m[1]];
    const free = f && exports[f[1]];
    if (typeof malloc === 'function' && malloc.length === 2 && typeof free === 'function' && free.length === 3) {
      found = { malloc, free };
    }
  } catch {
    found = null;
  }
  return found;
}

/** Grow the module's memory once for a board of `length` bytes of text (see above). */
function reserveFor(length) {
  if (length < RESERVE_FROM) return;
  if (allocator === undefined) allocator = findAllocator();
  if (allocator === null) return;
  const bytes = Math.min(RESERVE_PER_BYTE * length, 2 ** 31);
  try {
    const ptr = allocator.malloc(bytes, 1) >>> 0;
    if (ptr !== 0) allocator.free(ptr, bytes, 1);
  } catch {
    // Memory for the block could not be had (the module traps on a failed allocation):
    // the open, which needs less, goes ahead without it.
  }
}

/** Frees a board a host forgot to free, when the garbage collector reclaims it. */
const unfreed = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((handle) => handle.free())
  : { register() {}, unregister() {} };

const dispose = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('Symbol.dispose');

/**
 * A board document read once and kept in the module with its look-ups, for a host that
 * checks or queries it many times (a form checking a record on every keystroke).
 * Checking one action or meeting costs in proportion to the record and what it refers
 * to, not to the board. Free it with `free()` (or `using board = new Board(doc)`); a
 * board never freed is freed when garbage-collected.
 */
export class Board {
  #raw;

  /** Open a board from its document (an object, or its JSON text). */
  constructor(doc) {
    const json = typeof doc === 'string' ? doc : text(doc);
    try {
      reserveFor(json.length);
      this.#raw = new raw.RawBoard(json);
    } catch (e) {
      rethrow(e);
    }
    unfreed.register(this, this.#raw, this);
  }

  #call(f) {
    if (this.#raw === undefined) {
      throw new BoardkitError('This board has been freed: open it again.', 'board.freed', '');
    }
    try {
      return f(this.#raw);
    } catch (e) {
      return rethrow(e);
    }
  }

  /** Check every governance rule (`options.as_of` as for validateDocument). */
  validate(options) {
    return JSON.parse(this.#call((b) => b.validate(text(options))));
  }

  /** Check one record `{kind, record, as_of}` against the board, as documentValidateRecord does with the board as the context. */
  validateRecord(request) {
    return JSON.parse(this.#call((b) => b.validateRecord(text(request))));
  }

  /** Answer a question by name (`"action_overdue"`) given the rest of its request (`{as_of}`). */
  query(name, params) {
    return JSON.parse(this.#call((b) => b.query(String(name), text(params))));
  }

  /** Add a record of a kind (`"action"`); gives its position in its list. */
  insert(kind, record) {
    return this.#call((b) => b.insert(text(kind), text(record)));
  }

  /** Replace the record of a kind with the record's id; gives its position. */
  replace(kind, record) {
    return this.#call((b) => b.replace(text(kind), text(record)));
  }

  /** Remove the record of a kind with an id (a budget's is `body|year`); gives the position it had. */
  remove(kind, id) {
    return this.#call((b) => b.remove(text(kind), String(id)));
  }

  /** The board's document. */
  document() {
    return JSON.parse(this.#call((b) => b.document()));
  }

  /** The board's document as JSON text, every number of extensions as written. */
  documentText() {
    return this.#call((b) => b.documentText());
  }

  /** JSON.stringify(board) writes the document. */
  toJSON() {
    return this.document();
  }

  /** Free the board's memory in the module; any later call throws (code `board.freed`). Safe to call twice. */
  free() {
    if (this.#raw === undefined) return;
    unfreed.unregister(this);
    const handle = this.#raw;
    this.#raw = undefined;
    handle.free();
  }

  [dispose]() {
    this.free();
  }

  /** How many boards are open in the module (opened and not yet freed): a host's leak check. */
  static openCount() {
    return raw.openBoards();
  }
}
