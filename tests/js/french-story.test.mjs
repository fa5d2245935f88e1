// A second story, in French, from three kinds of site (regional daily, agency dispatch, TV site),
// written for the tests (tests/data/fr-incendie.json): the engine is judged on it by the same
// phenomena as on the demo story -- page furniture, paraphrased claims, a quote reprinted word for
// word, a pasted block -- none of which its code knows the wording of.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createComparator } from '../../js/index.js';
import { ROOT } from './helpers.mjs';

const story = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'data', 'fr-incendie.json'), 'utf8'));
let result;
before(async () => {
  const comparator = await createComparator();
  result = comparator.compare(story.articles, { language: 'fr' });
  comparator.dispose();
});

// The (first) sentence of `article` whose text starts with `start`.
function sentence(article, start) {
  const i = story.articles.findIndex((a) => a.id === article);
  const text = story.articles[i].text;
  const found = result.articles[i].sentences.filter((s) => text.slice(s.start, s.end).startsWith(start));
  assert.ok(found.length >= 1, `${article}: a sentence starting "${start}"`);
  return found[0];
}
const shareAClaim = (a, b) => a.claims.some((c) => b.claims.includes(c));

// The annotation: what a reader calls page furniture, by article.
const BOILERPLATE = {
  quotidien: ['Publié le', 'Incendie à Vénissieux', 'Partager sur Facebook', 'Partager sur X', 'Copier le lien',
    'Lire aussi', 'Publicité', 'Vous souhaitez réagir', 'Connectez-vous', 'Abonnez-vous', 'Marie Dubois est',
    'Elle couvre'],
  agence: ['VÉNISSIEUX (AFP)', '© AFP'],
  tele: ['Accueil >', 'Vénissieux : un gigantesque', 'Par la rédaction', "Photo d'illustration", '© Maxppp',
    'Cet article vous', 'Suivez-nous', 'Ajoutez notre site', 'Tous droits'],
};

test('French story: page furniture is boilerplate, and no sentence of the story is', () => {
  for (const [i, a] of story.articles.entries()) {
    const starts = BOILERPLATE[a.id];
    for (const s of result.articles[i].sentences) {
      const text = a.text.slice(s.start, s.end);
      const furniture = starts.some((p) => text.startsWith(p));
      assert.equal(s.kind === 'boilerplate', furniture, `${a.id}: ${s.kind}: ${text}`);
    }
  }
});

test('French story: the same facts in other words form claims across the outlets', () => {
  const lead = [sentence('quotidien', 'Un violent incendie'), sentence('agence', "Un entrepôt d'environ"),
    sentence('tele', 'Les flammes ont entièrement')];
  assert.ok(lead[0].claims.some((c) => lead[1].claims.includes(c) && lead[2].claims.includes(c)),
    'the three leads share one claim');
  assert.ok(lead.every((s) => s.kind === 'agree' && s.support === 3));
  // "no employee was in the building" ~ "the building was empty"
  assert.ok(shareAClaim(sentence('quotidien', 'Aucun salarié'), sentence('agence', 'Selon la préfecture')));
  // the inquiry, said three ways
  const inquiry = [sentence('quotidien', 'Le parquet de Lyon'), sentence('agence', 'Une enquête a été ouverte'),
    sentence('tele', 'Une enquête a été ouverte')];
  assert.ok(shareAClaim(inquiry[0], inquiry[1]) && shareAClaim(inquiry[1], inquiry[2]));
  // two injured firefighters
  assert.ok(shareAClaim(sentence('quotidien', 'Deux pompiers'), sentence('tele', 'Deux sapeurs-pompiers')));
  // only the TV site quotes the mayor
  const mayor = sentence('tele', 'Le maire de Vénissieux');
  assert.equal(mayor.kind, 'detail');
  assert.equal(mayor.support, 1);
});

test('French story: the prefect\'s quote is verbatim in the two outlets that print it; the pasted block is a repeat', () => {
  const quote = '« Le feu est désormais circonscrit, mais les opérations de refroidissement vont durer plusieurs jours »';
  for (const id of ['quotidien', 'agence']) {
    const i = story.articles.findIndex((a) => a.id === id);
    const at = story.articles[i].text.indexOf(quote);
    const covered = result.articles[i].spans.filter((s) => s.kind === 'verbatim')
      .reduce((n, s) => n + Math.max(0, Math.min(s.end, at + quote.length) - Math.max(s.start, at)), 0);
    assert.ok(covered >= 0.8 * quote.length, `${id}: ${covered} of ${quote.length}`);
  }
  const tele = result.articles.findIndex((a) => a.id === 'tele');
  assert.equal(result.articles[tele].spans.filter((s) => s.kind === 'verbatim').length, 0);
  const agence = result.articles.findIndex((a) => a.id === 'agence');
  const kinds = result.articles[agence].sentences.map((s) => s.kind);
  assert.equal(kinds.filter((k) => k === 'repeat').length, 3);
  assert.deepEqual(kinds.slice(-4, -1), ['repeat', 'repeat', 'repeat']);  // the second copies, not the first
});
