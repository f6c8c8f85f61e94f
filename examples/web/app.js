// The page: loads the boardkit package and mounts each form module.
// Forms to come (action, risk, funding) are modules of the same shape in forms/.
import * as boardkit from 'boardkit';
import * as meeting from './forms/meeting.js';

const FORMS = [meeting];

document.getElementById('version').textContent = boardkit.version();
const root = document.getElementById('forms');
document.getElementById('loading').remove();
for (const form of FORMS) form.mount(root, boardkit);
document.body.dataset.ready = 'true';
