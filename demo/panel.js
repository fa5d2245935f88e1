// The claim panel: for the sentence or claim in focus, which outlets make the claim, which do not,
// each outlet's version with the words only it has, and values that conflict, side by side.
// With nothing in focus: how to read the page and how widely the story's claims are shared.
import { pieces } from '../js/pieces.js';
import { el, srOnly } from './dom.js';
import { KINDS, labelOf, describeKind, sentenceText } from './render.js';

/**
 * Fills `container` for `selection`: null, { claim } or { claim, article, sentence } (claim may be
 * undefined for boilerplate and repeats).  `ctx`: { articles, result, index, claims }.
 */
export function renderPanel(container, ctx, selection) {
  if (!selection) container.replaceChildren(...overview(ctx));
  else if (selection.claim === undefined) container.replaceChildren(...unclaimed(ctx, selection));
  else container.replaceChildren(...claimView(ctx, ctx.claims.get(selection.claim), selection));
  container.dataset.claim = selection?.claim ?? '';
}

function overview(ctx) {
  const { result, articles } = ctx;
  const n = articles.length;
  const bySupport = new Map();
  for (const c of result.claims) bySupport.set(c.support, (bySupport.get(c.support) ?? 0) + 1);
  const most = Math.max(1, ...bySupport.values());
  const rows = [];
  for (let s = n; s >= 1; s--) {
    const count = bySupport.get(s) ?? 0;
    const row = el('li');
    const bar = el('span', 'bar');
    bar.style.width = `${(100 * count) / most}%`;
    if (s > 1) bar.style.setProperty('--support', String((s - 1) / Math.max(1, n - 1)));
    else bar.classList.add('bar-single');
    row.append(el('span', 'bar-label', s === 1 ? 'only 1 outlet' : `${s} of ${n} outlets`), el('span', 'bar-track'), el('span', 'bar-count', String(count)));
    row.children[1].append(bar);
    rows.push(row);
  }
  const list = el('ul', 'support-bars');
  list.setAttribute('aria-label', 'Claims by number of outlets making them');
  list.append(...rows);
  const key = el('ul', 'keylist');
  for (const k of KINDS) {
    const li = el('li', `key-${k.kind}`);
    const swatch = el('span', 'swatch');
    swatch.setAttribute('aria-hidden', 'true');
    if (k.kind === 'agree') {
      swatch.classList.add('scale');
      for (let s = 2; s <= n; s++) {
        const step = el('span');
        step.style.setProperty('--support', String((s - 1) / Math.max(1, n - 1)));
        swatch.append(step);
      }
    }
    li.append(swatch, el('strong', '', k.label), ` ${k.kind === 'agree' ? `${k.hint}, darker = more (2/${n} … ${n}/${n})` : k.hint}`);
    key.append(li);
  }
  return [
    el('h2', '', 'How to read this'),
    el('p', 'lead', 'Hover, click or Tab to a sentence: the same claim lights up in every column, and this panel shows which outlets make it, which do not, and how their versions differ. Esc clears.'),
    el('h3', '', 'What the marks mean (the legend above turns each on or off)'),
    key,
    el('h3', '', `${result.claims.length} claims, by how many outlets make them`),
    list,
  ];
}

function unclaimed(ctx, { article, sentence }) {
  const i = ctx.index.get(article);
  const s = ctx.result.articles[i].sentences[sentence];
  const a = ctx.articles[i];
  const quote = el('blockquote', 'quote', sentenceText(a, s));
  return [
    el('h2', '', `${labelOf(a)}: ${s.kind}`),
    el('p', 'lead', describeKind(s, ctx.articles.length)),
    quote,
  ];
}

function claimView(ctx, claim, origin) {
  const { articles } = ctx;
  const n = articles.length;
  const members = new Map(claim.members.map((m) => [m.article, m]));
  const makers = articles.filter((a) => members.has(a.id));
  const others = articles.filter((a) => !members.has(a.id));

  const title = el('h2');
  const dots = el('span', 'dots');
  dots.setAttribute('aria-hidden', 'true');
  dots.textContent = '●'.repeat(claim.support) + '○'.repeat(Math.max(0, n - claim.support));
  title.append(`Claim ${claim.id + 1} `, el('span', 'support', claim.support === 1 ? `only ${labelOf(makers[0])}` : `${claim.support} of ${n} outlets`), ' ', dots);

  const made = el('p', 'who who-yes');
  made.append(el('span', 'who-label', 'Made by'), ...makers.map((a) => chip(a, true)));
  const missing = el('p', 'who who-no');
  if (others.length) missing.append(el('span', 'who-label', 'Not in'), ...others.map((a) => chip(a, false)));
  else missing.append(el('span', 'who-label', 'Not in'), el('span', 'none', 'every outlet makes it'));

  const out = [title, made, missing];
  if (claim.conflicts?.length) out.push(conflicts(ctx, claim));

  const versions = el('ol', 'versions');
  versions.setAttribute('aria-label', 'Each outlet\'s version (words the others lack are emphasised)');
  for (const a of makers) {
    const m = members.get(a.id);
    const item = el('li', 'version');
    if (origin.article === a.id) item.classList.add('origin');
    const go = el('button', 'goto', labelOf(a));
    go.type = 'button';
    go.dataset.article = a.id;
    go.dataset.sentence = String(m.sentence);
    go.title = `Show this sentence in ${labelOf(a)}`;
    item.append(go, versionText(ctx, a, m, claim));
    versions.append(item);
  }
  out.push(versions);

  // the sentence in focus may state further claims
  if (origin.article !== undefined) {
    const s = ctx.result.articles[ctx.index.get(origin.article)].sentences[origin.sentence];
    const more = s.claims.filter((c) => c !== claim.id);
    if (more.length) {
      const also = el('p', 'also', 'This sentence also states ');
      more.forEach((id, k) => {
        const b = el('button', 'link', `claim ${id + 1} (${ctx.claims.get(id).support}/${n})`);
        b.type = 'button';
        b.dataset.claim = String(id);
        also.append(k ? ', ' : '', b);
      });
      out.push(also);
    }
  }
  return out;
}

function chip(article, yes) {
  const c = el('span', `chip ${yes ? 'yes' : 'no'}`);
  c.append(el('span', 'mark', yes ? '✓' : '✗'), ' ', labelOf(article));
  c.firstChild.setAttribute('aria-hidden', 'true');
  return c;
}

// A member's sentence, with the words its counterparts lack and conflicting values marked.
function versionText(ctx, article, member, claim) {
  const ar = ctx.result.articles[ctx.index.get(article.id)];
  const sentence = ar.sentences[member.sentence];
  const spans = ar.spans.filter((sp) => (sp.kind === 'detail' || sp.kind === 'conflict') && sp.claim === claim.id);
  const quote = el('p', 'quote');
  for (const p of pieces({ sentences: [sentence], spans })) {
    const text = article.text.slice(p.start, p.end);
    if (!p.spans.length) {
      quote.append(text);
      continue;
    }
    const conflict = p.spans.some((sp) => sp.kind === 'conflict');
    const m = el(conflict ? 'strong' : 'em', conflict ? 'w-conflict' : 'w-added', text);
    m.prepend(srOnly(conflict ? '[differs: ' : '[only here: '));
    m.append(srOnly(']'));
    quote.append(m);
  }
  return quote;
}

// Conflicting values, side by side: what each outlet gives.
function conflicts(ctx, claim) {
  const box = el('div', 'conflicts');
  box.append(el('h3', '', 'Values that differ'));
  const row = el('div', 'conflict-row');
  const byArticle = new Map();
  for (const c of claim.conflicts) {
    if (!byArticle.has(c.article)) byArticle.set(c.article, []);
    byArticle.get(c.article).push(c.value);
  }
  for (const [id, values] of byArticle) {
    const cell = el('div', 'conflict-cell');
    cell.append(el('span', 'outlet', labelOf(ctx.articles[ctx.index.get(id)])), el('strong', 'value', values.join(', ')));
    row.append(cell);
  }
  box.append(row);
  return box;
}
