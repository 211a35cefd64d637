// The public sub-processor list as one standalone HTML page (for the firm's website): a pure
// function from the view-model, every text escaped, its own inline CSS. The <main> element can
// also be pasted into a website on its own.
import type { SubprocessorListView } from '../subprocessor-list/subprocessor-list.view';
import { subprocessorListWords } from '../subprocessor-list/subprocessor-list.words';
import { listTable, plannedTable, type CellText, type ListTable } from './subprocessor-list.table';
import { escapeHtml } from './sanitize';

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Calibri,sans-serif;line-height:1.5;color:#1a1a1a;max-width:80rem;margin:2rem auto;padding:0 1rem}
h1{color:#1f4e79;margin-bottom:.25rem}h2{color:#1f4e79;margin-top:2rem}
.subtitle{color:#595959;margin:0}.letterhead{display:flex;align-items:center;gap:1rem;border-bottom:2px solid #1f4e79;padding-bottom:.5rem;font-weight:bold;color:#1f4e79}
.letterhead img{max-height:40px;max-width:200px}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #a6a6a6;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#1f4e79;color:#fff}.detail{display:block;color:#595959;font-size:.8rem}
footer{margin-top:2rem;color:#7f7f7f;font-size:.85rem}`;

/** Text with newlines as <br>. */
const text = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');

function table(t: ListTable, label: string): string {
  const cell = (c: CellText) => {
    const main = c.bold ? `<strong>${text(c.text)}</strong>` : text(c.text);
    return `<td>${main}${c.detail ? `<span class="detail">${text(c.detail)}</span>` : ''}</td>`;
  };
  return [
    `<div class="table"><table aria-label="${text(label)}">`,
    `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`,
    `<thead><tr>${t.header.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...t.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`),
    '</tbody>',
    '</table></div>',
  ].join('\n');
}

/** The list's content (letterhead, title, tables, footer) without the page around it. */
export function subprocessorListBodyHtml(view: SubprocessorListView): string {
  const words = subprocessorListWords[view.lang];
  const logo = view.logo ? `<img src="data:${view.logo.mime};base64,${Buffer.from(view.logo.data).toString('base64')}" alt="">` : '';
  const planned = plannedTable(view);
  return [
    `<main lang="${view.lang}">`,
    `<div class="letterhead">${logo}<span>${text(view.organisationName)}</span></div>`,
    `<h1>${text(view.title)}</h1>`,
    ...view.subtitle.map((line) => `<p class="subtitle">${text(line)}</p>`),
    `<p>${text(view.intro)}</p>`,
    view.rows.length ? table(listTable(view), view.title) : `<p>${text(view.emptyText)}</p>`,
    ...(planned
      ? [
          '<section>',
          `<h2>${text(words.plannedTitle)}</h2>`,
          `<p>${text(words.plannedIntro)}</p>`,
          table(planned, words.plannedTitle),
          '</section>',
        ]
      : []),
    `<footer>${text(view.footerText)}</footer>`,
    '</main>',
  ].join('\n');
}

export function subprocessorListHtml(view: SubprocessorListView): string {
  return [
    '<!doctype html>',
    `<html lang="${view.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(`${view.title} – ${view.organisationName}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    subprocessorListBodyHtml(view),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
