import { validateDocument, budgetApportion } from 'boardkit';
import { report } from './page.js';

document.title = report(validateDocument, budgetApportion);
