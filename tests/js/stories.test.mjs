// Two more stories, written for the tests from the kinds of site news comes from, with their page
// furniture (tests/data/): a fire, in French (regional daily, agency dispatch, TV site), and a
// derailment, in English (wire service, local paper, broadcaster).  The engine is judged on them by
// the same phenomena as on the demo story -- furniture, paraphrased claims, a quote reprinted word
// for word, a pasted block -- none of which its code knows the wording of.  Each test states the
// annotation: which lines a reader calls furniture, which sentences say the same thing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createComparator } from '../../js/index.js';
import { ROOT } from './helpers.mjs';

let comparator;
before(async () => { comparator = await createComparator(); });
after(() => comparator.dispose());

function run(file, options) {
  const story = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'data', file), 'utf8'));
  const result = comparator.compare(story.articles, options);
  const index = (id) => story.articles.findIndex((a) => a.id === id);
  return {
    story, result,
    // the (first) sentence of `article` whose text starts with `start`
    sentence(article, start) {
      const i = index(article);
      const text = story.articles[i].text;
      const found = result.articles[i].sentences.filter((s) => text.slice(s.start, s.end).startsWith(start));
      assert.ok(found.length >= 1, `${article}: a sentence starting "${start}"`);
      return found[0];
    },
    // every sentence is boilerplate exactly when it starts like one of the annotated furniture lines
    checkBoilerplate(furniture) {
      for (const [i, a] of story.articles.entries()) {
        for (const s of result.articles[i].sentences) {
          const text = a.text.slice(s.start, s.end);
          assert.equal(s.kind === 'boilerplate', furniture[a.id].some((p) => text.startsWith(p)), `${a.id}: ${s.kind}: ${text}`);
        }
      }
    },
    // the share of `quote` in `article` that verbatim spans cover
    verbatimShare(article, quote) {
      const i = index(article);
      const at = story.articles[i].text.indexOf(quote);
      assert.ok(at >= 0);
      const covered = result.articles[i].spans.filter((s) => s.kind === 'verbatim')
        .reduce((n, s) => n + Math.max(0, Math.min(s.end, at + quote.length) - Math.max(s.start, at)), 0);
      return covered / quote.length;
    },
    kinds: (article) => result.articles[index(article)].sentences.map((s) => s.kind),
  };
}
const shareAClaim = (...sentences) => sentences[0].claims.some((c) => sentences.every((s) => s.claims.includes(c)));

test('French story: page furniture is boilerplate, and no sentence of the story is', () => {
  run('fr-incendie.json', { language: 'fr' }).checkBoilerplate({
    quotidien: ['Publié le', 'Incendie à Vénissieux', 'Partager sur Facebook', 'Partager sur X', 'Copier le lien',
      'Lire aussi', 'Publicité', 'Vous souhaitez réagir', 'Connectez-vous', 'Abonnez-vous', 'Marie Dubois est',
      'Elle couvre'],
    agence: ['VÉNISSIEUX (AFP)', '© AFP'],
    tele: ['Accueil >', 'Vénissieux : un gigantesque', 'Par la rédaction', "Photo d'illustration", '© Maxppp',
      'Cet article vous', 'Suivez-nous', 'Ajoutez notre site', 'Tous droits'],
  });
});

test('French story: the same facts in other words form claims across the outlets', () => {
  const { sentence } = run('fr-incendie.json', { language: 'fr' });
  const lead = [sentence('quotidien', 'Un violent incendie'), sentence('agence', "Un entrepôt d'environ"),
    sentence('tele', 'Les flammes ont entièrement')];
  assert.ok(shareAClaim(...lead), 'the three leads share one claim');
  assert.ok(lead.every((s) => s.kind === 'agree' && s.support === 3));
  // "no employee was in the building" ~ "the building was empty"
  assert.ok(shareAClaim(sentence('quotidien', 'Aucun salarié'), sentence('agence', 'Selon la préfecture')));
  // the inquiry, said three ways
  const inquiry = [sentence('quotidien', 'Le parquet de Lyon'), sentence('agence', 'Une enquête a été ouverte'),
    sentence('tele', 'Une enquête a été ouverte')];
  assert.ok(shareAClaim(inquiry[0], inquiry[1]) && shareAClaim(inquiry[1], inquiry[2]));
  assert.ok(shareAClaim(sentence('quotidien', 'Deux pompiers'), sentence('tele', 'Deux sapeurs-pompiers')));
  // only the TV site quotes the mayor
  const mayor = sentence('tele', 'Le maire de Vénissieux');
  assert.equal(mayor.kind, 'detail');
  assert.equal(mayor.support, 1);
});

test('French story: the prefect\'s quote is verbatim where it is printed; the pasted block is a repeat', () => {
  const { result, verbatimShare, kinds } = run('fr-incendie.json', { language: 'fr' });
  const quote = '« Le feu est désormais circonscrit, mais les opérations de refroidissement vont durer plusieurs jours »';
  for (const id of ['quotidien', 'agence']) assert.ok(verbatimShare(id, quote) >= 0.8, id);
  assert.equal(result.articles[2].spans.filter((s) => s.kind === 'verbatim').length, 0);
  const agence = kinds('agence');
  assert.equal(agence.filter((k) => k === 'repeat').length, 3);
  assert.deepEqual(agence.slice(-4, -1), ['repeat', 'repeat', 'repeat']);  // the second copies, not the first
});

test('English story: wire sign-offs, bylines, bios, contact lines, copyright and topic links are boilerplate', () => {
  run('en-derailment.json').checkBoilerplate({
    wire: ['MILLBROOK, Ohio, Feb 8 (Newswire) -', 'Reporting by', 'Our Standards'],
    herald: ['Updated 10:42', 'Train derailment forces', 'By Tom Reyes', 'Advertisement', 'Sign up for',
      'Tom Reyes covers', 'Reach him', 'Copyright 2026', 'The Millbrook Herald.', 'All rights reserved',
      'This material may not'],
    broadcaster: ['Ohio train derailment:', 'Image caption', 'Related Topics', 'Ohio', 'Rail transport',
      'More on this story'],
  });
});

test('English story: paraphrased facts align, the governor\'s quote is verbatim in both outlets printing it', () => {
  const { sentence, verbatimShare } = run('en-derailment.json');
  assert.ok(shareAClaim(sentence('wire', 'A freight train carrying'), sentence('herald', 'About 40 rail cars'),
    sentence('broadcaster', 'A train loaded with chemicals')), 'the three leads share one claim');
  // "nobody was hurt" ~ "nobody was injured" ~ "no injuries were reported"
  assert.ok(shareAClaim(sentence('herald', 'Nobody was hurt'), sentence('broadcaster', 'Nobody was injured')));
  assert.ok(shareAClaim(sentence('wire', 'No injuries were reported'), sentence('herald', 'Nobody was hurt')));
  // the operator pays for the evacuation, in other words
  assert.ok(shareAClaim(sentence('wire', 'Great Lakes Rail said'), sentence('broadcaster', 'The rail operator')));
  const quote = '"Our first priority is the safety of every family in Millbrook, and we will not let anyone return home until the air and water are tested and safe,"';
  for (const id of ['wire', 'herald']) assert.ok(verbatimShare(id, quote) >= 0.8, id);
  // only the local paper has the shelter
  assert.equal(sentence('herald', 'Residents were taken').support, 1);
});

test('English story: the outlets\' counts of derailed cars conflict, and nothing else does', () => {
  const { story, result } = run('en-derailment.json');
  const conflicts = result.claims.flatMap((c) => c.conflicts);
  // "About 40 rail cars derailed" (read as 33-48) against "more than 50 wagons had derailed", two
  // long sentences sharing this one point, and so "Thirty-eight cars of the Great Lakes Rail train
  // left the tracks" (the verb past the operator's name); but 38 is "about 40", and the village's
  // 3,000 residents are not its 1,200 evacuees
  assert.deepEqual(conflicts.map((k) => [k.article, k.value, k.others]).sort(),
    [['broadcaster', '50', ['40']], ['broadcaster', '50', ['Thirty-eight']], ['herald', '40', ['50']],
      ['wire', 'Thirty-eight', ['50']]]);
  for (const k of conflicts) {
    const i = story.articles.findIndex((a) => a.id === k.article);
    assert.equal(story.articles[i].text.slice(k.start, k.end), k.value);
    assert.ok(result.articles[i].spans.some((s) => s.kind === 'conflict' && s.start === k.start && s.end === k.end));
  }
});
