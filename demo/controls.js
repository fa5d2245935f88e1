// The page's controls: your own articles (pasted, chosen or dropped), the threshold slider, exports.
import { download } from './dom.js';

export const MIN_ARTICLES = 2;
export const MAX_ARTICLES = 20;

/** Checks how many articles there are; throws an Error a reader can act on. */
export function checkCount(articles) {
  if (articles.length < MIN_ARTICLES) {
    throw new Error(`Found ${articles.length === 0 ? 'no article' : 'only 1 article'}: corroborate needs at least ${MIN_ARTICLES} to compare. Separate articles with a line holding only ---.`);
  }
  if (articles.length > MAX_ARTICLES) {
    throw new Error(`Found ${articles.length} articles: corroborate compares at most ${MAX_ARTICLES} at a time.`);
  }
  return articles;
}

/** A JSON bundle { articles: [{ id?, label?, text }] } as articles; `source` names it in errors. */
export function parseBundle(json, source = 'The JSON') {
  let data;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${source} is not valid JSON (${err.message}). A bundle looks like {"articles": [{"id": "a", "label": "Outlet A", "text": "…"}]}.`);
  }
  const list = Array.isArray(data) ? data : data?.articles;
  if (!Array.isArray(list)) throw new Error(`${source} has no "articles" array: a bundle looks like {"articles": [{"id": "a", "label": "Outlet A", "text": "…"}]}.`);
  return list.map((a, i) => {
    if (a === null || typeof a !== 'object' || typeof a.text !== 'string') {
      throw new Error(`${source}: article ${i + 1} has no "text" string.`);
    }
    const id = typeof a.id === 'string' && a.id ? a.id : `article-${i + 1}`;
    const article = { id, label: typeof a.label === 'string' && a.label ? a.label : id, text: a.text };
    for (const key of ['published', 'byline', 'language']) if (typeof a[key] === 'string') article[key] = a[key];
    return article;
  });
}

/**
 * The textarea's text: a JSON bundle, or articles separated by lines holding "---".  A name
 * after the dashes ("--- Le Monde") labels the article that follows; a first line like that
 * labels the first article.  Unnamed articles are "Article N".
 */
export function parsePasted(text) {
  if (/^\s*\{/.test(text)) return parseBundle(text);
  const articles = [];
  let lines = [];
  let name = '';
  const flush = (next) => {
    const body = lines.join('\n').trim();
    if (body) {
      const n = articles.length + 1;
      articles.push({ id: `article-${n}`, label: name || `Article ${n}`, text: body });
    }
    if (body || next) name = next;  // a name on the first line waits for its article
    lines = [];
  };
  for (const line of text.split(/\r\n|\n|\r/)) {
    const separator = /^\s*---(?:\s+(.*?))?\s*$/.exec(line);  // "---" or "--- Name", not a rule "-----"
    if (separator) flush((separator[1] ?? '').slice(0, 80));
    else lines.push(line);
  }
  flush('');
  return articles;
}

/** Files (.txt: one article each, named after the file; .json: a bundle) as articles. */
export async function readFiles(files) {
  const articles = [];
  const ids = new Set();
  for (const file of files) {
    const text = await file.text();
    const found = /\.json$/i.test(file.name) || file.type === 'application/json'
      ? parseBundle(text, file.name)
      : [{ id: file.name, label: file.name.replace(/\.[^.]+$/, ''), text }];
    for (const a of found) {
      let id = a.id;
      for (let k = 2; ids.has(id); k++) id = `${a.id}-${k}`;  // two files may both say "a"
      ids.add(id);
      articles.push({ ...a, id });
    }
  }
  return articles;
}

/**
 * The "your own articles" dialog and dropping files on the page.  `onArticles(articles)` compares
 * them; it rejects with an Error to show in the dialog.
 */
export function wireOwnArticles({ onArticles }) {
  const dialog = document.getElementById('own');
  const form = document.getElementById('own-form');
  const textarea = document.getElementById('own-text');
  const files = document.getElementById('own-files');
  const error = document.getElementById('own-error');
  const submit = document.getElementById('own-submit');

  const showError = (err) => {
    error.textContent = err.message;
    if (!dialog.open) dialog.showModal();
  };
  const run = async (getArticles) => {
    error.textContent = '';
    submit.disabled = true;
    try {
      const articles = checkCount(await getArticles());
      await onArticles(articles);
      if (dialog.open) dialog.close();
    } catch (err) {
      showError(err);
    } finally {
      submit.disabled = false;
    }
  };

  document.getElementById('open-own').addEventListener('click', () => {
    error.textContent = '';
    dialog.showModal();
    textarea.focus();
  });
  document.getElementById('own-cancel').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(() => parsePasted(textarea.value));
  });
  files.addEventListener('change', () => {
    const chosen = [...files.files];
    files.value = '';
    if (chosen.length) run(() => readFiles(chosen));
  });

  // drop files anywhere: on the page or in the dialog
  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (!depth) document.body.classList.remove('dragging');
  });
  document.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    run(() => readFiles([...e.dataTransfer.files]));
  });
}

/** The threshold slider: `onChange(value)` after the slider rests for `delay` ms. */
export function wireThreshold(onChange, delay = 250) {
  const input = document.getElementById('threshold');
  const output = document.getElementById('threshold-value');
  let timer = 0;
  input.addEventListener('input', () => {
    output.textContent = Number(input.value).toFixed(2);
    clearTimeout(timer);
    timer = setTimeout(() => onChange(Number(input.value)), delay);
  });
  return () => Number(input.value);
}

/** Export buttons: `get()` returns { articles, result, title } or null. */
export function wireExports(get, renderHtml) {
  document.getElementById('export-json').addEventListener('click', () => {
    const now = get();
    if (now) download('corroborate-result.json', 'application/json', `${JSON.stringify(now.result, null, 2)}\n`);
  });
  document.getElementById('export-html').addEventListener('click', () => {
    const now = get();
    if (now) download('corroborate-report.html', 'text/html', renderHtml(now.articles, now.result, { title: now.title }));
  });
}
