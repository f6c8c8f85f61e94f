// The funding calculator: choose a formula, enter the total in pounds, and see each
// partner's contribution and their sum, which equals the total (budgetApportion shares
// by largest remainder, so the pence always add up). Amounts typed in pounds are read by
// budgetParseMoney and written back by budgetFormatMoney; any error is shown beside the
// field its path points at.
import { h, row, group, select, report, trailer, attempt, watchNative } from '../lib/form.js';

export const id = 'funding';
export const title = 'Funding calculator';

const KINDS = [
  ['equal', 'Equal split among the statutory partners'],
  ['percentages', 'Percentages'],
  ['weights', 'Weights'],
  ['composite', 'Fixed sums, remainder split equally'],
];
/** Smaller partners who pay an agreed fixed sum in the composite formula (2016/17 sums). */
const FIXED = [['o-cafcass', '£597'], ['o-nps', '£2,192'], ['o-crc', '£19,343']];
const PERCENT = ['50', '30', '20'];
const WEIGHTS = ['5', '3', '2'];

export function mount(root, boardkit, { document: doc }) {
  const orgName = (o) => doc.organisations.find((x) => x.id === o)?.name ?? o;
  const statutory = doc.organisations.filter((o) => o.statutory_partner).map((o) => o.id);
  const fixedPartners = FIXED.filter(([o]) => doc.organisations.some((x) => x.id === o));

  const kind = select(KINDS, 'equal');
  const total = h('input', { type: 'text', value: '£298,700', inputmode: 'decimal', autocomplete: 'off', size: 14 });
  const params = group(id, 'formula', 'Shares', '/formula');
  const results = h('table', { id: `${id}-results` },
    h('caption', {}, 'Contributions'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Partner'), h('th', { scope: 'col', class: 'num' }, 'Contribution'))),
    h('tbody'),
    h('tfoot', {},
      h('tr', {}, h('th', { scope: 'row' }, 'Sum of contributions'), h('td', { id: `${id}-sum`, class: 'num' })),
      h('tr', {}, h('th', { scope: 'row' }, 'Total to share'), h('td', { id: `${id}-total-out`, class: 'num' }))));

  const form = h('form', { id: `${id}-form`, noValidate: true, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    row(id, 'kind', 'Formula kind', '/formula/kind', kind),
    row(id, 'total', 'Total (£)', '/total', total),
    params,
    results,
    ...trailer());
  root.append(form);

  /** One input row per partner for the chosen formula. */
  const layout = () => {
    const controls = params.querySelector('.controls');
    controls.replaceChildren();
    const rows = {
      equal: () => [h('p', { class: 'hint' }, `Shared equally among the ${statutory.length} statutory partners.`)],
      percentages: () => statutory.map((o, i) =>
        row(id, `share-${i}`, `${orgName(o)} (%)`, `/formula/shares/${i}`,
          h('input', { type: 'text', inputmode: 'decimal', size: 6, value: PERCENT[i] ?? '0', dataset: { org: o } }))),
      weights: () => statutory.map((o, i) =>
        row(id, `weight-${i}`, `${orgName(o)} (weight)`, `/formula/weights/${i}`,
          h('input', { type: 'number', min: 1, step: 1, size: 6, value: WEIGHTS[i] ?? '1', dataset: { org: o } }))),
      composite: () => [
        ...fixedPartners.map(([o, amount], i) =>
          row(id, `fixed-${i}`, `${orgName(o)} (fixed £)`, `/formula/fixed/${i}`,
            h('input', { type: 'text', inputmode: 'decimal', size: 10, value: amount, dataset: { org: o } }))),
        h('p', { class: 'hint' }, `The remainder is shared equally among the ${statutory.length} statutory partners.`),
      ],
    };
    controls.append(...rows[kind.value]());
  };

  const inputs = () => [...params.querySelectorAll('input[data-org]')];
  /** Pence of a pounds text, errors placed at `path`. */
  const pence = (text, path) => {
    try {
      return boardkit.budgetParseMoney({ text }).pence;
    } catch (e) {
      if (e instanceof boardkit.BoardkitError) e.path = path;
      throw e;
    }
  };
  const formula = () => {
    switch (kind.value) {
      case 'percentages':
        return { kind: 'percentages', shares: inputs().map((el) => ({
          organisation: el.dataset.org, basis_points: basisPoints(el.value) })) };
      case 'weights':
        return { kind: 'weights', weights: inputs().map((el) => ({
          organisation: el.dataset.org, weight: wholeNumber(el.value) })) };
      case 'composite':
        return { kind: 'composite',
          fixed: inputs().map((el, i) => ({ organisation: el.dataset.org, amount: pence(el.value, `/formula/fixed/${i}/amount`) })),
          remainder: { kind: 'equal', partners: statutory } };
      default:
        return { kind: 'equal', partners: statutory };
    }
  };

  const show = (response) => {
    const tbody = results.tBodies[0];
    tbody.replaceChildren();
    const money = (p) => boardkit.budgetFormatMoney({ pence: p }).text;
    if (!response) {
      document.getElementById(`${id}-sum`).textContent = '–';
      document.getElementById(`${id}-total-out`).textContent = '–';
      results.dataset.state = 'none';
      return;
    }
    let sum = 0;
    for (const s of response.shares) {
      sum += s.amount;
      tbody.append(h('tr', {}, h('th', { scope: 'row' }, orgName(s.id)),
        h('td', { class: 'num amount', dataset: { pence: String(s.amount) } }, money(s.amount))));
    }
    const sumCell = document.getElementById(`${id}-sum`);
    sumCell.textContent = money(sum);
    sumCell.dataset.pence = String(sum);
    const totalCell = document.getElementById(`${id}-total-out`);
    totalCell.textContent = money(response.total);
    totalCell.dataset.pence = String(response.total);
    results.dataset.state = sum === response.total ? 'balanced' : 'unbalanced';
  };

  const check = () => {
    let response = null;
    const items = attempt(boardkit, () => {
      const t = pence(total.value, '/total');
      response = boardkit.budgetApportion({ formula: formula(), total: t });
      return [];
    });
    show(response);
    // The status line (the form's one live region) says the outcome; the table is not live.
    const sum = response ? `Contributions add up to ${boardkit.budgetFormatMoney({ pence: response.total }).text}` : undefined;
    report(form, items, sum);
  };
  kind.addEventListener('change', () => { layout(); check(); });
  form.addEventListener('input', (e) => { if (e.target !== kind) check(); });
  watchNative(form, check);
  form.addEventListener('submit', (e) => e.preventDefault());
  layout();
  check();
}

/** "33.33" (percent) as basis points; null (reported by boardkit at its path) when not a number. */
function basisPoints(text) {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** A whole number, or null (reported by boardkit at its path). */
function wholeNumber(text) {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) ? n : null;
}
