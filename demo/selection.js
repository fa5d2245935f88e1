// What is in focus: a sentence (hovered, focused, clicked) or a claim (chosen in the claims view).
// Its claim's sentences light up in every column, the rest fade, and the panel describes it.
// The other columns scroll to their versions when those are out of sight.
// Keyboard: Tab / ↑ ↓ move between sentences, ← → to the same claim in the next column,
// Enter / Space show the sentence's claim again after Escape, Escape clears.
import { renderPanel } from './panel.js';

const HOVER_DELAY = 80;  // ms the pointer rests on a sentence before it takes focus

export class Selection {
  constructor({ columns, panel }) {
    this.columns = columns;
    this.panel = panel;
    this.ctx = null;
    this.current = null;
    this.table = null;
    this.#wire();
  }

  /** A new result (or new articles): nothing in focus. */
  reset(ctx, table) {
    this.ctx = ctx;
    this.table = table;
    this.clear();
  }

  clear() {
    this.current = null;
    this.#light([], null);
    if (this.ctx) renderPanel(this.panel, this.ctx, null);
    this.table?.select(null);
  }

  /**
   * Sentence `sentence` of article `article` (id) in focus; the other columns scroll to their
   * versions of its claim when those are out of sight (`smooth` for hovering).
   */
  selectSentence(article, sentence, { smooth = false } = {}) {
    const i = this.ctx.index.get(article);
    const s = this.ctx.result.articles[i]?.sentences[sentence];
    if (!s) return;
    const claim = s.claims[0];
    this.current = { article, sentence, claim };
    const members = claim === undefined ? [{ article, sentence }] : this.ctx.claims.get(claim).members;
    this.#light(members, { article, sentence });
    renderPanel(this.panel, this.ctx, this.current);
    this.table?.select(claim);
    this.#scrollTo(members, article, smooth);
  }

  /** Claim `claim` in focus, every column scrolled to its version. */
  selectClaim(claim) {
    this.current = { claim };
    const { members } = this.ctx.claims.get(claim);
    this.#light(members, null);
    renderPanel(this.panel, this.ctx, this.current);
    this.table?.select(claim);
    this.#scrollTo(members, null, false);
  }

  #marks(article, sentence) {
    const view = this.ctx.views[this.ctx.index.get(article)];
    return view?.marks.get(sentence) ?? [];
  }

  #light(members, origin) {
    for (const n of this.columns.querySelectorAll('mark.lit, mark.current')) n.classList.remove('lit', 'current');
    this.columns.classList.toggle('focusing', members.length > 0);
    for (const m of members) for (const mark of this.#marks(m.article, m.sentence)) mark.classList.add('lit');
    if (origin) for (const mark of this.#marks(origin.article, origin.sentence)) mark.classList.add('current');
  }

  // Each column's version, unless in the upper part of its scroll box, scrolled to a quarter of the way down.
  #scrollTo(members, except, smooth) {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    for (const m of members) {
      if (m.article === except) continue;
      const [first] = this.#marks(m.article, m.sentence);
      const body = first?.closest('.column-body');
      if (!body) continue;
      const b = body.getBoundingClientRect();
      const r = first.getBoundingClientRect();
      if (r.top >= b.top && r.top <= b.top + 0.6 * body.clientHeight) continue;  // already in sight
      const top = body.scrollTop + (r.top - b.top) - body.clientHeight / 4;
      body.scrollTo({ top, behavior: smooth && !reduced ? 'smooth' : 'auto' });
    }
  }

  #wire() {
    const { columns } = this;
    const sentenceOf = (node) => {
      const mark = node?.closest?.('mark[data-sentence]');
      const column = mark?.closest('.column');
      return mark && column ? { mark, article: column.dataset.article, sentence: Number(mark.dataset.sentence) } : null;
    };
    const same = (t) => this.current && this.current.article === t.article && this.current.sentence === t.sentence;

    let timer = 0;
    columns.addEventListener('mouseover', (e) => {
      const t = sentenceOf(e.target);
      clearTimeout(timer);
      if (t && !same(t)) timer = setTimeout(() => this.selectSentence(t.article, t.sentence, { smooth: true }), HOVER_DELAY);
    });
    columns.addEventListener('mouseleave', () => clearTimeout(timer));
    columns.addEventListener('focusin', (e) => {
      const t = sentenceOf(e.target);
      if (t && !same(t)) this.selectSentence(t.article, t.sentence);
    });
    columns.addEventListener('click', (e) => {
      const t = sentenceOf(e.target);
      if (!t) return;
      clearTimeout(timer);
      this.#marks(t.article, t.sentence)[0]?.focus({ preventScroll: true });
    });
    columns.addEventListener('keydown', (e) => {
      const t = sentenceOf(e.target);
      if (!t) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.selectSentence(t.article, t.sentence);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const stops = [...t.mark.closest('.column-body').querySelectorAll('mark[tabindex="0"]')];
        stops[stops.indexOf(t.mark) + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        // the same claim in the next column (or the previous one) that makes it
        const claim = this.ctx.result.articles[this.ctx.index.get(t.article)].sentences[t.sentence].claims[0];
        if (claim === undefined) return;
        const members = this.ctx.claims.get(claim).members;
        const k = members.findIndex((m) => m.article === t.article);
        const next = members[k + (e.key === 'ArrowRight' ? 1 : -1)];
        if (!next) return;
        e.preventDefault();
        this.#marks(next.article, next.sentence)[0]?.focus();
      }
    });
    // buttons in the panel: go to a version, or to another claim of the sentence
    this.panel.addEventListener('click', (e) => {
      const go = e.target.closest('button[data-article]');
      if (go) {
        const [first] = this.#marks(go.dataset.article, Number(go.dataset.sentence));
        first?.focus();
        this.selectSentence(go.dataset.article, Number(go.dataset.sentence));
        return;
      }
      const claim = e.target.closest('button[data-claim]');
      if (claim) this.selectClaim(Number(claim.dataset.claim));
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
        clearTimeout(timer);
        this.clear();
      }
    });
  }
}
