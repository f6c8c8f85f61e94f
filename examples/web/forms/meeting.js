// The meeting form: date, start, end and the next meeting's date, checked live.
// Each form module exports { id, title, mount(root, boardkit) }.
import { h, row, report, trailer, watchNative } from '../lib/form.js';

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
  const form = h('form', { id: `${id}-form`, noValidate: true, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    ...FIELDS.map((f) => row(id, f.name, f.label, f.path, h('input', { type: f.type, value: f.value, name: f.name }))),
    ...trailer());
  root.append(form);

  const check = () => {
    const values = Object.fromEntries(new FormData(form));
    let findings;
    try {
      findings = boardkit.validateDocument(documentFrom(values)).findings;
    } catch (e) {
      if (!(e instanceof boardkit.BoardkitError)) throw e;
      findings = [e]; // the input is not a record yet: show where
    }
    report(form, findings);
  };
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  watchNative(form, check);
  form.addEventListener('submit', (e) => e.preventDefault());
  check();
}
