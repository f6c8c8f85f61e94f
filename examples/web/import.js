// The import page (boards import what they already keep): an officer pastes minutes or drops a file; the importer
// (the wasm package wasm/import, built for browsers into wasm/import/pkg-web) reads it into
// a draft, and the page shows the input line by line (or row by row) with each
// uncertainty beside the line or row it is about. Nothing is sent anywhere.
import init, { importFile, previewFile } from '../../wasm/import/pkg-web/boardkit_import_wasm.js';

const $ = (id) => document.getElementById(id);
const status = $('import-status');
let context = null;
let lastDraft = null;

function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/** The format a file name says, and the kind it must be when it is minutes. */
function formatOf(name) {
  const l = name.toLowerCase();
  if (l.endsWith('.docx')) return { format: 'docx', minutes: true };
  if (l.endsWith('.txt')) return { format: 'text', minutes: true };
  if (l.endsWith('.xlsx') || l.endsWith('.xlsm')) return { format: 'xlsx', minutes: false };
  if (l.endsWith('.ods')) return { format: 'ods', minutes: false };
  return { format: 'csv', minutes: false };
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function uncertaintyNode(u) {
  return el('p', { class: 'uncertainty', 'data-code': u.code }, el('code', {}, u.code), ' ', u.message);
}

function count(doc, uncertainties) {
  const meetings = doc.meetings ?? [];
  const n = (f) => meetings.reduce((s, m) => s + f(m), 0);
  const parts = [
    [n((m) => (m.attendance ?? []).length), 'attendance entries'],
    [n((m) => (m.agenda ?? []).reduce((s, i) => s + (i.decisions ?? []).length, 0)), 'decisions'],
    [(doc.actions ?? []).length, 'actions'],
    [(doc.risk_register?.risks ?? []).length, 'risks'],
    [uncertainties.filter((u) => u.code === 'import.person_new').length, 'new people proposed'],
  ];
  return parts.filter(([k]) => k > 0).map(([k, w]) => `${k} ${w}`).join(', ') || 'no records';
}

/** Show the draft: a summary, then every line or row with its uncertainties beside it. */
function review(bytes, options, draft) {
  const preview = JSON.parse(previewFile(bytes, JSON.stringify(options)));
  const rows = preview.lines
    ? preview.lines.map((t) => t)
    : preview.rows.map((cells) => cells.join(' | '));
  const byLine = new Map();
  const whole = [];
  for (const u of draft.uncertainties) {
    const n = u.at.line ?? u.at.row;
    if (n == null || n > rows.length) whole.push(u);
    else byLine.set(n, [...(byLine.get(n) ?? []), u]);
  }
  $('summary').textContent = `Read: ${count(draft.document, draft.uncertainties)}. ${draft.uncertainties.length} `
    + `uncertainties to check${whole.length ? `, ${whole.length} about the whole input` : ''}.`;
  $('whole').replaceChildren(...whole.map(uncertaintyNode));
  const body = $('lines').tBodies[0];
  const trs = rows.map((text, i) => {
    const us = byLine.get(i + 1) ?? [];
    const tr = el('tr', { 'data-line': String(i + 1) },
      el('td', { class: 'no' }, String(i + 1)),
      el('td', { class: 'text' }, text),
      el('td', { class: 'check' }, ...us.map(uncertaintyNode)));
    if (us.length) tr.classList.add('has-uncertainty');
    return tr;
  });
  body.replaceChildren(...trs);
  $('draft-json').textContent = JSON.stringify(draft, null, 2);
  $('review').hidden = false;
}

function run(bytes, options) {
  try {
    const draft = JSON.parse(importFile(bytes, JSON.stringify(options)));
    lastDraft = draft;
    review(bytes, options, draft);
    say(`Imported: ${count(draft.document, draft.uncertainties)}; ${draft.uncertainties.length} uncertainties to check.`);
    document.body.dataset.imported = String(Number(document.body.dataset.imported ?? 0) + 1);
  } catch (e) {
    $('review').hidden = true;
    say(`Could not import: ${e.message ?? e}`, true);
    document.body.dataset.failed = String(Number(document.body.dataset.failed ?? 0) + 1);
  }
}

async function importFileObject(file) {
  const { format, minutes } = formatOf(file.name);
  let kind = $('kind').value;
  if (minutes) kind = 'minutes';
  else if (kind === 'minutes') kind = 'actions';
  $('kind').value = kind;
  const bytes = new Uint8Array(await file.arrayBuffer());
  run(bytes, { kind, format, context });
}

await init();
context = await (await fetch(new URL('../data/leicester-lscb.json', import.meta.url))).json();

$('import-pasted').addEventListener('click', () => {
  const text = $('pasted').value;
  if (!text.trim()) { say('Paste some minutes first.', true); return; }
  $('kind').value = 'minutes';
  run(new TextEncoder().encode(text), { kind: 'minutes', format: 'text', context });
});
$('file').addEventListener('change', (e) => {
  const f = e.target.files?.[0];
  if (f) importFileObject(f);
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const f = e.dataTransfer?.files?.[0];
  if (f) importFileObject(f);
});
$('download-draft').addEventListener('click', () => {
  if (!lastDraft) return;
  const a = el('a', {
    href: URL.createObjectURL(new Blob([JSON.stringify(lastDraft, null, 2)], { type: 'application/json' })),
    download: 'draft.json',
  });
  a.click();
});
say('Ready: paste minutes or choose a file.');
document.body.dataset.ready = 'true';
