// The meeting form: date, start, end and the next meeting's date, checked live.
// Each form module exports { id, title, mount(root, boardkit) }.
import { show } from '../lib/findings.js';

export const id = 'meeting';
export const title = 'Record a meeting';

const BODY = { id: 'b-lscb', name: 'Safeguarding Children Board', kind: 'board' };
const M = '/meetings/0';

const FIELDS = [
  { name: 'date', label: 'Date', type: 'date', path: `${M}/date`, value: '2016-12-08' },
  { name: 'start', label: 'Start time', type: 'time', path: `${M}/start`, value: '09:15' },
  { name: 'end', label: 'End time', type: 'time', path: `${M}/end`, value: '12:30' },
  { name: 'next_date', label: 'Next meeting date', type: 'date', path: `${M}/next_meeting/date`, value: '2017-02-09' },
];

/** The small board document the form stands for (empty inputs are left out). */
export function documentFrom(values) {
  const v = (k) => (values[k] === '' ? undefined : values[k]);
  const meeting = {
    id: 'm-form',
    body: BODY.id,
    title: 'Board meeting',
    date: v('date'),
    start: v('start'),
    end: v('end'),
    status: 'scheduled',
  };
  if (v('next_date')) meeting.next_meeting = { date: v('next_date') };
  return { schema_version: 1, bodies: [BODY], meetings: [meeting] };
}

export function mount(root, boardkit) {
  const form = document.createElement('form');
  form.id = `${id}-form`;
  form.noValidate = true;
  form.innerHTML = `<h2>${title}</h2>`;
  for (const f of FIELDS) {
    const row = document.createElement('div');
    row.className = 'field';
    row.dataset.path = f.path;
    row.innerHTML = `<label for="${id}-${f.name}"></label>
      <input id="${id}-${f.name}" name="${f.name}" type="${f.type}">
      <div class="messages" role="status" aria-live="polite"></div>`;
    row.querySelector('label').textContent = f.label;
    row.querySelector('input').value = f.value;
    form.append(row);
  }
  form.insertAdjacentHTML('beforeend',
    '<div class="messages form-messages" role="status"></div><p class="status"></p>');
  root.append(form);

  const status = form.querySelector('.status');
  const check = () => {
    const values = Object.fromEntries(new FormData(form));
    let findings;
    try {
      findings = boardkit.validateDocument(documentFrom(values)).findings;
    } catch (e) {
      if (!(e instanceof boardkit.BoardkitError)) throw e;
      findings = [e]; // the input is not a record yet: show where
    }
    show(form, findings);
    const errors = findings.filter((f) => (f.severity ?? 'error') === 'error').length;
    status.textContent = errors ? `${errors} problem(s) to fix` : 'No problems found';
    status.classList.toggle('has-errors', errors > 0);
    form.dataset.checked = String(Number(form.dataset.checked ?? 0) + 1);
  };
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  form.addEventListener('submit', (e) => e.preventDefault());
  check();
}
