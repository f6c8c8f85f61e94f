// Put each finding (or thrown BoardkitError) beside the field it is about, using its
// JSON Pointer `path`. A field declares the pointer it edits with `data-path`; a finding
// goes to the field whose pointer is the longest prefix of its path (so a finding at
// /meetings/0/next_meeting lands on the whole next-meeting group if there is one), else
// to the form's general message list.

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

/** Clear every message of the form. */
export function clear(form) {
  for (const box of form.querySelectorAll('.messages')) box.replaceChildren();
}

/**
 * Show messages beside their fields. `items` are findings ({code, severity, path,
 * message}) or a BoardkitError ({code, path, message}: shown as an error).
 */
export function show(form, items) {
  clear(form);
  for (const item of items) {
    const field = fieldFor(form, item.path);
    // The field's own message list (a group's rows have theirs).
    const box = field
      ? field.querySelector(':scope > .messages')
      : form.querySelector('.form-messages');
    const p = document.createElement('p');
    p.className = `message ${item.severity ?? 'error'}`;
    p.dataset.code = item.code;
    p.dataset.findingPath = item.path;
    p.textContent = item.message;
    box.append(p);
  }
}
