// The board papers page (board papers out of the records): "Download the board pack" (HTML or Markdown) and one
// button per CSV table, made in the browser by the board-papers wasm package
// (wasm/render, built for browsers into wasm/render/pkg-web by wasm/render/build.sh).
import init, { renderPapers } from '../../wasm/render/pkg-web/boardkit_wasm_render.js';

const $ = (id) => document.getElementById(id);
const status = $('papers-status');

function download(name, text, type) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

await init();
const doc = await (await fetch(new URL('../data/leicester-lscb.json', import.meta.url))).json();
for (const m of doc.meetings) delete m.confidential;

function render(what, format) {
  return JSON.parse(renderPapers(JSON.stringify({ document: doc, what, format, as_of: $('as-of').value })));
}

function guarded(f) {
  return () => {
    try {
      f();
      status.classList.remove('error');
    } catch (e) {
      status.textContent = `Could not make the papers: ${e.message ?? e}`;
      status.classList.add('error');
    }
  };
}

function listCsv() {
  const files = render('pack', 'csv').files;
  $('csv-list').replaceChildren(...files.map((f) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = f.name;
    b.dataset.file = f.name;
    // Made again on click, so the file follows the date chosen.
    b.addEventListener('click', guarded(() => {
      const now = render('pack', 'csv').files.find((x) => x.name === f.name);
      download(f.name, now.text, 'text/csv;charset=utf-8');
    }));
    const li = document.createElement('li');
    li.append(b);
    return li;
  }));
  status.textContent = `${files.length} tables ready to download.`;
}

$('download-pack').addEventListener('click', guarded(() => {
  download(`board-pack-${$('as-of').value}.html`, render('pack', 'html').text, 'text/html;charset=utf-8');
}));
$('download-pack-md').addEventListener('click', guarded(() => {
  download(`board-pack-${$('as-of').value}.md`, render('pack', 'md').text, 'text/markdown;charset=utf-8');
}));
$('as-of').addEventListener('change', guarded(listCsv));
guarded(listCsv)();
document.body.dataset.ready = 'true';
