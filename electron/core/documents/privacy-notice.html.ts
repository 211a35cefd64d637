// The privacy notice as one standalone HTML page: a pure function from the view-model. Every text
// is escaped; the <main> element can also be pasted into a website on its own.
import type { DocBlock, DocModel, DocRun, PrivacyNoticeView } from './model';
import { escapeHtml } from './sanitize';

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Calibri,sans-serif;line-height:1.5;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{color:#1f4e79;margin-bottom:.25rem}h2{color:#1f4e79;margin-top:2rem}h3{margin-bottom:.25rem}
.subtitle{color:#595959;margin:0}.letterhead{display:flex;align-items:center;gap:1rem;border-bottom:2px solid #1f4e79;padding-bottom:.5rem;font-weight:bold;color:#1f4e79}
.letterhead img{max-height:40px;max-width:200px}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #a6a6a6;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#1f4e79;color:#fff}footer{margin-top:2rem;color:#7f7f7f;font-size:.85rem}`;

/** Text with newlines as <br>. */
const text = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');

/** E-mail addresses and web addresses ("www.imy.se", "https://…") in escaped text. */
const LINKABLE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/[^\s<]+|\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<]*/g;

/**
 * Text with e-mail addresses as mailto: links and web addresses as links. It works on the escaped
 * text, so a link cannot carry markup; a full stop or bracket after an address stays outside it.
 */
export function linked(value: string): string {
  return text(value).replace(LINKABLE, (match) => {
    const address = match.replace(/[.,;:!?)\]]+$/, '');
    const rest = match.slice(address.length);
    const href =
      address.includes('@') && !address.includes('/') ? `mailto:${address}` : address.startsWith('www.') ? `https://${address}` : address;
    return `<a href="${href}">${address}</a>${rest}`;
  });
}

const runs = (items: readonly DocRun[]) => items.map((r) => (r.bold ? `<strong>${linked(r.text)}</strong>` : linked(r.text))).join('');

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${text(b.text)}</h3>`;
    case 'paragraph':
      return `<p>${runs(b.runs)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((item) => `<li>${runs(item)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return (
        '<table>\n' +
        `<thead><tr>${b.header.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead>\n<tbody>\n` +
        b.rows.map((row) => `<tr>${row.map((c) => `<td>${linked(c)}</td>`).join('')}</tr>`).join('\n') +
        '\n</tbody>\n</table>'
      );
  }
}

/** The document's content (title, sections, version) without the page around it. */
export function documentBodyHtml(model: DocModel): string {
  const logo = model.logo ? `<img src="data:${model.logo.mime};base64,${Buffer.from(model.logo.data).toString('base64')}" alt="">` : '';
  return [
    `<main lang="${model.lang}">`,
    `<div class="letterhead">${logo}<span>${text(model.organisationName)}</span></div>`,
    `<h1>${text(model.title)}</h1>`,
    ...model.subtitle.map((line) => `<p class="subtitle">${text(line)}</p>`),
    ...model.sections.map((s) => `<section>\n<h2>${text(s.title)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`),
    `<footer>${text(model.footerText)}</footer>`,
    '</main>',
  ].join('\n');
}

export function documentToHtml(model: DocModel): string {
  return [
    '<!doctype html>',
    `<html lang="${model.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(`${model.title} – ${model.organisationName}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    documentBodyHtml(model),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const privacyNoticeHtml = (view: PrivacyNoticeView): string => documentToHtml(view);
