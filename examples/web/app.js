// The page: loads the boardkit package and the example board document (Leicester
// Safeguarding Children Board, 2016/17), then mounts each form module. Each form module
// exports { id, title, mount(root, boardkit, { document, board, asOf }) }.
import * as boardkit from 'boardkit';
import * as meeting from './forms/meeting.js';
import * as action from './forms/action.js';
import * as risk from './forms/risk.js';
import * as funding from './forms/funding.js';

const FORMS = [action, risk, funding, meeting];
// The day the page judges "overdue" and "due for review" against: the example's minutes
// are of 8 December 2016 (nothing in boardkit reads the system clock).
const AS_OF = '2016-12-08';

document.getElementById('version').textContent = boardkit.version();
const response = await fetch(new URL('../data/leicester-lscb.json', import.meta.url));
const doc = boardkit.normaliseDocument(await response.json());
// The board is loaded once: each keystroke then checks one record against it, at a cost
// that does not grow with the board (the page keeps it for its whole life).
const board = new boardkit.Board(doc);
const root = document.getElementById('forms');
document.getElementById('loading').remove();
const nav = document.getElementById('form-list');
for (const form of FORMS) {
  form.mount(root, boardkit, { document: doc, board, asOf: AS_OF });
  const link = document.createElement('a');
  link.href = `#${form.id}-form`;
  link.textContent = form.title;
  const item = document.createElement('li');
  item.append(link);
  nav.append(item);
}
document.body.dataset.ready = 'true';
