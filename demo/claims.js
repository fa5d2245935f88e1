// The claims view: every claim as a row and the outlets as columns (a coverage matrix), sortable by
// support, and per outlet the claims only it makes.  `onPick(claimId)` runs when a row is chosen.
import { el, srOnly } from './dom.js';
import { labelOf, sentenceText } from './render.js';

/**
 * The version that best stands for a claim: the member sentence that makes the fewest claims (a
 * lead sentence packs several, and would label each of them alike: the raid and the summons both
 * as "French police have raided X's offices in Paris and summoned its chairman…"), then the
 * closest to the other versions (highest similarity), then the shortest.
 */
export function claimText(ctx, claim) {
  let best = null;
  for (const m of claim.members) {
    const i = ctx.index.get(m.article);
    const s = ctx.result.articles[i].sentences[m.sentence];
    const c = { claims: s.claims?.length ?? 1, similarity: m.similarity, length: s.end - s.start, text: () => sentenceText(ctx.articles[i], s) };
    if (!best || c.claims < best.claims || (c.claims === best.claims && (c.similarity > best.similarity ||
        (c.similarity === best.similarity && c.length < best.length)))) best = c;
  }
  return best.text();
}

/** The coverage matrix in `container`; returns { select(claimId) } to mark the current row. */
export function renderClaimsTable(container, ctx, onPick) {
  const { articles, result } = ctx;
  const n = articles.length;
  let sort = { key: 'id', dir: 1 };

  const table = el('table', 'matrix');
  table.style.minWidth = `${126 + 66 * n + 220}px`;  // many outlets: the table scrolls sideways
  const caption = el('caption', 'sr-only', 'Claims and the outlets that make them. Choose a claim to show its sentences in the columns.');
  const head = el('tr');
  const sortButton = (key, label, th) => {
    const b = el('button', 'sort', label);
    b.type = 'button';
    b.dataset.sort = key;
    b.addEventListener('click', () => {
      sort = key === 'support' && sort.key === 'support' ? { key, dir: -sort.dir } : { key, dir: key === 'support' ? -1 : 1 };
      draw();
    });
    th.append(b);
    return th;
  };
  const thId = sortButton('id', '#', el('th', 'col-id'));
  const thSupport = sortButton('support', 'Support', el('th', 'col-support'));
  thId.scope = thSupport.scope = 'col';
  head.append(thId, thSupport);
  for (const a of articles) {
    const th = el('th', 'col-outlet', labelOf(a));
    th.scope = 'col';
    th.title = labelOf(a);
    head.append(th);
  }
  const thText = el('th', 'col-text', 'Claim (one version)');
  thText.scope = 'col';
  head.append(thText);
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  table.append(caption, thead, tbody);

  const rows = result.claims.map((claim) => {
    const tr = el('tr');
    tr.dataset.claim = String(claim.id);
    tr.dataset.support = String(claim.support);
    const members = new Set(claim.members.map((m) => m.article));
    const support = el('td', 'col-support');
    const meter = el('span', 'meter');
    meter.setAttribute('aria-hidden', 'true');
    const fill = el('span');
    fill.style.width = `${(100 * claim.support) / n}%`;
    meter.append(fill);
    support.append(el('span', 'num', `${claim.support}/${n}`), meter);
    tr.append(el('td', 'col-id', String(claim.id + 1)), support);
    for (const a of articles) {
      const yes = members.has(a.id);
      const td = el('td', `col-outlet ${yes ? 'yes' : 'no'}`);
      const mark = el('span', '', yes ? '✓' : '·');
      mark.setAttribute('aria-hidden', 'true');
      td.append(mark, srOnly(yes ? `made by ${labelOf(a)}` : `not in ${labelOf(a)}`));
      td.title = `${labelOf(a)}: ${yes ? 'makes this claim' : 'does not'}`;
      tr.append(td);
    }
    const text = el('td', 'col-text');
    const go = el('button', 'go', claimText(ctx, claim));
    go.type = 'button';
    go.title = go.textContent;
    text.append(go);
    tr.append(text);
    tr.addEventListener('click', () => onPick(claim.id));
    return tr;
  });

  function draw() {
    const ordered = [...rows].sort((x, y) => {
      const a = Number(x.dataset[sort.key === 'id' ? 'claim' : 'support']);
      const b = Number(y.dataset[sort.key === 'id' ? 'claim' : 'support']);
      return (a - b) * sort.dir || Number(x.dataset.claim) - Number(y.dataset.claim);
    });
    tbody.replaceChildren(...ordered);
    thId.setAttribute('aria-sort', sort.key === 'id' ? 'ascending' : 'none');
    thSupport.setAttribute('aria-sort', sort.key === 'support' ? (sort.dir < 0 ? 'descending' : 'ascending') : 'none');
    thSupport.querySelector('button').textContent = `Support ${sort.key === 'support' ? (sort.dir < 0 ? '▼' : '▲') : '⇅'}`;
  }
  draw();
  container.replaceChildren(table);

  return {
    select(claimId) {
      for (const tr of rows) tr.classList.toggle('selected', tr.dataset.claim === String(claimId));
    },
  };
}

/** Per outlet, the claims only it makes (support 1). */
export function renderOnlyIn(container, ctx, onPick) {
  const sections = ctx.articles.map((a) => {
    const own = ctx.result.claims.filter((c) => c.support === 1 && c.members[0].article === a.id);
    const section = el('section', 'only');
    section.dataset.article = a.id;
    section.append(el('h3', '', `Only in ${labelOf(a)} (${own.length})`));
    if (!own.length) {
      section.append(el('p', 'none', 'Nothing: another outlet makes every claim it makes.'));
      return section;
    }
    const list = el('ol');
    for (const claim of own) {
      const li = el('li');
      const go = el('button', 'go', claimText(ctx, claim));
      go.type = 'button';
      go.dataset.claim = String(claim.id);
      go.addEventListener('click', () => onPick(claim.id));
      li.append(go);
      list.append(li);
    }
    section.append(list);
    return section;
  });
  container.replaceChildren(...sections);
}

/** The two tabs over the claims view (arrow keys move between them). */
export function wireTabs(tabs) {
  const show = (tab) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => show(tab));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      show(next);
      next.focus();
    });
  });
}
