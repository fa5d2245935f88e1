// A compare() result as a self-contained HTML page: the articles side by side with their
// highlights, inline CSS, no script, nothing loaded from the network.  Every piece of article
// text is escaped: the report never carries the articles' markup.
import { pieces } from './pieces.js';

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const CSS = `
body{margin:0;font:15px/1.55 system-ui,sans-serif;color:#1d1d1b;background:#fafaf7}
header{padding:12px 20px;border-bottom:1px solid #d9d7cf}h1{margin:0;font-size:20px}
.meta{color:#6b6b66;font-size:13px;margin:2px 0 0}
.legend span{display:inline-block;margin:6px 8px 0 0;padding:1px 6px;border:1px solid #d9d7cf;border-radius:3px;font-size:13px}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(260px,1fr);gap:14px;padding:14px 20px;overflow-x:auto}
.column{background:#fff;border:1px solid #d9d7cf;border-radius:6px;padding:10px 12px;min-width:0}
.column h2{margin:0 0 8px;font-size:16px}.column p{margin:0 0 8px}
.s{border-radius:3px}.agree{background:rgba(32,110,200,calc(.12 + .33*var(--support,.5)))}
.detail{background:#fff3c4}.repeat{color:#6b6b66;text-decoration:line-through 1px}
.boilerplate{color:#9a9a94;font-style:italic;font-size:.92em}
.sp-detail{background:#fff3c4;border-bottom:2px dotted #b08800}
.sp-verbatim{text-decoration:underline 2px #7b3fa0;text-underline-offset:3px}
.sp-conflict{text-decoration:underline wavy 2px #c01c28;font-weight:600}
@media (max-width:900px){.columns{grid-auto-flow:row;grid-auto-columns:auto}}`;

function column(article, result, outlets) {
  const text = article.text;
  let html = '';
  let pos = 0;
  const plain = (to) => {
    // text outside sentences: line breaks are paragraph breaks
    html += escape(text.slice(pos, to)).replace(/\r\n|[\n\r\u2028\u2029]/g, '</p><p>');
    pos = to;
  };
  for (const p of pieces(result)) {
    plain(p.start);
    const s = p.sentence;
    const classes = ['s', s.kind, ...p.spans.map((sp) => `sp-${sp.kind}`)];
    const style = s.kind === 'agree' ? ` style="--support:${((s.support - 1) / Math.max(1, outlets - 1)).toFixed(2)}"` : '';
    const title = s.kind === 'agree' ? `${s.support} of ${outlets} outlets` : s.kind;
    html += `<span class="${classes.join(' ')}"${style} title="${escape(title)}">${escape(text.slice(p.start, p.end))}</span>`;
    pos = p.end;
  }
  plain(text.length);
  return `<section class="column"><h2>${escape(article.label ?? article.id)}</h2><p>${html}</p></section>`;
}

/** The report page for `articles` (as given to compare()) and their `result`. */
export function renderHtml(articles, result, { title = 'corroborate report' } = {}) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const st = result.stats;
  const legend = ['agree', 'detail', 'repeat', 'boilerplate']
    .map((k) => `<span class="${k}">${k} ${st[k]}</span>`).join('') +
    `<span class="sp-verbatim">verbatim ${st.verbatim}</span><span class="sp-conflict">conflict ${st.conflicts}</span>`;
  const columns = result.articles.map((r) => column(byId.get(r.id), r, result.articles.length)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title><style>${CSS}</style></head>
<body><header><h1>${escape(title)}</h1>
<p class="meta">${articles.length} articles · ${st.sentences} sentences · ${st.sharedClaims} claims made by two outlets or more</p>
<p class="legend">${legend}</p></header>
<main class="columns">
${columns}
</main></body></html>
`;
}
