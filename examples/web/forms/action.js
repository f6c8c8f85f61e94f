// Record an action for a meeting: the minute reference, what is to be done, owners
// chosen from the board's members, and a due that may be a date, a month or a meeting.
// Checked live against the loaded board (board.validateRecord): the form's action in
// the context of the whole board document, as of the page's date. Every finding about the action comes back with
// a path relative to it (`/due`, `/owners`) and is shown beside that field.
import { h, row, group, labelled, select, report, trailer, attempt, personName, meetingOptions, watchNative } from '../lib/form.js';

export const id = 'action';
export const title = 'Record an action';

const BODY = 'b-lscb';

/** The action the form's values stand for (empty values left out). */
export function actionFrom(v) {
  const action = {
    id: 'a-form',
    ref: v.ref,
    description: v.description,
    raised_at: v.meeting,
    owners: v.owners.map((person) => ({ person })),
  };
  const value = { date: v.due_date, month: v.due_month, meeting: v.due_meeting }[v.due_kind];
  if (v.due_kind === 'next_meeting') action.due = 'next_meeting';
  else if (v.due_kind === 'meeting' && value) action.due = { meeting: value };
  else if (value) action.due = value;
  return action;
}

export function mount(root, boardkit, { document: doc, board, asOf }) {
  const body = doc.bodies.find((b) => b.id === BODY);
  const meetings = meetingOptions(doc, BODY);
  const members = body.members
    .map((m) => [m.person, personName(doc, m.person)])
    .sort((a, b) => a[1].localeCompare(b[1]));

  const meeting = select(meetings, 'm-2016-12-08');
  const ref = h('input', { type: 'text', value: '9.2', size: 8, autocomplete: 'off' });
  const description = h('textarea', { rows: 3 });
  description.value = 'Provide an update on the inspection at the next Board meeting.';
  const owners = select(members);
  owners.multiple = true;
  owners.size = 6;
  owners.setAttribute('aria-describedby', `${id}-owners-hint`);
  const kind = select([
    ['', 'No due date'], ['date', 'A date'], ['month', 'A month'],
    ['meeting', 'A meeting'], ['next_meeting', 'The next meeting'],
  ], 'date');
  const dueDate = h('input', { type: 'date', value: '2017-01-30' });
  const dueMonth = h('input', { type: 'month', value: '2017-01', placeholder: 'yyyy-mm' });
  const dueMeeting = select(meetings, 'm-2017-02-09');
  const values = {
    due_date: labelled(`${id}-due_date`, 'Due date', dueDate),
    due_month: labelled(`${id}-due_month`, 'Due month', dueMonth),
    due_meeting: labelled(`${id}-due_meeting`, 'Due meeting', dueMeeting),
  };

  const form = h('form', { id: `${id}-form`, noValidate: true, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    row(id, 'meeting', 'Raised at meeting', '/raised_at', meeting),
    row(id, 'ref', 'Minute reference', '/ref', ref),
    row(id, 'description', 'Action', '/description', description),
    row(id, 'owners', 'Owners', '/owners', owners),
    h('p', { class: 'hint', id: `${id}-owners-hint` },
      'Members of the board. To choose more than one with a mouse, hold Ctrl (Cmd on a Mac) and click each name. '
      + 'With the keyboard: the arrow keys choose one name; hold Ctrl and use the arrow keys to move without '
      + 'changing the choice, then press Ctrl and Space to add or remove the name you are on; Shift and the '
      + 'arrow keys choose a run of names.'),
    group(id, 'due', 'Due', '/due',
      labelled(`${id}-due_kind`, 'Kind', kind), values.due_date, values.due_month, values.due_meeting),
    ...trailer());
  root.append(form);
  // Owner p-vp (as minuted) chosen to start with.
  for (const o of owners.options) o.selected = o.value === 'p-vp';

  const check = () => {
    for (const [k, el] of Object.entries(values)) el.hidden = k !== `due_${kind.value}`;
    const v = {
      meeting: meeting.value, ref: ref.value, description: description.value,
      owners: [...owners.selectedOptions].map((o) => o.value),
      due_kind: kind.value, due_date: dueDate.value, due_month: dueMonth.value, due_meeting: dueMeeting.value,
    };
    const items = attempt(boardkit, () => board.validateRecord({
      kind: 'action', record: actionFrom(v), as_of: asOf,
    }).findings, '/record');
    report(form, items);
  };
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  watchNative(form, check);
  form.addEventListener('submit', (e) => e.preventDefault());
  check();
}

