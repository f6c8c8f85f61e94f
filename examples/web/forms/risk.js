// Add a risk to the board's register: likelihood and impact chosen on the register's
// matrix, the score and rating updated as they are chosen (riskRate), and the risk
// checked live against the loaded board (board.validateRecord) in the context of the
// board document and its register, as of the page's date; each finding's path is relative to the risk
// (`/owner`, `/controls`) and the message is shown beside that field.
import { h, row, group, labelled, select, report, trailer, attempt, personName, watchNative } from '../lib/form.js';

export const id = 'risk';
export const title = 'Add a risk';

/** The risk the form's values stand for (empty values left out). */
export function riskFrom(v) {
  const risk = {
    id: 'r-form',
    title: v.title,
    raised: { date: v.raised },
    status: 'open',
    current: { likelihood: Number(v.likelihood), impact: Number(v.impact) },
  };
  if (v.owner) risk.owner = v.owner;
  const controls = v.controls.split('\n').map((c) => c.trim()).filter(Boolean);
  if (controls.length) risk.controls = controls;
  if (v.next_review) risk.next_review = v.next_review;
  return risk;
}

export function mount(root, boardkit, { document: doc, board, asOf }) {
  const register = doc.risk_register;
  const { matrix } = register;
  const body = doc.bodies.find((b) => b.id === register.body);
  const levels = (labels) => labels.map((l, i) => [String(i + 1), `${i + 1}: ${l}`]);

  const titleInput = h('input', { type: 'text', size: 40, value: 'Capacity of partner agencies to attend' });
  const raised = h('input', { type: 'date', value: '2016-12-08' });
  const owner = select([['', 'No owner yet'],
    ...body.members.map((m) => [m.person, personName(doc, m.person)]).sort((a, b) => a[1].localeCompare(b[1]))], '');
  const likelihood = select(levels(matrix.likelihood), '3');
  const impact = select(levels(matrix.impact), '3');
  // Not live regions themselves (the form's status line says the score and rating).
  const score = h('output', { id: `${id}-score`, for: `${id}-likelihood ${id}-impact`, 'aria-live': 'off' });
  const rating = h('output', { id: `${id}-rating`, for: `${id}-likelihood ${id}-impact`, 'aria-live': 'off' });
  const controls = h('textarea', { rows: 2, placeholder: 'One control per line' });
  const nextReview = h('input', { type: 'date', value: '2017-03-23' });

  const form = h('form', { id: `${id}-form`, noValidate: true, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    row(id, 'title', 'Risk', '/title', titleInput),
    row(id, 'raised', 'Raised on', '/raised', raised),
    row(id, 'owner', 'Owner', '/owner', owner),
    group(id, 'current', 'Current assessment', '/current',
      labelled(`${id}-likelihood`, 'Likelihood', likelihood),
      labelled(`${id}-impact`, 'Impact', impact),
      h('span', { class: 'score' },
        h('span', { class: 'labelled' }, h('span', { id: `${id}-score-label` }, 'Score'), score),
        h('span', { class: 'labelled' }, h('span', { id: `${id}-rating-label` }, 'Rating'), rating))),
    row(id, 'controls', 'Controls', '/controls', controls),
    row(id, 'next_review', 'Next review', '/next_review', nextReview),
    ...trailer());
  score.setAttribute('aria-labelledby', `${id}-score-label`);
  rating.setAttribute('aria-labelledby', `${id}-rating-label`);
  root.append(form);

  const check = () => {
    const v = {
      title: titleInput.value, raised: raised.value, owner: owner.value,
      likelihood: likelihood.value, impact: impact.value,
      controls: controls.value, next_review: nextReview.value,
    };
    let summary;
    const items = attempt(boardkit, () => {
      // Score and rating of the pair chosen, on the register's own matrix.
      const placed = boardkit.riskRate({ matrix, likelihood: Number(v.likelihood), impact: Number(v.impact) });
      score.value = String(placed.score);
      rating.value = `${placed.label ?? placed.rating} (${placed.rating})`;
      rating.dataset.rating = placed.rating;
      rating.dataset.topBand = String(placed.top_band);
      summary = `Score ${placed.score}, ${rating.value}`;
      return board.validateRecord({
        kind: 'risk', record: riskFrom(v), as_of: asOf,
      }).findings;
    }, '/record');
    report(form, items, summary);
  };
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  watchNative(form, check);
  form.addEventListener('submit', (e) => e.preventDefault());
  check();
}
