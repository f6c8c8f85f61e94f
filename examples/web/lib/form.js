// Small DOM helpers shared by the form modules: labelled field rows that carry the JSON
// Pointer they edit (data-path) and a message list for the findings placed beside them.
import { show } from './findings.js';

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

/** A message list that findings are put in (announced politely to screen readers). */
export const messages = () => h('div', { class: 'messages', role: 'status', 'aria-live': 'polite' });

/**
 * A field row: label, control, messages. `form` is the form id (prefix of element ids),
 * `name` the field's name, `path` the JSON Pointer it edits.
 */
export function row(form, name, label, path, control) {
  control.id = `${form}-${name}`;
  control.name ??= name;
  return h('div', { class: 'field', id: `${form}-${name}-field`, dataset: { path } },
    h('label', { for: control.id }, label), control, messages());
}

/** A group of controls under one legend (a due date's kind and value, a formula's rows). */
export function group(form, name, legend, path, ...controls) {
  return h('fieldset', { class: 'field group', id: `${form}-${name}-field`, dataset: { path } },
    h('legend', {}, legend), h('div', { class: 'controls' }, ...controls), messages());
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

/**
 * Show findings (or a thrown BoardkitError) beside their fields and a status line that
 * counts them; the form's `data-checked` counts the checks (tests wait on it).
 */
export function report(form, items) {
  show(form, items);
  const status = form.querySelector('.status');
  const errors = items.filter((f) => (f.severity ?? 'error') === 'error').length;
  const others = items.length - errors;
  status.textContent = errors
    ? `${errors} problem(s) to fix`
    : others
      ? `No problems to fix; ${others} note(s)`
      : 'No problems found';
  status.classList.toggle('has-errors', errors > 0);
  form.dataset.checked = String(Number(form.dataset.checked ?? 0) + 1);
}

/** The trailer every form ends with: general messages and the status line. */
export const trailer = () => [
  h('div', { class: 'messages form-messages', role: 'status', 'aria-live': 'polite' }),
  h('p', { class: 'status', role: 'status' }),
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
