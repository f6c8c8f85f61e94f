// The page: loads the boardkit package and the example board document (Leicester
// Safeguarding Children Board, 2016/17), then mounts each form module. Each form module
// exports { id, title, mount(root, boardkit, { document }) }.
import * as boardkit from 'boardkit';
import * as meeting from './forms/meeting.js';
import * as action from './forms/action.js';
import * as risk from './forms/risk.js';
import * as funding from './forms/funding.js';

const FORMS = [action, risk, funding, meeting];

document.getElementById('version').textContent = boardkit.version();
const response = await fetch(new URL('../data/leicester-lscb.json', import.meta.url));
const doc = boardkit.normaliseDocument(await response.json());
const root = document.getElementById('forms');
document.getElementById('loading').remove();
const nav = document.getElementById('form-list');
for (const form of FORMS) {
  form.mount(root, boardkit, { document: doc });
  const link = document.createElement('a');
  link.href = `#${form.id}-form`;
  link.textContent = form.title;
  const item = document.createElement('li');
  item.append(link);
  nav.append(item);
}
document.body.dataset.ready = 'true';
