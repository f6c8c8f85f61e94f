// Put each finding (or thrown BoardkitError) beside the field it is about, using its
// JSON Pointer `path`. A field declares the pointer it edits with `data-path`; a finding
// goes to the field whose pointer is the longest prefix of its path (so a finding at
// /meetings/0/next_meeting lands on the whole next-meeting group if there is one), else
// to the form's general message list.
//
// Each field's message list is tied to its controls (`aria-describedby`, set when the
// field is built) and its controls carry `aria-invalid` while it holds an error. A
// message list is only rewritten when what it shows changes, so typing does not rebuild
// it; the one live region of a form is its status line (see form.js).

/** True when pointer `prefix` is `path` or an ancestor of it. */
export function covers(prefix, path) {
  return path === prefix || path.startsWith(prefix + '/');
}

/** The field element (with data-path) that should show a finding at `path`. */
export function fieldFor(form, path) {
  let best = null;
  for (const el of form.querySelectorAll('.field[data-path]')) {
    const p = el.dataset.path;
    if (covers(p, path) && (!best || p.length > best.dataset.path.length)) best = el;
  }
  return best;
}

/** The controls that belong to `field` itself (not to a field nested inside it). */
export function controlsOf(field) {
  return [...field.querySelectorAll('input, select, textarea')]
    .filter((c) => c.closest('.field') === field);
}

/** What a message list shows, to tell whether it changed. */
const shown = new WeakMap();
const keyOf = (list) => JSON.stringify(list.map((i) => [i.code, i.severity ?? 'error', i.path, i.message]));

function render(item) {
  const p = document.createElement('p');
  p.className = `message ${item.severity ?? 'error'}`;
  p.dataset.code = item.code;
  p.dataset.findingPath = item.path;
  p.textContent = item.message;
  return p;
}

/** Clear every message of the form. */
export function clear(form) {
  show(form, []);
}

/**
 * Show messages beside their fields. `items` are findings ({code, severity, path,
 * message}) or a BoardkitError ({code, path, message}: shown as an error).
 */
export function show(form, items) {
  const lists = new Map();
  for (const box of form.querySelectorAll('.messages')) lists.set(box, []);
  for (const item of items) {
    const field = fieldFor(form, item.path);
    // The field's own message list (a group's rows have theirs).
    const box = field
      ? field.querySelector(':scope > .messages')
      : form.querySelector('.form-messages');
    lists.get(box)?.push(item);
  }
  for (const [box, list] of lists) {
    const key = keyOf(list);
    if (shown.get(box) !== key) {
      box.replaceChildren(...list.map(render));
      shown.set(box, key);
    }
    const field = box.parentElement?.closest('.field');
    if (!field || field.querySelector(':scope > .messages') !== box) continue;
    const invalid = list.some((i) => (i.severity ?? 'error') === 'error');
    for (const c of controlsOf(field)) {
      if (invalid && c.getAttribute('aria-invalid') !== 'true') c.setAttribute('aria-invalid', 'true');
      else if (!invalid && c.hasAttribute('aria-invalid')) c.removeAttribute('aria-invalid');
    }
  }
}
