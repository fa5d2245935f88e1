// A corpus generator for the scaling benchmark: N articles of ~800 words, derived from the five
// demo articles the way real coverage of one story varies -- sentences reordered, dropped,
// paraphrased by word substitution, numbers changed, paragraphs borrowed from other outlets --
// plus unrelated filler ("also in the news" paragraphs, and whole stories on other subjects).
//
// Deterministic: generate(n, seed) is the first n articles of one fixed sequence, so the sizes
// 10, 50, 200 and 1,000 are nested and every machine gets the same bytes.
//
//   node bench/generate.mjs N [OUT.json] [SEED]      writes a bundle { articles: [...] }
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rng, loadStory, countWords } from './lib.mjs';

export const DEFAULT_SEED = 20260204;
const TARGET_WORDS = 800;
const UNRELATED_SHARE = 0.15;   // whole articles about something else
const DROP = 0.15;              // chance a sentence is left out
const PARAPHRASE = 0.5;         // chance a known word or phrase is swapped for a synonym
const CHANGE_NUMBER = 0.3;      // chance a number (not a year) gets another value

// Word substitutions an editor might make; applied both ways.
const SYNONYMS = [
  ['said', 'stated'], ['police', 'officers'], ['raided', 'searched'], ['offices', 'premises'],
  ['company', 'firm'], ['platform', 'network'], ['summoned', 'called in'], ['allegations', 'accusations'],
  ['images', 'pictures'], ['children', 'minors'], ['statement', 'announcement'], ['recent', 'latest'],
  ['expanded', 'widened'], ['chief', 'head'], ['users', 'account holders'], ['data', 'information'],
  ['authorities', 'officials'], ['announced', 'revealed'], ['also', 'additionally'], ['billionaire', 'tycoon'],
  ['investigators', 'detectives'], ['comes', 'arrives'], ['wrote', 'posted'], ['began', 'started'],
  ['opened', 'launched'], ['looking into', 'examining'], ['told', 'informed'], ['owner', 'proprietor'],
  ['office', 'bureau'], ['last month', 'in January'], ['questioning', 'interviews'], ['month', 'weeks'],
];
const SYN_MAP = new Map();
for (const [a, b] of SYNONYMS) {
  SYN_MAP.set(a, b);
  SYN_MAP.set(b, a);
}
const SYN_RE = new RegExp(`\\b(${[...SYN_MAP.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

// Unrelated stories: a few subjects, each a handful of sentence templates with slots.
const FILL = {
  town: ['Lyon', 'Leeds', 'Porto', 'Ghent', 'Turin', 'Malmo', 'Bremen', 'Cork', 'Brno', 'Aarhus', 'Utrecht', 'Nantes'],
  person: ['Maria Lindqvist', 'Tomas Herrera', 'Aisha Bello', 'Pieter de Vries', 'Chen Wei', 'Olga Sorokina',
    'James Whitfield', 'Fatima Haddad', 'Luca Moretti', 'Ines Carvalho', 'Kofi Mensah', 'Hana Novak'],
  org: ['the regional council', 'the national rail operator', 'the central bank', 'the football federation',
    'the weather service', 'the university hospital', 'the port authority', 'the farmers union'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  thing: ['bridge', 'tram line', 'stadium', 'harbour', 'library', 'wind farm', 'museum', 'school'],
};
const TOPICS = [
  [ // local politics
    '{org} approved a budget of {n} million euros for the new {thing} in {town} on {weekday}.',
    'Mayor {person} said the {thing} would open to the public within {n} months.',
    'Opposition members in {town} argued that the cost of the {thing} had risen by {n} percent since the plan was first presented.',
    'Residents of {town} will be able to comment on the plans at a public meeting next {weekday}.',
    'The project is expected to create about {n} jobs during construction, according to {org}.',
    'Critics such as {person} say the money would be better spent on housing and local bus services.',
  ],
  [ // weather
    'Heavy rain caused flooding in parts of {town} on {weekday}, and {org} issued an orange alert.',
    'Some {n} homes were left without power overnight as winds reached {n} kilometres per hour.',
    'Forecasters expect the storm to move north of {town} by {weekday} evening, bringing snow to higher ground.',
    'Emergency crews cleared fallen trees from the roads around the {thing} in {town}.',
    '{person}, a spokesperson for {org}, urged drivers to avoid unnecessary journeys.',
    'Temperatures are forecast to drop to minus {n} degrees later in the week.',
  ],
  [ // sport
    'The home side won {n}-{n} in {town} on {weekday}, their third victory in a row.',
    'Striker {person} scored twice in the second half before being substituted with a knee injury.',
    'The coach, {person}, said the team had shown great character after losing {n} of its first matches.',
    'More than {n} supporters filled the {thing} for the derby, a record for the club.',
    '{org} will review the incident that led to the red card in the closing minutes.',
    'The result lifts the club to fourth place in the table, {n} points behind the leaders.',
  ],
  [ // economy
    'Inflation in the euro area slowed to {n} percent in January, according to figures released on {weekday}.',
    '{org} kept interest rates unchanged and said it would watch wage growth closely.',
    'Economist {person} said energy prices remained the biggest risk for households this winter.',
    'Shares in {town} rose slightly after the announcement, with banks leading the gains.',
    'Retail sales fell by {n} percent compared with the same month last year.',
    'Analysts expect growth of around {n} percent this year, slightly below earlier forecasts.',
  ],
  [ // science and culture
    'Researchers at the university in {town} have found a new species of beetle in an abandoned {thing}.',
    'The team, led by biologist {person}, spent {n} months cataloguing insects in the area.',
    'The {thing} in {town} will host an exhibition of {n} paintings from private collections.',
    'Tickets for the opening weekend sold out within hours, organisers said on {weekday}.',
    '{person} said the findings could help conservation efforts across northern Europe.',
    'The results were published in a peer-reviewed journal on {weekday} and will be presented at a conference in {town}.',
  ],
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

function shuffle(r, xs) {   // Fisher-Yates: the same order for the same seed on any engine
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function fillTemplate(r, template, cast) {
  const s = template.replace(/\{(\w+)\}/g, (_, slot) =>
    slot === 'n' ? String(2 + Math.floor(r() * 90)) : cast[slot] ?? pick(r, FILL[slot]));
  return s[0].toUpperCase() + s.slice(1);
}

// One paragraph of 2-4 sentences on one unrelated subject; `cast` keeps its names steady.
function fillerParagraph(r, topic, cast) {
  const templates = shuffle(r, [...topic]).slice(0, 2 + Math.floor(r() * 3));
  return templates.map((t) => fillTemplate(r, t, cast)).join(' ');
}

function newCast(r) {
  return { town: pick(r, FILL.town), person: pick(r, FILL.person), org: pick(r, FILL.org), thing: pick(r, FILL.thing) };
}

// A simple sentence split (the engine does the real one).
const splitSentences = (p) => p.split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[A-Z0-9])/);

// The demo articles as paragraphs of sentences.
function splitArticle(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map(splitSentences);
}

// Adds paragraph p, cut after the sentence that brings the article to `target` words; returns
// the new word count.
function addUpTo(paragraphs, p, words, target) {
  const kept = [];
  for (const s of splitSentences(p)) {
    if (words >= target) break;
    kept.push(s);
    words += countWords(s);
  }
  if (kept.length) paragraphs.push(kept.join(' '));
  return words;
}

function matchCase(word, like) {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function rewrite(r, sentence) {
  let s = sentence.replace(SYN_RE, (m) => (r() < PARAPHRASE ? matchCase(SYN_MAP.get(m.toLowerCase()), m) : m));
  s = s.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g, (m) => {
    const v = Number(m.replace(/,/g, ''));
    if ((v >= 1900 && v <= 2100) || r() >= CHANGE_NUMBER) return m;   // keep years: dates stay plausible
    const changed = Math.max(1, Math.round(v * (0.5 + r())));
    return m.includes(',') ? changed.toLocaleString('en-US') : String(changed);
  });
  return s;
}

// A paragraph of a demo article as another outlet might run it: sentences dropped, the order
// shuffled a little, words and numbers changed.  May come back empty.
function variantParagraph(r, sentences) {
  const kept = sentences.filter(() => r() >= DROP).map((s) => rewrite(r, s));
  for (let i = 0; i + 1 < kept.length; i++) {
    if (r() < 0.2) [kept[i], kept[i + 1]] = [kept[i + 1], kept[i]];
  }
  return kept.join(' ');
}

// A page of unrelated news: paragraphs on other subjects, each with its own names and places.
function unrelatedArticle(r, target) {
  const paragraphs = [];
  let words = 0;
  while (words < target) {
    words = addUpTo(paragraphs, fillerParagraph(r, pick(r, TOPICS), newCast(r)), words, target);
  }
  return paragraphs;
}

function relatedArticle(r, demo, target) {
  // "Also in the news": 0-2 unrelated paragraphs, placed at random among the story's.
  const filler = Array.from({ length: Math.floor(r() * 3) }, () => fillerParagraph(r, pick(r, TOPICS), newCast(r)));
  let words = filler.reduce((n, p) => n + countWords(p), 0);
  const paragraphs = [];
  const order = shuffle(r, [...demo.keys()]);   // the base article first, then others to borrow from
  for (const k of order) {
    let ps = demo[k].map((sentences) => variantParagraph(r, sentences)).filter(Boolean);
    if (k !== order[0]) ps = ps.slice(Math.floor(r() * ps.length / 2));  // borrowed: a later stretch
    for (let i = 0; i + 1 < ps.length; i++) if (r() < 0.15) [ps[i], ps[i + 1]] = [ps[i + 1], ps[i]];
    for (const p of ps) {
      if (words >= target) break;
      words = addUpTo(paragraphs, p, words, target);
    }
    if (words >= target) break;
  }
  for (const p of filler) paragraphs.splice(1 + Math.floor(r() * paragraphs.length), 0, p);
  return paragraphs;
}

/** The first n articles of the corpus for `seed`: [{ id, label, text }]. */
export function generate(n, seed = DEFAULT_SEED) {
  const r = rng(seed);
  const demo = loadStory().articles.map((a) => splitArticle(a.text));
  const articles = [];
  for (let i = 0; i < n; i++) {
    const target = TARGET_WORDS - 60 + Math.floor(r() * 120);   // 740-860 words
    const paragraphs = r() < UNRELATED_SHARE ? unrelatedArticle(r, target) : relatedArticle(r, demo, target);
    const id = `g${String(i + 1).padStart(4, '0')}`;
    articles.push({ id, label: `Outlet ${i + 1}`, text: paragraphs.join('\n') });
  }
  return articles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 10);
  const out = process.argv[3];
  const seed = Number(process.argv[4] ?? DEFAULT_SEED);
  const json = JSON.stringify({ articles: generate(n, seed) });
  if (out) fs.writeFileSync(out, json);
  else process.stdout.write(json + '\n');
}
