// The board-papers wasm package (wasm/render/pkg, built by wasm/render/build.sh) in Node:
// the Leicester pack as HTML with its four charts, a CSV section, iCalendar and OParl,
// and errors thrown with code and path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const papers = require(resolve(ROOT, 'wasm/render/pkg/boardkit_wasm_render.js'));
const doc = JSON.parse(readFileSync(resolve(ROOT, 'examples/data/leicester-lscb.json'), 'utf8'));
const call = (fn, req) => JSON.parse(papers[fn](JSON.stringify(req)));

test('the Leicester pack renders as HTML with its four charts', () => {
  const r = call('renderPapers', { document: doc, what: 'pack', format: 'html', as_of: '2017-02-01' });
  assert.equal(r.format, 'html');
  assert.ok(r.text.startsWith('<!DOCTYPE html>'));
  assert.equal(r.text.match(/<svg/g).length, 4);
  for (const id of ['chart-risk-heatmap', 'chart-attendance-by-agency', 'chart-contributions', 'chart-indicator-trend']) {
    assert.ok(r.text.includes(`<title id="${id}-title">`), id);
  }
});

test('a section renders as CSV files with the byte-order mark', () => {
  const r = call('renderPapers', { document: doc, what: 'budget', format: 'csv', as_of: '2017-02-01' });
  const income = r.files.find((f) => f.name === 'budget-income.csv');
  assert.ok(income.text.startsWith('\uFEFFPartner,Formula,'));
  assert.match(income.text, /\r\nTotal,298700\.00,/);
});

test('iCalendar and OParl come out', () => {
  const cal = call('exportIcal', { document: doc, as_of: '2017-02-01' });
  assert.ok(cal.text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(cal.text.includes('UID:meeting-m-2016-12-08@boardkit.invalid'));
  const o = call('exportOparl', { document: doc, base: 'https://papers.example.org/oparl' });
  assert.equal(o.body[0].id, 'https://papers.example.org/oparl/body/b-lscb');
  assert.equal(o.meeting.length, doc.meetings.length);
});

test('mistakes are thrown with code and path', () => {
  const thrown = (fn, req) => { try { papers[fn](JSON.stringify(req)); } catch (e) { return e; } return null; };
  let e = thrown('renderPapers', { document: doc, what: 'minute', format: 'html', as_of: '2017-02-01' });
  assert.equal(e.name, 'BoardkitError');
  assert.equal(e.path, '/what');
  e = thrown('renderPapers', { document: doc, what: 'pack', format: 'pdf', as_of: '2017-02-01' });
  assert.equal(e.path, '/format');
  e = thrown('exportOparl', { document: doc, base: 'papers' });
  assert.equal(e.path, '/base');
  e = thrown('renderPapers', { document: doc, what: 'pack', format: 'html', as_of: '1 Feb' });
  assert.equal(e.path, '/as_of');
  e = thrown('renderPapers', { document: doc, what: 'pack', format: 'html', as_of: '2017-02-01', templates: { 'pack.html': '{% for %}' } });
  assert.equal(e.code, 'render.template');
});
