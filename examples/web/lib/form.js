// Small DOM helpers shared by the form modules: labelled field rows that carry the JSON
// Pointer they edit (data-path) and a message list for the findings placed beside them.
//
// Accessibility: each control names its message list in `aria-describedby` (and carries
// `aria-invalid` while that list holds an error, see findings.js); a form has exactly one
// live region, its status line, which is only written when its text changes; input the
// browser could not read (a half-typed date) is reported beside its field.
import { show, fieldFor } from './findings.js';

/** Create an element with attributes and children (strings become text nodes). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c);
  return el;
}

/** A message list that findings are put in (not a live region: the status line is). */
export const messages = (boxId) => h('div', { class: 'messages', id: boxId });

/** Add `id` to the ids in `el`'s aria-describedby. */
export function describedBy(el, id) {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) el.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/**
 * A field row: label, control, messages. `form` is the form id (prefix of element ids),
 * `name` the field's name, `path` the JSON Pointer it edits.
 */
export function row(form, name, label, path, control) {
  control.id = `${form}-${name}`;
  if (!control.name) control.name = name;
  const box = messages(`${control.id}-messages`);
  describedBy(control, box.id);
  return h('div', { class: 'field', id: `${form}-${name}-field`, dataset: { path } },
    h('label', { for: control.id }, label), control, box);
}

/** A group of controls under one legend (a due date's kind and value, a formula's rows). */
export function group(form, name, legend, path, ...controls) {
  const box = messages(`${form}-${name}-messages`);
  const set = h('fieldset', { class: 'field group', id: `${form}-${name}-field`, dataset: { path } },
    h('legend', {}, legend), h('div', { class: 'controls' }, ...controls), box);
  for (const c of set.querySelectorAll('input, select, textarea')) describedBy(c, box.id);
  return set;
}

/** A labelled control inside a group (label before the control). */
export function labelled(id, label, control) {
  control.id = id;
  return h('span', { class: 'labelled' }, h('label', { for: id }, label), control);
}

/** A select of [value, text] options. */
export function select(options, value) {
  const s = h('select', {});
  for (const [v, t] of options) s.append(h('option', { value: v }, t));
  if (value !== undefined) s.value = value;
  return s;
}

/** What to say of input the browser could not read, by input type. */
const UNREADABLE = {
  date: 'This date is not complete or is not a real date. Enter the day, month and year, for example 31 January 2017.',
  month: 'This month is not complete. Enter the month and the year, for example January 2017.',
  time: 'This time is not complete. Enter the hours and the minutes, for example 09:15.',
  number: 'This is not a number. Enter a whole number, for example 3.',
};

/**
 * Input the browser could not read: a native control (date, month, time, number) whose
 * text is not a value (`validity.badInput`, e.g. a date with no year or 31 February)
 * holds the value "", which would read as "left blank". One error item per such visible
 * control, at its field's path.
 */
export function unreadable(form) {
  const items = [];
  for (const el of form.querySelectorAll('input')) {
    if (!el.validity.badInput || el.closest('[hidden]')) continue;
    items.push({
      code: 'form.unreadable',
      severity: 'error',
      path: el.closest('.field[data-path]')?.dataset.path ?? '',
      message: UNREADABLE[el.type] ?? 'The browser could not read what was typed here. Type it again.',
    });
  }
  return items;
}

/** Types of input whose half-typed text the browser does not report as a value. */
const NATIVE = new Set(Object.keys(UNREADABLE));

/**
 * Re-run `check` when the user edits a native date, month, time or number control, even
 * where the browser fires no input event (a half-typed date keeps the value "").
 */
export function watchNative(form, check) {
  const native = (e) => e.target instanceof HTMLInputElement && NATIVE.has(e.target.type);
  form.addEventListener('keyup', (e) => { if (native(e)) check(); });
  form.addEventListener('focusout', (e) => { if (native(e)) check(); });
}

/**
 * Show findings (or a thrown BoardkitError) beside their fields, with any input the
 * browser could not read (which replaces what was said of that field, since boardkit saw
 * it as blank), and write the status line that counts them; the form's `data-checked`
 * counts the checks (tests wait on it). `summary` (optional) is added to the status.
 */
export function report(form, items, summary) {
  const bad = unreadable(form);
  const badFields = new Set(bad.map((b) => fieldFor(form, b.path)).filter(Boolean));
  const all = [...bad, ...items.filter((i) => !badFields.has(fieldFor(form, i.path)))];
  show(form, all);
  const status = form.querySelector('.status');
  const errors = all.filter((f) => (f.severity ?? 'error') === 'error').length;
  const others = all.length - errors;
  let text = errors
    ? `${errors} problem(s) to fix`
    : others
      ? `No problems to fix; ${others} note(s)`
      : 'No problems found';
  if (summary) text += `. ${summary}`;
  // The live region: written only when what it says changes.
  if (status.textContent !== text) status.textContent = text;
  status.classList.toggle('has-errors', errors > 0);
  form.dataset.checked = String(Number(form.dataset.checked ?? 0) + 1);
}

/** The trailer every form ends with: general messages and the status line (the form's
 * one live region). */
export const trailer = () => [
  h('div', { class: 'messages form-messages' }),
  h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
];

/**
 * Run `f`, turning a thrown BoardkitError into the list of one item to show. With
 * `within` (a JSON Pointer, e.g. `/record` for documentValidateRecord), an error inside
 * that part of the request is shown at its path relative to it, as findings are.
 */
export function attempt(boardkit, f, within) {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof boardkit.BoardkitError)) throw e;
    if (within && (e.path === within || e.path.startsWith(`${within}/`))) {
      return [{ code: e.code, path: e.path.slice(within.length), message: e.message }];
    }
    return [e];
  }
}

/** A person's name for a select option (names are shown, never put in messages). */
export const personName = (doc, id) => doc.people.find((p) => p.id === id)?.name ?? id;

/** The meetings of a body as [id, "8 December 2016"] options, oldest first. */
export function meetingOptions(doc, body) {
  const fmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return doc.meetings
    .filter((m) => m.body === body)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => [m.id, `${fmt.format(new Date(`${m.date}T00:00:00Z`))} (${m.status.replace(/_/g, ' ')})`]);
}
