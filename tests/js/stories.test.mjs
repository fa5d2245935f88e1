// More stories, written for the tests from the kinds of site news comes from, with their page
// furniture (tests/data/): a fire, in French (regional daily, agency dispatch, TV site), and a
// derailment, in English (wire service, local paper, broadcaster); then shorter ones: a takeover
// (wire, paper, blog), a rail strike in French (daily, agency, a brief), an earthquake (wire,
// paper, broadcaster), a flood (live blog, wire, daily), a French trial (daily, weekly, radio) and
// a port strike carried by two sites from one wire story, and by a French site; and fourteen longer
// ones annotated by hand, independently of the engine (a car recall, a storm in French, a minister's
// resignation, a factory closure in French, a cloud outage, a municipal election in French, a cup
// final, an outbreak in French, a heatwave with a first-person blog, a takeover bid in French, a
// fraud verdict with a live blog, a football transfer in French, a data breach with a consumer
// guide, a reshuffle in French with an article pasted as one paragraph), checked
// against their annotation.  The engine is judged on them by
// the same phenomena as on the demo story -- furniture, paraphrased claims, a quote reprinted word
// for word, a pasted block -- none of which its code knows the wording of.  Each test states the
// annotation: which lines a reader calls furniture, which sentences say the same thing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createComparator } from '../../js/index.js';
import { ROOT } from './helpers.mjs';
import { scoreGoldPairs } from '../../bench/tools/goldpairs.mjs';

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

test('a claim only two outlets of three make needs a closer match than one a third backs', () => {
  // the fire's lead and the warehouse's owner share the warehouse, and not the claim; the recall's
  // lead and the regulator's advice share the drivers and the brakes
  const fire = run('fr-incendie.json', { language: 'fr' });
  assert.ok(!shareAClaim(fire.sentence('quotidien', 'Un violent incendie'), fire.sentence('agence', "L'entrepôt appartenait")));
  const recall = run('en-recall.json');
  assert.ok(!shareAClaim(recall.sentence('techsite', 'Varden Motors is pulling'), recall.sentence('paper', 'Until then, regulators')));
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

// The conflicts of a story, as [article, value, others], sorted; each marked by a span on its words.
function conflictsOf({ story, result }) {
  const conflicts = result.claims.flatMap((c) => c.conflicts);
  for (const k of conflicts) {
    const i = story.articles.findIndex((a) => a.id === k.article);
    assert.equal(story.articles[i].text.slice(k.start, k.end), k.value);
    assert.ok(result.articles[i].spans.some((s) => s.kind === 'conflict' && s.start === k.start && s.end === k.end));
  }
  return conflicts.map((k) => [k.article, k.value, k.others]).sort();
}

// The story's conflicts as "value/others" strings ("14 May/May 7").
const conflictPairs = (story) => new Set(conflictsOf(story).map(([, value, others]) => `${value}/${others}`));

test('takeover story: credit lines, cookie notices and tag lists are furniture; the price conflicts', () => {
  const story = run('en-takeover.json');
  story.checkBoilerplate({
    wire: ['Skip to main content', 'Advertisement', 'Business', 'Nordvik to buy rival', 'By Maria Keller',
      'March 12, 2026', 'AM GMT Updated', 'Sign up here', 'Reporting by', 'Our Standards'],
    paper: ['Menu', 'Search', 'Markets | Companies', 'Nordvik agrees $4.2bn', 'Thursday 12 March', 'Share this article',
      'Read more:', 'Most read', '1 Ten things', '2 Why house', 'Copyright 2026', 'Example Media', 'All rights reserved',
      'We use cookies', 'By continuing to browse'],
    blog: ['Nordvik buys Halden in', 'Posted on March 12', 'Like this story?', 'Follow us on Facebook', 'Tags:',
      'Related Posts', 'Halden Foods reports lower', 'Leave a comment'],
  });
  // $4.2 billion (the wire: "buy rival Halden Foods for") against $4.5 billion ("acquire Halden Foods
  // for"); the paper's "cash deal worth $4.2 billion" shares no word near the figure with the blog's,
  // but tells the same takeover ("take over" / "acquire") of the same dollars
  assert.deepEqual(conflictsOf(story), [['blog', '4.5 billion', ['4.2 billion']], ['paper', '4.2 billion', ['4.5 billion']],
    ['wire', '4.2 billion', ['4.5 billion']]]);
  const { sentence } = story;
  assert.ok(shareAClaim(sentence('wire', 'Nordvik Group said on Thursday'), sentence('paper', 'Frozen food group Nordvik'),
    sentence('blog', 'Nordvik Group will acquire')), 'the three leads: one claim in other words');
  assert.ok(shareAClaim(sentence('wire', 'Halden shares jumped'), sentence('paper', 'Halden\'s shares rose')));
});

test('French strike story: a brief\'s headline and links are furniture, the union leader\'s quote is verbatim in all three', () => {
  const story = run('fr-greve.json');
  story.checkBoilerplate({
    quotidien: ['Économie', 'Grève à la SNCF :', 'Par Claire Dubois', 'Publié le', 'Lecture 2 min.', 'Article réservé',
      'Lire aussi', 'Vous avez lu', 'Abonnez-vous', 'Partager', 'Réagir'],
    agence: ['Accueil >', 'SNCF : grève reconductible', 'Mis à jour le', 'La rédaction avec AFP', 'Recevez chaque matin',
      'Votre adresse e-mail', 'En vous inscrivant', '© 2026', 'Exemple Médias'],
    site: ['Grève SNCF du 10 mars', 'Cet article vous a été utile', 'Suivez-nous', 'À lire également',
      'Réforme des retraites : le calendrier'],
  });
  const quote = "Nous irons jusqu'au bout si le gouvernement ne retire pas son projet";
  for (const id of ['quotidien', 'agence', 'site']) assert.ok(story.verbatimShare(id, quote) >= 0.8, id);
  const { sentence } = story;
  assert.ok(shareAClaim(sentence('quotidien', 'Les syndicats de cheminots'), sentence('agence', 'Le trafic ferroviaire'),
    sentence('site', 'Les cheminots seront en grève')));
  // trains running, as ratios and percentages: "quatre TGV sur dix" and "40 % des TGV" agree, "un
  // TGV sur trois" does not, nor does "un TER sur trois" with "30 % des TER"; "environ 35 %" and
  // "près de 40 %" of drivers on strike can both be right
  assert.deepEqual(conflictsOf(story), [['agence', '30', ['un TER sur trois']], ['agence', '40', ['Un TGV sur trois']],
    ['quotidien', 'quatre TGV sur dix', ['Un TGV sur trois']], ['quotidien', 'un TER sur trois', ['30']],
    ['site', 'Un TGV sur trois', ['quatre TGV sur dix']]]);
  assert.equal(sentence('quotidien', 'Le ministre des transports').support, 1);
});

test('earthquake story: a correction note and "contributed to this report" are furniture; the magnitudes conflict', () => {
  const story = run('en-earthquake.json');
  story.checkBoilerplate({
    ap: ['Advertisement', 'World', 'Magnitude 6.4 earthquake strikes', 'By The Associated Press', 'Updated 5:12',
      'LIMARA, Peralta (AP)', 'Story continues below', 'Copyright 2026', 'The Associated Press.', 'All rights reserved',
      'This material may not'],
    paper: ['Get our breaking news', 'Peralta earthquake: death toll', 'Fri 20 Feb 2026', 'GMT', 'This article was amended',
      'Explore more on these', 'Peralta', 'Earthquakes', 'Natural disasters', 'Share', 'Reuse this content'],
    cnn: ['(CNN)', 'Watch: Drone footage', "CNN's Maria Lopez"],
  });
  // magnitude 6.4 (twice) against 6.2; "at least 12" and "at least 15" dead can both be right
  assert.deepEqual(conflictsOf(story), [['ap', '6.4', ['6.2']], ['cnn', '6.2', ['6.4']], ['paper', '6.4', ['6.2']]]);
  // the paper's doubled paragraph: the second copy is a repeat
  assert.deepEqual(story.kinds('paper').filter((k) => k === 'repeat').length, 1);
});

test('flood story: a live blog\'s key points are the story, a list of links is furniture; the death tolls conflict', () => {
  const story = run('en-flood.json');
  story.checkBoilerplate({
    live: ['Live', 'Floods in Valdora:', 'Key points', '10:42 GMT', '09:58 GMT', 'WHAT WE KNOW SO FAR',
      '— Valdora Civil Protection'],
    wire: ['Thousands flee as', 'Related coverage', '• Europe braces', '• Train strike', 'Photograph:'],
    daily: ['Valdora floods:', 'MONDAY, MARCH 2', 'By Sofia Marino', 'Sofia Marino is', 'She has covered'],
  });
  const { sentence } = story;
  // a key point agrees with the outlets that report it
  assert.ok(shareAClaim(sentence('live', '• Schools closed'), sentence('wire', 'All schools in the region')));
  // "two people had died" (twice in the live blog) against the wire's "three"; the daily's "at
  // least two" allows three
  assert.deepEqual(conflictsOf(story), [['live', 'Two', ['three']], ['live', 'two', ['three']],
    ['wire', 'three', ['Two']], ['wire', 'three', ['two']]]);
  const quote = '"This is the worst flooding we have seen in fifty years," Ricci told reporters';
  for (const id of ['live', 'wire']) assert.ok(story.verbatimShare(id, quote) >= 0.8, id);
});

test('French trial story: titles above the text are furniture in a short article too; each conflicting value is marked once', () => {
  const story = run('fr-proces.json');
  story.checkBoilerplate({
    parisien: ['Faits divers', 'Procès de l\'incendie', 'Le Parisien avec AFP', 'Le 14 janvier 2026', 'Publicité',
      'À voir aussi', 'Newsletter Faits divers', 'Commentaires (12)', 'Signaler un abus'],
    hebdo: ['Incendie mortel rue Lepic', 'Par Thomas Leroy', 'Publié le', 'Thomas Leroy est', 'Il suit les affaires'],
    radio: ['Incendie de la rue Lepic :', 'Jeudi 14 janvier 2026', 'Partagez cet article'],
  });
  // three years in prison (two outlets) against four (the weekly), each value the whole term; the
  // lead sentences share several claims, and each value is still one span
  const { result } = story;
  const spans = result.articles.map((a) => a.spans.filter((s) => s.kind === 'conflict').map((s) => [s.start, s.end]));
  assert.deepEqual(spans.map((list) => list.length), [1, 1, 1]);
  for (const list of spans) assert.equal(new Set(list.map(String)).size, list.length);
  assert.equal(result.stats.conflicts, 3);
  const values = new Set(result.claims.flatMap((c) => c.conflicts.map((k) => `${k.article}:${k.value}`)));
  assert.deepEqual([...values].sort(), ['hebdo:quatre ans', 'parisien:trois ans', 'radio:trois ans']);
  const { sentence } = story;
  assert.ok(shareAClaim(sentence('parisien', 'Son avocat'), sentence('radio', 'Son avocate')));
});

test('port strike story: wire copy two sites carry is verbatim, their shared calls to action are furniture; French aligns by figures and names', () => {
  const story = run('en-fr-port-strike.json');
  story.checkBoilerplate({
    site1: ['Antwerp dock workers strike', 'By Reuters staff', 'Sign up for our', 'Follow us on LinkedIn'],
    site2: ['Port of Antwerp halted', 'Published 11 March', 'Sign up for our', 'Follow us on LinkedIn'],
    fr: ['Antwerp: les dockers'],
  });
  const wire = 'The strike, called by the ABVV union, is set to last 48 hours and could delay thousands of shipments';
  for (const id of ['site1', 'site2']) assert.ok(story.verbatimShare(id, wire) >= 0.8, id);
  // the furniture both sites print is no verbatim quote
  for (const id of ['site1', 'site2']) assert.equal(story.verbatimShare(id, 'Follow us on LinkedIn for more updates.'), 0, id);
  const { sentence } = story;
  assert.ok(shareAClaim(sentence('site1', 'The strike, called by'), sentence('fr', 'La grève, lancée par')));
  assert.equal(sentence('site1', 'The strike, called by').support, 3);
});

// A story against its annotation (tests/data/*.gold.json, written by hand from the texts alone),
// read as ../shared/eval/score.py reads one: units are the gold quotes; a unit's claims are those of
// the sentences covering half of it (or half of which it covers); furniture is found when half of it
// is marked boilerplate, a repeat when 80% of it is marked repeat, a shared run when verbatim spans
// cover 80% of it.
function againstGold(file, gold) {
  const story = run(file);
  const { result } = story;
  const articles = new Map(story.story.articles.map((a, i) => [a.id, { text: a.text, result: result.articles[i] }]));
  const locate = (article, quote, occurrence = 1) => {
    const { text } = articles.get(article);
    let at = -1;
    for (let k = 0; k < occurrence; k++) at = text.indexOf(quote, at + 1);
    assert.ok(at >= 0, `${article}: "${quote}"`);
    return [at, at + quote.length];
  };
  const straight = (t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const locateRun = (article, run) => {
    const words = straight(run).split(/\s+/).map((w) => w.replace(/^["'.,]+|["'.,]+$/g, '')).filter(Boolean);
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}_]+'), 'iu');
    const m = pattern.exec(straight(articles.get(article).text));
    assert.ok(m, `${article}: "${run}"`);
    return [m.index, m.index + m[0].length];
  };
  const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  // (sentences and spans of the kind, summed, as score.py sums them)
  const covered = (article, [s, e], kind) => articles.get(article).result.sentences.concat(articles.get(article).result.spans)
    .filter((x) => x.kind === kind).reduce((n, x) => n + overlap(s, e, x.start, x.end), 0) / (e - s);
  const claimsOf = (article, [s, e]) => new Set(articles.get(article).result.sentences.flatMap((x) => {
    const ov = overlap(s, e, x.start, x.end);
    return ov > 0 && (2 * ov >= e - s || 2 * ov >= x.end - x.start) ? x.claims : [];
  }));
  const units = new Map();
  for (const c of gold.claims) {
    for (const m of c.members) {
      const at = locate(m.article, m.quote, m.occurrence);
      const key = `${m.article}:${at}`;
      if (!units.has(key)) units.set(key, { article: m.article, at, gold: new Set() });
      units.get(key).gold.add(c.id);
    }
  }
  let tp = 0, fp = 0, fn = 0;
  const list = [...units.values()];
  for (const [i, u] of list.entries()) {
    for (const v of list.slice(i + 1)) {
      if (u.article === v.article) continue;
      const g = [...u.gold].some((c) => v.gold.has(c));
      const cv = claimsOf(v.article, v.at);
      const p = [...claimsOf(u.article, u.at)].some((c) => cv.has(c));
      tp += g && p; fp += !g && p; fn += g && !p;
    }
  }
  const P = tp / (tp + fp), R = tp / (tp + fn);
  return {
    story,
    pairF1: (2 * P * R) / (P + R),
    furnitureMissed: gold.boilerplate.filter((b) => covered(b.article, locate(b.article, b.quote, b.occurrence), 'boilerplate') < 0.5)
      .map((b) => `${b.article}: ${b.quote}`),
    contentMarked: list.filter((u) => covered(u.article, u.at, 'boilerplate') > 0)
      .map((u) => `${u.article}: ${articles.get(u.article).text.slice(...u.at)}`),
    repeatsMissed: gold.repeats_within_article.filter((r) => covered(r.article, locate(r.article, r.quote, r.occurrence), 'repeat') < 0.8),
    // (found as score.py finds them, whatever the quotes and spaces)
    verbatimMissed: gold.verbatim_across_outlets.flatMap((v) => v.articles.map((a) => [a, v.text]))
      .filter(([a, text]) => covered(a, locateRun(a, text), 'verbatim') < 0.8),
  };
}
// Every repeat's later copy and every verbatim run of the annotation found.
function assertCopiesFound(check) {
  assert.deepEqual(check.repeatsMissed, []);
  assert.deepEqual(check.verbatimMissed, []);
}

const goldOf = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'data', file), 'utf8'));
// every furniture line, repeat and shared run of the annotation found, and no claim's sentence marked furniture
function allFound(check) {
  assert.deepEqual(check.furnitureMissed, []);
  assert.deepEqual(check.contentMarked, []);
  assertCopiesFound(check);
}

test('recall story, against its annotation: all the furniture (caption, bare-name byline and bio, copyright), none of the advice; repeats, the quote; six injured against nine, Dec. 8 against Dec. 15', () => {
  const check = againstGold('en-recall.json', goldOf('en-recall.gold.json'));
  allFound(check);
  // the planted conflicts and no other: "a further 31,000 vehicles in Canada" counts more vehicles
  const conflicts = conflictsOf(check.story);
  assert.deepEqual([...new Set(conflicts.map(([, value, others]) => `${value}/${others}`))].sort(),
    ['Dec. 15/Dec. 8', 'Dec. 8/Dec. 15', 'nine/six', 'six/nine']);
  // a figure and its rounding: "lists 412,318 affected cars" / "About 412,000 vehicles are covered"
  const { sentence } = check.story;
  assert.ok(shareAClaim(sentence('techsite', 'The recall notice'), sentence('paper', 'About 412,000 vehicles are covered')));
  // claim pairs: a floor under today's 0.74, against regressions
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('storm story, against its annotation: a two-sentence title, "LA ROCHELLE, … (AFP) -", "Lire aussi |", the end of a live; three dead against two and no other conflict', () => {
  const check = againstGold('fr-tempete.json', goldOf('fr-tempete.gold.json'));
  allFound(check);
  // "neuf autres" departments are more departments; 172 km/h, told by both, is not in question when
  // one also gives 139 km/h at La Rochelle; nor 230,000 homes when the live blog gives 110,000 later
  const conflicts = conflictsOf(check.story);
  assert.deepEqual([...new Set(conflicts.map(([, value, others]) => `${value.toLowerCase()}/${others.map((o) => o.toLowerCase())}`))].sort(),
    ['deux/trois', 'trois/deux']);
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('resignation story, against its annotation: a numbered "Most read" list, a sign-off after the credit line; the contract\'s value and date conflict', () => {
  const check = againstGold('en-resign.json', goldOf('en-resign.gold.json'));
  allFound(check);
  // the planted conflicts, £48m against £84m and 14 August 2024 against 14 September 2024, and no
  // other: "by the end of January" and "vowing to end cronyism … in July 2024" share the word
  // "end", which places a date in a span and governs none
  const values = conflictPairs(check.story);
  assert.deepEqual([...values].sort(),
    ['14 August 2024/14 September 2024', '14 September 2024/14 August 2024', '48 million/84m', '84m/48 million']);
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('factory closure story, against its annotation: a caption over a "©" credit mid-page, a bio naming the trade before the name', () => {
  const check = againstGold('fr-usine.json', goldOf('fr-usine.gold.json'));
  allFound(check);
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('cloud outage story, against its annotation: a "Trending" list, "What we know" bullets, a bio that "covers" the beat', () => {
  const check = againstGold('en-outage.json', goldOf('en-outage.gold.json'));
  allFound(check);
  // (its planted conflicts are not found: "close to 3.5 million reports" can be right beside "more
  // than 2 million", and times of day are no values yet)
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('municipal election story, against its annotation: a "Les plus lus" list judged whole; turnouts of 41,3 % and 43,1 % conflict', () => {
  const check = againstGold('fr-municipales.json', goldOf('fr-municipales.gold.json'));
  allFound(check);
  // (as the annotation plants it: 41,3 % in agence and regional against 43,1 % on the radio)
  assert.deepEqual(conflictsOf(check.story).map(([article, value, others]) => `${article}:${value}/${others}`),
    ['agence:41,3/43,1', 'radio:43,1/41,3', 'regional:41,3/43,1']);
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('cup final story, against its annotation: a byline that says where it was written, a "Related:" title holding a year', () => {
  const check = againstGold('en-final.json', goldOf('en-final.gold.json'));
  allFound(check);
  // (its planted conflicts are not found: "a crowd of 78,500" counts a crowd, "81,432 watched"
  // nothing the engine reads; two scorers are named in no common role)
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
  // the winner told in other words, each sentence the other's best match a little under the
  // threshold, and the same minute: one claim
  const { sentence } = run('en-final.json');
  assert.ok(shareAClaim(sentence('wire', 'Luca Ferreira scored the winner in the 67th minute'),
    sentence('paper', "Luca Ferreira's curler on 67 minutes")));
});

test('outbreak story, against its annotation: a count an order of magnitude apart, a date sharing only its weekday, are no conflicts', () => {
  const check = againstGold('fr-epidemie.json', goldOf('fr-epidemie.gold.json'));
  allFound(check);
  // the 15 000 cases of the 2011 wave against this outbreak's 127; the minister's visit "jeudi 26
  // février" against the death "jeudi 19 février"
  const values = conflictsOf(check.story).map(([, value]) => value);
  for (const value of ['15 000', '127', '26 février', '19 février']) assert.ok(!values.includes(value), value);
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('heatwave story, against its annotation: a blog told in the first person is the story, its "Posted by" byline, bio and related-post titles furniture; death tolls and restriction dates conflict', () => {
  const check = againstGold('en-heatwave.json', goldOf('en-heatwave.gold.json'));
  // (the related-post titles under "Related posts:" among it, one a question: "Why does Corran
  // Ridge keep breaking down?")
  allFound(check);
  const { sentence } = check.story;
  for (const start of ['I have lived in Dunmore', 'At about 6:45 that evening', 'If you have an elderly neighbour'])
    assert.notEqual(sentence('blog', start).kind, 'boilerplate', start);
  // the restriction dates and the death tolls ("the number of people killed … has risen to 17"),
  // not the nine dead of the 2014 heatwave; (not found: the record of 42.9 against 43.2, in a
  // sentence the claim of the record does not take in)
  const values = conflictsOf(check.story).map(([, value, others]) => `${value}/${others}`);
  assert.deepEqual([...new Set(values)].sort(), ['17/Fourteen', 'Fourteen/17', 'Jan. 23/January 26', 'January 26/Jan. 23']);
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('takeover bid story in French, against its annotation: a long "Publié le … | Mis à jour le …" line is furniture; the price and the filing date conflict', () => {
  const check = againstGold('fr-rachat.json', goldOf('fr-rachat.gold.json'));
  allFound(check);
  const values = conflictsOf(check.story).map(([, value, others]) => `${value}/${others}`);
  for (const v of ['38,50/36,50', '36,50/38,50', '27 mars/10 avril', '10 avril/27 mars']) assert.ok(values.includes(v), v);
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('verdict story, against its annotation: a live blog\'s timestamps, a bare byline over the date and its bio, a "Newsletter:" label; the judge\'s name, the conviction date and the term conflict', () => {
  const check = againstGold('en-verdict.json', goldOf('en-verdict.gold.json'));
  // a disclaimer of the views expressed, and a related article's title of a question and a
  // subtitle, under "Related articles" without a colon, are found; the barrister's "I struggle to
  // see an arguable ground" and the court reporter's "I can count … in the public gallery" are the
  // story
  assert.deepEqual(check.furnitureMissed, []);
  assert.deepEqual(check.contentMarked, []);
  assertCopiesFound(check);
  // the judge's name (one first name, two surnames), the conviction date ("found Pellow guilty on
  // 27 February" / "convicted him on 20 February") and the term in any spelling (seven and a half
  // years, "seven years and six months", against "six years and six months"), though the column
  // also says "in a little over three years"; and the sums defrauded (£2.4m against £2.7 million:
  // no word near the figures in common, but one event told and one thing counted)
  const values = conflictPairs(check.story);
  for (const v of ['Catherine Holme/Catherine Orme', 'Catherine Orme/Catherine Holme', '27 February/20 February', '20 February/27 February',
    'seven years and six months/six years and six months', 'seven-and-a-half years/six years and six months',
    'six years and six months/seven and a half years', '2.4 million/2.7 million', '2.7 million/2.4 million']) {
    assert.ok(values.has(v), v);
  }
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('transfer story in French, against its annotation: newsletter labels two sites share are furniture however topical', () => {
  const check = againstGold('fr-transfert.json', goldOf('fr-transfert.gold.json'));
  // known miss: the fan blog's title, a full sentence with an exclamation mark
  assert.deepEqual(check.furnitureMissed, ["blog: Roudier chez nous : je n'y crois pas encore, mais c'est officiel !"]);
  assert.deepEqual(check.contentMarked, []);
  assertCopiesFound(check);
  // the 41 goals the club conceded and the 17 the striker scored are no one count, though both
  // sentences count goals and name an attack (over a factor of two apart)
  const values = conflictsOf(check.story).map(([, value, others]) => `${value}/${others}`);
  assert.ok(!values.some((v) => v.includes('41')), values.join('\n'));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('data breach story, against its annotation: a consumer guide that tells the story to the reader is the story; the damages sought conflict', () => {
  const check = againstGold('en-breach.json', goldOf('en-breach.gold.json'));
  assertCopiesFound(check);
  // none of the guide's advice is taken for page text, nor the wire's share price ("Greystone shares
  // closed down 6.8%": stock, not a share button), and the tech site's sponsored pitch between
  // "Sponsored" and "Learn more" is found; known misses: the tech site's subheading and its "If you
  // reused your password…"
  assert.ok(check.contentMarked.every((line) => !line.startsWith('consumer:')), check.contentMarked.join('\n'));
  assert.ok(!check.contentMarked.some((line) => line.startsWith('wire: Greystone shares')), check.contentMarked.join('\n'));
  assert.deepEqual(check.furnitureMissed, []);
  assert.ok(check.contentMarked.length <= 2, check.contentMarked.join('\n'));
  const values = conflictPairs(check.story);
  // and the customers affected: "about 6.4 million" against 4.6 million
  for (const v of ['75 million/25 million', '25 million/75 million', '6.4 million/4.6 million', '4.6 million/6.4 million']) {
    assert.ok(values.has(v), v);
  }
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('reshuffle story in French, against its annotation: "Lire aussi\u00a0:" links are furniture; the number of new ministers conflicts', () => {
  const check = againstGold('fr-remaniement.json', goldOf('fr-remaniement.gold.json'));
  assertCopiesFound(check);
  // the regional daily pasted as one paragraph is cut into its lines where its furniture opens
  // (segment.cpp): its breadcrumb and title, byline, time stamp, share button, caption, photo
  // credit, "Lire aussi" link and closing copyright notice are all found, and none of its text;
  // elsewhere a newsletter label whose colon comes after a quoted title and a presenter's
  // "Retrouvez … chaque matin" are found (the live page's closing paragraph may be half found).
  // Known miss: the regional's newsletter offer, "Newsletter Le Courrier d'Armor : recevez…", a
  // label with its colon after an unquoted name, inside the run of the page's closing lines.
  assert.ok(check.furnitureMissed.every((line) => line.startsWith('direct: Ce direct est terminé') ||
    line.startsWith('regional: Newsletter Le Courrier')), check.furnitureMissed.join('\n'));
  assert.deepEqual(check.contentMarked, []);
  const values = conflictPairs(check.story);
  for (const v of ['trois/quatre', 'quatre/trois']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.74, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('rate decision story, against its annotation: a newsletter\'s sign-off and its copy, an app prompt, a sign-up box\'s small print are furniture; the next meeting\'s date conflicts', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-ratedecision.json', goldOf('en-ratedecision.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  // known: the daily's standfirst, a lone line without a full stop above the text, is taken for a
  // title
  assert.ok(check.contentMarked.length <= 1, check.contentMarked.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['14 May/May 7', 'May 7/14 May']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('cocaine seizure story in French, against its annotation: a live page\'s greeting, a caption before its bracketed credit, a "VIDÉO -" line are furniture; a range of ages is no conflict', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-saisie.json', goldOf('fr-saisie.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  assert.deepEqual(check.contentMarked, []);
  const conflicts = conflictsOf(check.story);
  const values = new Set(conflicts.map(([, value, others]) => `${value}/${others}`));
  for (const v of ['Cinq/sept', 'sept/Cinq']) assert.ok(values.has(v), v);
  // "âgées de 23 à 51 ans" in all four: the range's ends answer nothing
  assert.ok(conflicts.every(([, value]) => value !== '23' && value !== '51'), JSON.stringify(conflicts));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('one wire story on six sites, against its annotation: the carriers\' copies are verbatim, their furniture found (an app prompt, a "Trending now" list); the injured and the time conflict', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-collision.json', goldOf('en-collision.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  assert.deepEqual(check.contentMarked, []);
  const values = conflictPairs(check.story);
  // "injuring 41 others" against "47 others were injured"; the brief's "around 8:15 a.m."
  for (const v of ['41/47', '47/41', '7:40 a.m/8:15 a.m', '8:15 a.m/7:40 a.m']) assert.ok(values.has(v), v);
  // the lead: six sites, one claim
  assert.ok(check.story.result.claims.some((c) => c.support === 6));
  assert.ok(check.pairF1 >= 0.8, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('drug trial story, against its annotation: a press release\'s wire dateline, "About …" and "Forward-Looking Statements" sections are furniture', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-trial.json', goldOf('en-trial.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  // known: the release's conference-call lines (a web address), which the annotation counts as
  // content
  assert.ok(check.contentMarked.every((line) => line.startsWith('release: ') && /webcast|conference call/.test(line)),
    check.contentMarked.join('\n'));
  assert.ok(check.pairF1 >= 0.66, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('maternity closure story in French, against its annotation: a key-figures box is the story, the agency\'s "À propos" section furniture; the closing date conflicts', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts
  // titles that state a fact as content (the demo's annotation does not), so titles are left out
  const check = againstGold('fr-maternite.json', goldOf('fr-maternite.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  assert.ok(!check.contentMarked.some((line) => line.startsWith('locale: ') && !line.includes('Saint-Aurèle :')),
    check.contentMarked.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['30 juin/1er juillet', '1er juillet/30 juin']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('science story, against its annotation: an essay\'s "you" is the story, a "Disclaimer:" line furniture; the follow-up conflicts', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-dementia.json', goldOf('en-dementia.gold.json'));
  assertCopiesFound(check);
  // known: the release's metadata block (the article's title, the funding paragraph) and the
  // magazine's two-sentence title; its standfirst and a question it asks itself
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.every((line) => !line.includes('Disclaimer')), check.furnitureMissed.join('\n'));
  assert.ok(!check.contentMarked.some((line) => line.includes('tells you the range')), check.contentMarked.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['15 years/11 years', '11 years/15 years']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('building collapse story in French, against its annotation: captions before a "(©…)" credit are furniture; the injured count conflicts', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-immeuble.json', goldOf('fr-immeuble.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  assert.deepEqual(check.contentMarked, []);
  const values = conflictPairs(check.story);
  for (const v of ['quatorze/onze']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.8, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('bushfire story in five short pieces, against its annotation: furniture all found, the shared sentence verbatim', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-wildfire.json', goldOf('en-wildfire.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  assert.deepEqual(check.contentMarked, []);
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('metro strike story in French from badly copied pages: a page wrapped at 70 characters keeps its sentences; a lower-case agency dateline and a bare "©" credit are furniture', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-greve-transports.json', goldOf('fr-greve-transports.gold.json'));
  assertCopiesFound(check);
  // known: two items of the "Les plus lus" list inside the page pasted without line breaks
  assert.ok(check.furnitureMissed.every((line) => line.startsWith('site1: ')), check.furnitureMissed.join('\n'));
  assert.deepEqual(check.contentMarked, []);
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('satellite story, against its annotation: readers\' comments between their authors and "Reply" buttons are furniture however topical; an initial in a photo credit keeps its line; the burn date conflicts', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts
  // titles as content (the demo's annotation does not)
  const check = againstGold('en-launch.json', goldOf('en-launch.gold.json'));
  assertCopiesFound(check);
  // known: a newsletter's pitch, a bio's second sentence, a caption's "Image:"/"Credit:" line, a
  // video caption, a "Like Loading..." widget; no reader's comment
  assert.ok(check.furnitureMissed.length <= 5, check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.every((line) => !line.startsWith('blog: ') || line.includes('Like')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('March 17/March 20') || values.has('17 March/March 20'), [...values].join(', '));
  // a change told from either end, its unit named once ("from seven years to about four" / "to
  // around four years from seven"), states the same two values
  assert.ok(!values.has('seven years/four years') && !values.has('four years/seven years'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('reservoir ruling story in French, against its annotation: "Bordeaux (AFP) -" is a dateline, a court\'s annulment told as "retoquée" or "invalide" aligns', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts
  // titles as content
  const check = againstGold('fr-bassine.json', goldOf('fr-bassine.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((line) => line.startsWith('afp: Bordeaux (AFP)')), check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  const { sentence } = check.story;
  assert.ok(shareAClaim(sentence('afp', 'La cour administrative d’appel de Bordeaux a annulé mardi'),
    sentence('regional', 'Saisie par une association environnementale')));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('quarterly results story, against its annotation: a release\'s highlights are the story, its non-GAAP caution and "SOURCE" line furniture, a blog\'s comments too; \$412.6M against \$421.6 million', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-earnings.json', goldOf('en-earnings.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.contentMarked.some((line) => line.startsWith('release: Revenue of') || line.startsWith('release: Cash and')),
    check.contentMarked.join('\n'));
  for (const line of ['release: SOURCE Harlow Devices Inc.', 'release: This press release includes certain non-GAAP'])
    assert.ok(!check.furnitureMissed.some((missed) => missed.startsWith(line)), line);
  assert.ok(!check.furnitureMissed.some((line) => /^techblog: (Saw this|We run|Solid kit|Nine percent)/.test(line)),
    check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['412.6M/421.6 million', '421.6 million/412.6M']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.59, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('monsoon story from South Asian sites, against its annotation: lakhs and rupees read as figures (Rs 5 lakh against Rs 4 lakh), "Also Read:" links are furniture', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-monsoon.json', goldOf('en-monsoon.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.contentMarked, []);
  assert.ok(!check.furnitureMissed.some((line) => /Also [Rr]ead:/.test(line)), check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.length <= 6, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['5 lakh/4 lakh', '4 lakh/5 lakh']) assert.ok(values.has(v), v);
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('noise study story in French, against its annotation: a forum\'s posts are furniture; "IC 95 %" is no figure to conflict with', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts
  // titles as content
  const check = againstGold('fr-etude.json', goldOf('fr-etude.gold.json'));
  assertCopiesFound(check);
  // known: the summary's opening and its closing reminder, which name no page thing
  assert.ok(check.furnitureMissed.filter((line) => line.startsWith('forum: ')).length <= 2, check.furnitureMissed.join('\n'));
  assert.ok(![...conflictPairs(check.story)].some((v) => v.split('/').includes('95')));
  assert.ok(check.pairF1 >= 0.63, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('by-election story, against its annotation: a results table\'s rows are the story, so is "… said:" before a quotation; turnout 46.1% against 41.6 per cent', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-byelection.json', goldOf('en-byelection.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.contentMarked.some((line) => /^broadcaster: (Progressive Alliance|National Union|Majority|Turnout|Electorate)  /.test(line)),
    check.contentMarked.join('\n'));
  assert.ok(!check.contentMarked.some((line) => line.startsWith('party: ') && line.endsWith('said:')), check.contentMarked.join('\n'));
  assert.ok(conflictPairs(check.story).has('41.6 per cent/46.1'), [...conflictPairs(check.story)].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('river rescue story in French, against its annotation: a radio brief\'s foot under its two paragraphs ("Lu 1 245 fois", "Partager sur :", "Facebook") is furniture', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts
  // titles as content
  const check = againstGold('fr-noyade.json', goldOf('fr-noyade.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((line) => line.startsWith('radio: ')), check.furnitureMissed.join('\n'));
  assert.ok(conflictPairs(check.story).has('14/15'), [...conflictPairs(check.story)].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('bridge collapse story, against its annotation: "this developing story" is the page\'s; the inspection report\'s date conflicts, a bridge\'s opening year decades before does not', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-bridge.json', goldOf('en-bridge.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((line) => line.includes('this developing story')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('Feb. 12, 2024/21 February 2024'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('1968')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('electricity tariff story in French, against its annotation: a table\'s rows bars apart are the story; "1er février" is a day, and one day of two years no conflict', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-electricite.json', goldOf('fr-electricite.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.contentMarked.some((line) => line.startsWith('are: ') && line.includes(' | ')), check.contentMarked.join('\n'));
  assert.ok(![...conflictPairs(check.story)].some((v) => v.includes('février')), [...conflictPairs(check.story)].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('museum theft story in French, against its annotation: a caption ending with its photographer in capitals is furniture; nine pieces against eleven, 3h40 against 2h50, "dépasserait les 3 millions" no conflict', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-musee.json', goldOf('fr-musee.gold.json'));
  assertCopiesFound(check);
  // known: a subscription pitch's small print, the city hall's address line; not the live page's
  // title under its cookie notice
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  assert.ok(!check.furnitureMissed.some((line) => line.startsWith('flash: DIRECT.')), check.furnitureMissed.join('\n'));
  assert.ok(!check.furnitureMissed.some((line) => line.includes('GUILLAUME TERRAL')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['neuf/onze', '3h40/2h50']) assert.ok(values.has(v), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('3 millions')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.75, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('oil spill story, against its annotation: a byline\'s date and reading time between bars, "Welcome to our live coverage" are furniture; 63 birds against 36, "several hundred thousand litres" no conflict', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-spill.json', goldOf('en-spill.gold.json'));
  assertCopiesFound(check);
  for (const line of ['bst: By the Blue Shoreline Trust team', 'wbc: Welcome to our live coverage'])
    assert.ok(!check.furnitureMissed.some((missed) => missed.startsWith(line)), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('63/36'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('hundred thousand')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.68, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('emergency landing story, against its annotation: a live page\'s summary lines are the story, a caption over "Leon Ashby/via TWP" is not; 14 treated against 17, not against the three taken to hospital', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-landing.json', goldOf('en-landing.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.contentMarked.some((line) => line.startsWith('abn: ')), check.contentMarked.join('\n'));
  assert.ok(!check.furnitureMissed.some((line) => line.startsWith('twp: Emergency vehicles surround')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('17/Fourteen') && values.has('Fourteen/17'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('three')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('leaked exam story in French, against its annotation: "Il vous reste 54 % de cet article à lire" is furniture; "386 214" and "386.214" are one figure', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-bac.json', goldOf('fr-bac.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((line) => line.includes('Il vous reste')), check.furnitureMissed.join('\n'));
  assert.deepEqual(check.contentMarked, []);
  assert.ok(![...conflictPairs(check.story)].some((v) => v.includes('386')), [...conflictPairs(check.story)].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('novelist\'s death story, against its annotation: related headlines under "More on this story" are furniture however topical; 23 novels against 24, the prize in 1987 against 1988', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts a
  // blog's readers' comments as content (the engine, like the other annotations, as furniture)
  const check = againstGold('en-tribute.json', goldOf('en-tribute.gold.json'));
  assertCopiesFound(check);
  for (const line of ['nbs: Review: Low Tide at Mercy', 'nbs: Why the north\'s shipyard novels'])
    assert.ok(!check.furnitureMissed.some((missed) => missed.startsWith(line)), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['23/24', '24/23', '1987/1988', '1988/1987']) assert.ok(values.has(v), [...values].join(', '));
  assert.equal(values.size, 4, [...values].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('strike day story in French, against its annotation: a table\'s rows a tab apart are the story; 27 arrests in Paris against 32, the next strike day 24 against 26 March', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-manif.json', goldOf('fr-manif.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.contentMarked.some((line) => line.startsWith('fileco: ') && line.includes('\t')), check.contentMarked.join('\n'));
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['27/32', '32/27', '24 mars/26 mars', '26 mars/24 mars']) assert.ok(values.has(v), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('short-term rentals ruling story, against its annotation: a city\'s "Follow the City on … @CityofPortArdell" is furniture, the quotes reprinted verbatim', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-ruling.json', goldOf('en-ruling.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((line) => line.includes('@CityofPortArdell')), check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('motorway pile-up story in French, against its annotation: a copied post\'s "Préfet … @Prefet_HBrenne · 3 déc." is furniture; nine lorries against seven, "vingt et un" is 21', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-carambolage.json', goldOf('fr-carambolage.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((line) => line.includes('@Prefet_HBrenne')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('sept/9') && values.has('9/sept'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('vingt')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('transit fares story, against its annotation: a stamp ending on "a.m.", "If this post was useful, chip in $10…"; $14.2 million against $12.4 million, May 4 against June 1, no conflict with the last rise in 2017', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-fares.json', goldOf('en-fares.gold.json'));
  assertCopiesFound(check);
  for (const line of ['Published March 10, 2026 at 11:48 p.m.', 'If this post was useful']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  assert.ok(!check.contentMarked.some((l) => l.includes('council approved, effective May 4th:')), check.contentMarked.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['14.2 million/12.4 million', '12.4 million/14.2 million', 'June 1/May 4, 2026']) assert.ok(values.has(v), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('2017')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('donor conference story, against its annotation: all after a release\'s "ENDS" is furniture, a long signpost too; 6 September against 8 September, the EU no conflict with the European Union', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-aid.json', goldOf('en-aid.gold.json'));
  assertCopiesFound(check);
  for (const line of ['1. Photographs and broadcast-quality video', 'Spokespeople are available', 'Here is what was pledged']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('8 September/6 September') && values.has('6 September/8 September'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('EU')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.72, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('cycling stage story in French, against its annotation: rankings, gallery captions and readers\' comments are furniture; 38 km against 31 km from the finish', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-cyclisme.json', goldOf('fr-cyclisme.gold.json'));
  assertCopiesFound(check);
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  assert.ok(check.contentMarked.length <= 2, check.contentMarked.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('38/31') && values.has('31/38'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('exoplanet story, against its annotation: notes to editors after "ENDS" stay the story when they state its facts; 112 light years against 124, the size no conflict with the mass', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-science.json', goldOf('en-science.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.contentMarked.some((l) => l.includes('1. The paper, "A tentative detection')), check.contentMarked.join('\n'));
  assert.ok(!check.furnitureMissed.some((l) => l.includes('consider backing me on Patreon')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('112/124') && values.has('124/112'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('2.4') || v.includes('7.9')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.62, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('antibiotic shortage story in French, against its annotation: a parents\' forum\'s furniture; no conflict between rationing "à partir du 16 janvier" and imports "à partir du 27 janvier"', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-sante.json', goldOf('fr-sante.gold.json'));
  // (every run of twelve words or more, as score.py counts them: the annotation also lists the
  // agency's eight-word name, which the agency's own page gives only in its furniture)
  assert.deepEqual(check.repeatsMissed, []);
  assert.deepEqual(check.verbatimMissed.filter(([, text]) => text.split(/\s+/).length >= 12), []);
  for (const line of ['Répondre au sujet', 'Suivre la discussion', 'Page 1 sur 2']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  // (the union's "contingentement décidé … à partir du 16 janvier" against the agency's imports
  // "à partir du 27 janvier": no conflict in the union's release)
  const conflicts = conflictsOf(check.story);
  assert.ok(!conflicts.some(([article]) => article === 'fpif'), JSON.stringify(conflicts));
  assert.ok(check.pairF1 >= 0.57, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('hit-and-run appeal story, against its annotation: a copied Facebook post\'s furniture; the suspect 41 against 44', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-police.json', goldOf('en-police.gold.json'));
  assertCopiesFound(check);
  for (const line of ['243 reactions · 57 comments · 112 shares', 'Private group · 8.4K members', 'Like    Comment    Share']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  const values = conflictPairs(check.story);
  assert.ok(values.has('41/44') && values.has('44/41'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.53, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('phone keynote story, against its annotation: a release\'s footnotes and a forum\'s "bytehound said:" are furniture; 38 countries against 36', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-keynote.json', goldOf('en-keynote.gold.json'));
  assert.deepEqual(check.verbatimMissed, []);
  for (const line of ['*Battery life varies by use', '**Prices include VAT', 'bytehound said:', 'ember_enthusiast said:']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  // the forum reply quoting post #4 repeats it, though its quotation block reads as the page's; known
  // miss: the reply quoting "Orbit though... another subscription? Pass.", whose first copy, a short
  // question on a line of its own, is itself read as a heading
  assert.deepEqual(check.repeatsMissed.map((r) => r.quote), ['Orbit though... another subscription? Pass.']);
  const values = conflictPairs(check.story);
  assert.ok(values.has('38/36') && values.has('36/38'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('film festival story in French, against its annotation: the prize list is the story; the withdrawal on 10 June against 11 June', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-festival.json', goldOf('fr-festival.gold.json'));
  assertCopiesFound(check);
  for (const line of ['Grand Prix – Lanterne d’or', 'Prix du jury : Le Dernier Guichet']) {
    assert.ok(!check.contentMarked.some((l) => l.includes(line)), check.contentMarked.join('\n'));
  }
  const values = conflictPairs(check.story);
  assert.ok(values.has('10 juin/11 juin') && values.has('11 juin/10 juin'), [...values].join(', '));
  // (0.721 while a clause matched at 1.1 times the threshold, 0.676 at 1.5 times, which gained
  // 0.377 summed over the 57 annotated stories)
  assert.ok(check.pairF1 >= 0.66, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('inflation figures story in French, against its annotation: the institute\'s table rows are the story, not datelines', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-inflation.json', goldOf('fr-inflation.gold.json'));
  // (every run of twelve words or more, as score.py counts them: the institute's eight-word name
  // is its page's site name, furniture, on its own page)
  assert.deepEqual(check.repeatsMissed, []);
  assert.deepEqual(check.verbatimMissed.filter(([, text]) => text.split(/\s+/).length >= 12), []);
  for (const line of ['Énergie : +4,1 %', 'Services : +2,6 %', 'Alimentation : +1,2 %']) {
    assert.ok(!check.contentMarked.some((l) => l.includes(line)), check.contentMarked.join('\n'));
  }
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('privacy fine story, against its annotation: wire copy\'s long leads; a release\'s notes and media contact, a paywall teaser, a newsletter box are furniture', () => {
  // written by a helper who saw neither the engine nor the other stories, as wire and newspaper
  // copy is written: a lead packs the fine, its sum in two currencies, the reason and the appeal
  const check = againstGold('en-fine.json', goldOf('en-fine.gold.json'));
  assertCopiesFound(check);
  // known misses: a byline with its reporter's description, an update stamp opening its
  // paragraph, a newsletter's pitch, and a release's note numbers ("2.") annotated apart from
  // their notes
  const known = ['circuit: By Jess Ortega', 'circuit: Update, Oct. 16', 'circuit: The week’s biggest tech policy stories',
    'dpa: 2.', 'dpa: 3.', 'dpa: 4.'];
  assert.deepEqual(check.furnitureMissed.filter((l) => !known.some((k) => l.startsWith(k))), []);
  assert.ok(check.contentMarked.length <= 1, check.contentMarked.join('\n'));
  assert.ok(check.pairF1 >= 0.68, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('hospital ransomware story, against its annotation: a trust\'s stacked updates; 2,300 appointments postponed against 3,200', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-ransomware.json', goldOf('en-ransomware.gold.json'));
  assert.deepEqual(check.verbatimMissed, []);
  // the local site's paragraph pasted twice is a repeat; the advice the trust prints under each
  // of its three updates ("Please continue to attend your appointment unless we contact you…") is
  // read as the page's furniture, not as the story repeated (known miss)
  assert.deepEqual(check.repeatsMissed.map((r) => r.article), ['trust', 'trust']);
  for (const line of ['Update 3 – Friday 14:00', 'Update 2 – Wednesday 11 March, 19:00', 'Was this page helpful?', 'Accept all cookies']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  const values = conflictPairs(check.story);
  assert.ok(values.has('3,200/2,300') && values.has('2,300/3,200'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.58, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('HLM searches story in French, against its annotation: an agency\'s initials, a radio page\'s furniture; the audit report in September against July', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-perquisition.json', goldOf('fr-perquisition.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.contentMarked, []);
  // known misses: a photo caption with its credit run into one line, a reader's comment, a related
  // explainer's title, and "Ce message s'affichera sur l'autre appareil." from a login box
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('juillet 2025/septembre 2025') && values.has('septembre 2025/juillet 2025'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.73, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('rail strike story, against its annotation: a tabloid\'s poll, a union\'s notes, an operator\'s advice page; the second strike on 18-19 March against 17-18, the cost K$95m against K$59m', () => {
  // written by a helper who saw neither the engine nor the other stories, after this session's
  // alignment and conflict changes
  const check = againstGold('en-railstrike.json', goldOf('en-railstrike.gold.json'));
  assert.deepEqual(check.verbatimMissed, []);
  for (const line of ['Do you support the strike?', 'Check before you travel', 'ENDS', 'Notes to editors']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  const values = conflictPairs(check.story);
  for (const v of ['59m/95m', '95m/59m', 'March 17 and 18/March 18-19', '18 and 19 March/March 17 and 18']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.64, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('coach crash story in French, against its annotation: a live page\'s stamps, an agency\'s dated links; the crash at 5h40 against 4 h 40', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-autocar.json', goldOf('fr-autocar.gold.json'));
  assertCopiesFound(check);
  // the agency's list of its other dispatches, each ending with its date and time in brackets
  for (const line of ["le Quai d'Orsay active sa cellule de crise (09/04 09:12)", 'les temps de conduite (FICHE) (09/04 12:30)']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  // known misses: a newsletter's pitch, the reading bar that repeats the headline ("Vous lisez : …")
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('4 h 40/05H40') && values.has('05H40/4 h 40'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.59, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('climate protest story, against its annotation: a magazine\'s date under its byline and its pull quote; "more than a dozen" routes is no conflict with 14', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-protest.json', goldOf('en-protest.gold.json'));
  assert.deepEqual(check.verbatimMissed, []);
  assert.ok(!check.furnitureMissed.some((l) => l.includes('Oct. 15, 2025')), check.furnitureMissed.join('\n'));
  // the magazine's pull quote, which repeats a quotation told inside a longer sentence, is a repeat;
  // so is the activists' pasted paragraph, whose "We sang, we handed out coffee…" is their voice (a
  // group telling the story as "we"), not the page speaking
  assert.deepEqual(check.repeatsMissed, []);
  const values = conflictPairs(check.story);
  assert.ok(![...values].some((v) => v.includes('dozen')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.53, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('a first-person account compared alone stays the story, whatever its page furniture: a blogger\'s evening, a mayor\'s post', () => {
  // (its "I", "my" and "we" are the story's voice once three of its long prose sentences speak so,
  // however little of their vocabulary the rest of the page repeats)
  for (const [file, id, lines] of [
    ['en-heatwave.json', 'blog', ['At about 6:45 that evening my street in Westfield went dark.', 'We were part of the rolling blackouts']],
    ['fr-maternite.json', 'facebook', ['Je le dis avec gravité', 'Et j\'ai demandé à nos avocats']],
  ]) {
    const article = goldOf(file).articles.find((a) => a.id === id);  // (the story's bundle)
    const r = comparator.compare([article]);
    for (const line of lines) {
      const at = article.text.indexOf(line);
      assert.ok(at >= 0, line);
      const sentence = r.articles[0].sentences.find((x) => x.start <= at && at < x.end);
      assert.notEqual(sentence.kind, 'boilerplate', `${id}: ${line}`);
    }
  }
});

test('every annotated pair of sentences, compared alone as `corroborate batch` compares a line: most same-claim pairs agree, nearly all others do not', () => {
  // Two sentences are a story too small for the IDF to tell a rare word from a common one; the
  // engine lowers its threshold there (see align.cpp).  Units from different articles of each
  // annotated story: a pair is the same claim when the annotation puts both in one.
  const { tp, fn, fp, tn } = scoreGoldPairs(comparator);
  assert.ok(tp + fn > 1000 && fp + tn > 10000, `${tp + fn} same-claim pairs, ${fp + tn} others`);
  // (0.678 and 0.971 today over eighty stories, with figures and names weighed by kind in so small a
  // story; 0.729 and 0.954 over sixty stories before; 0.705 and 0.956 over twenty-eight, 0.698 and
  // 0.962 over the first sixteen; 0.682 and 0.964 before clauses were aligned; at the full
  // threshold 0.536 of the same-claim pairs were found, 0.989 of the others kept apart)
  const found = tp / (tp + fn), apart = tn / (tn + fp);
  assert.ok(found >= 0.65, `same-claim pairs found: ${found.toFixed(3)}`);
  assert.ok(apart >= 0.95, `other pairs kept apart: ${apart.toFixed(3)}`);
});

test('volcano story, against its annotation: a travel site\'s question subheads, a bulletin, an ash advisory; the last eruption in 1987 against 1978', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-eruption.json', goldOf('en-eruption.gold.json'));
  assertCopiesFound(check);
  for (const line of ['Are flights affected?', 'Can I still get to or leave the island?', 'Is it safe to be on Sarne Island?',
    'Should I cancel my trip?', 'Was this article helpful?']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  // known misses: the bulletin's "next bulletin" line and its contact line (cut at "Calder." and
  // "Tel."), the line handing over to the advisory
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('1987/1978') && values.has('1978/1987'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.49, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('rockfall story in French, against its annotation: a columnist\'s bio at the foot, a town hall\'s post; the road reopening on 23 March against 16', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-eboulement.json', goldOf('fr-eboulement.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((l) => l.includes("Journaliste à l'agence de Montrivel")), check.furnitureMissed.join('\n'));
  // known miss: a video's credit line, which the segmenter cuts at its initials ("Reportage : P. Lenoir, S. Aubry")
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('23 mars/16 mars') && values.has('16 mars/23 mars'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.71, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('doping story, against its annotation: a betting advertisement\'s small print, a tabloid\'s pull quote, replies under a post', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-doping.json', goldOf('en-doping.gold.json'));
  assertCopiesFound(check);
  for (const line of ['New customers only. Min stake 10. T&Cs apply.', '18+ Gamble responsibly.']) {
    assert.ok(!check.furnitureMissed.some((l) => l.includes(line)), check.furnitureMissed.join('\n'));
  }
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.60, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('hospital inspection story, against its annotation: a regulator\'s release ending "Ends" with its press office\'s number; the longest wait 41 hours against 47', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-hospital.json', goldOf('en-hospital.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((l) => l.includes('For media enquiries')), check.furnitureMissed.join('\n'));
  // known misses: the release's notes on the regulator itself, which share the story's words, and a
  // campaign's charity footer and appeals
  assert.ok(check.furnitureMissed.length <= 9, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('41 hours/47 hours') && values.has('47 hours/41 hours'), [...values].join(', '));
  // the inspection "on 4 and 5 February 2025" and "February 4 and 5" are one date
  assert.ok(![...values].some((v) => v.includes('February 4')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.52, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('no-confidence vote story in French, against its annotation: 263 votes against 266, the earlier motion on 28 October against 4 November', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-motion.json', goldOf('fr-motion.gold.json'));
  assert.deepEqual(check.verbatimMissed, []);
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['263/266', '266/263', '28 octobre/4 novembre', '4 novembre/28 octobre']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.64, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('layoffs story, against its annotation: two sites\' "All rights reserved", a memo quoted in a forum; the earlier cuts in January 2025 against March', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-layoffs.json', goldOf('en-layoffs.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((l) => l.includes('All rights reserved')), check.furnitureMissed.join('\n'));
  // known misses: a caption and its credit, a newsletter's pitch, a paywall's offer, the forum
  // post's title and its moderator's reminder
  assert.ok(check.furnitureMissed.length <= 8, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('January 2025/March') && values.has('March/January 2025'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.67, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('corruption trial story in French, against its annotation: a daily\'s newsletter label, an association\'s release; the fine 80 000 € against 100 000, the contracts 4,2 against 4,8 million', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-corruption.json', goldOf('fr-corruption.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((l) => l.includes('Newsletter Val de Lieuve Matin')), check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['80 000/100 000', '4,2 millions/4,8 millions', '4,8 millions/4,2 millions']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.74, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('whale stranding story, against its annotation: a live blog, a release updated at its top, a charity\'s post; the earlier stranding in 2014 against 2013', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-stranding.json', goldOf('en-stranding.gold.json'));
  assertCopiesFound(check);
  // known misses: a release's note on its own updates, a live blog's sign-off, a charity's asides
  assert.ok(check.furnitureMissed.length <= 7, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('2014/2013') && values.has('2013/February 2014'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.60, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('river pollution story in French, against its annotation: a forum\'s post headers with abbreviated weekdays; 12 km against 15, 2,5 tonnes against four', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-pollution.json', goldOf('fr-pollution.gold.json'));
  assert.deepEqual(check.verbatimMissed, []);
  assert.ok(!check.furnitureMissed.some((l) => l.startsWith('forum: Message par')), check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.length <= 8, check.furnitureMissed.join('\n'));
  // the pasted paragraph and both forum quotations are repeats, the quotation blocks included
  assert.deepEqual(check.repeatsMissed, []);
  const values = conflictPairs(check.story);
  // (the stretch of river, about twelve km against more than 15: two outlets give the twelve,
  // "près de 12 kilomètres" in a sentence that also tells the tonnage, and "une douzaine de
  // kilomètres" in one of its own, which is the one that lines up with the federation's 15 km since
  // a hyphenated place name, "Ferrières-la-Combe", stopped counting as four words)
  assert.ok(values.has('douzaine/15') && values.has('15/douzaine'), [...values].join(', '));
  for (const v of ['2,5/quatre', 'quatre/2,5']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.58, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('drone closure story, against its annotation: an airport\'s notices, a live blog\'s comments; 41 flights against 47', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-drone.json', goldOf('en-drone.gold.json'));
  assertCopiesFound(check);
  // known misses: the airport's notes on its flight data and app, a comment's author line
  assert.ok(check.furnitureMissed.length <= 5, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('41/47') && values.has('47/41'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.58, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('hospital cyberattack story in French, against its annotation: a social network\'s menu set apart by wide gaps is furniture', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-cyberattaque.json', goldOf('fr-cyberattaque.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((l) => l.startsWith('soignanet: Accueil')), check.furnitureMissed.join('\n'));
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.51, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('food recall story, against its annotation: a record\'s labelled cells, the product names over them, a list of dated entries and a wire\'s summary points are the story', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-foodrecall.json', goldOf('en-foodrecall.gold.json'));
  assert.deepEqual(check.repeatsMissed, []);
  // known miss: the regulator's advice to call a helpline ('If you have eaten one of these products
  // and feel unwell, … call HealthLine on 0300 555 0111') is taken for a call to action, and the run
  // it shares with the shop's goes with it
  assert.deepEqual(check.verbatimMissed.map(([a]) => a).sort(), ['halletts', 'nfsa']);
  const marked = check.contentMarked.join('\n');
  for (const line of ['nfsa: Pack size: 400g', 'nfsa: Brindle Kitchen Beef Lasagne', 'halletts: Brindle Kitchen Beef Lasagne 800g',
    'wire: Seven people ill', 'wire: Company halts production']) assert.ok(!marked.includes(line), `${line}\n${marked}`);
  // known misses: a regulator's note on recalls in general, a shop's stock closing lines
  assert.ok(check.furnitureMissed.length <= 9, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.64, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('avalanche story, against its annotation: a caption over its \'Picture:\' credit; a group of seven against eight', () => {
  // written by a helper who saw neither the engine nor the other stories (its conflicting versions,
  // written as claims of their own, merged into one claim each as the other annotations have them)
  const check = againstGold('en-avalanche.json', goldOf('en-avalanche.gold.json'));
  assertCopiesFound(check);
  assert.ok(!check.furnitureMissed.some((l) => l.includes('Picture: Blaze Pictures')), check.furnitureMissed.join('\n'));
  // known miss: the rescue service's appeal, half of it about its volunteers ('Our volunteers are on
  // call 365 days a year. Support them – donate today.')
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('seven/Eight') && values.has('Eight/seven'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.47, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('earthquake story in French, against its annotation: a stamp line of two dates, a most-read list, a magnitude of 4,7 against 4,9', () => {
  // written by a helper who saw neither the engine nor the other stories (conflicting versions merged
  // as above)
  const check = againstGold('fr-seisme.json', goldOf('fr-seisme.gold.json'));
  assertCopiesFound(check);
  const missed = check.furnitureMissed.join('\n');
  for (const line of ['radio: Publié le mardi', 'reveil: 1. Tarentaise', 'reveil: 3. Séisme']) assert.ok(!missed.includes(line), `${line}\n${missed}`);
  assert.ok(check.furnitureMissed.length <= 2, missed);
  const values = conflictPairs(check.story);
  assert.ok(values.has('4,7/4,9') && values.has('4,9/4,7'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.58, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('ferry grounding story, against its annotation: 143 passengers against 147, six injured against five', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-ferry.json', goldOf('en-ferry.gold.json'));
  assertCopiesFound(check);
  // known misses: a release's notes to editors, a licence line, a company's registration, a
  // comment box's prompt
  assert.ok(check.furnitureMissed.length <= 5, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['143/147', '147/143', 'Six/Five', 'Five/Six']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.57, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('airline liquidation story in French, against its annotation: court protection from 14 November against 21 November', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-compagnie.json', goldOf('fr-compagnie.gold.json'));
  assertCopiesFound(check);
  // known misses: a union release's title line, a practical guide's numbered subheadings
  assert.ok(check.furnitureMissed.length <= 5, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('14 novembre/21 novembre 2024') && values.has('21 novembre 2024/14 novembre'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.67, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('mine collapse story, against its annotation: nine trapped against eight; a newsletter whose other items are no story', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-mine.json', goldOf('en-mine.gold.json'));
  assertCopiesFound(check);
  // known misses: the newsletter's three other items (prose on other matters), a wire's republication
  // notice, a release's "Further updates will be provided", a caption with its credit
  assert.ok(check.furnitureMissed.length <= 10, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('Nine/eight') && values.has('eight/Nine'), [...values].join(', '));
  // the chief inspector of mines named Rupert Aldane and Robert Aldane
  assert.ok(values.has('Rupert Aldane/Robert Aldane') && values.has('Robert Aldane/Rupert Aldane'), [...values].join(', '));
  // (interim findings "within 12 weeks" and "within three months" are one time, months being 28 to 31 days)
  assert.ok(!values.has('12 weeks/three months'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('dam failure story in French, against its annotation: a residents\' forum is the story; 1 200 evacuated against 1 350', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-barrage.json', goldOf('fr-barrage.gold.json'));
  assertCopiesFound(check);
  // the forum's posts are its page's text: none marked furniture but the moderator's caution (a "Merci de")
  assert.ok(check.contentMarked.length <= 2, check.contentMarked.join('\n'));
  assert.ok(check.furnitureMissed.length <= 6, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['1 200/1 350', '1 350/1 200', 'mars 2022/juin 2021', 'juin 2021/mars 2022']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.58, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('budget story, against its annotation: an e-paper page in narrow columns reads as prose; 1.9bn against 2.9bn', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-budget.json', goldOf('en-budget.gold.json'));
  assertCopiesFound(check);
  // the e-paper's lead, its words split at hyphens across lines, is one sentence of the story
  const epaper = check.story.story.articles.findIndex((a) => a.id === 'epaper');
  const text = check.story.story.articles[epaper].text;
  const at = text.indexOf('git Odell yesterday');
  const lead = check.story.result.articles[epaper].sentences.find((x) => x.start <= at && at < x.end);
  assert.ok(text.slice(lead.start, lead.end).startsWith('Finance Minister Mar-\ngit Odell'), text.slice(lead.start, lead.end));
  assert.ok(text.slice(lead.start, lead.end).endsWith('from 3.9 per cent.'), text.slice(lead.start, lead.end));
  assert.equal(lead.kind, 'agree');
  const values = conflictPairs(check.story);
  for (const v of ['1.9 billion/2.9 BILLION', 'July 1, 2026/1 January 2026']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  // (the e-paper's 3.4% deficit against 3.2%, read once its columns are; "ALK3.4bn" against "ALK 3.4
  // billion" is no conflict)
  assert.ok(values.has('3.4 per cent/3.2') && !values.has('ALK/ALK3.4bn'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.74, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('excavation story in French, against its annotation: digging began on 3 March against 17 February', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-fouilles.json', goldOf('fr-fouilles.gold.json'));
  assertCopiesFound(check);
  // known misses: a magazine's next-issue line, another story's headline
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  // (the 3 March of the institute, "3 mars 2025", or of the TV report, "3 mars": whichever the
  // claim with the radio's 17 February holds)
  const values = conflictPairs(check.story);
  assert.ok(values.has('17 février/3 mars 2025') || values.has('17 février/3 mars'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.63, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('prison escape story, against its annotation: a policy of closed comments and a live blog\'s furniture; four officers on duty against three', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-escape.json', goldOf('en-escape.gold.json'));
  assertCopiesFound(check);
  // known misses: a police site's emergency numbers and photo line, a radio presenter's thanks, a
  // transcript's disclaimer, a wire's "about us"; none of the readers' comments (their buttons' row
  // is "Reply · Report · 14 likes")
  assert.ok(check.furnitureMissed.length <= 6, check.furnitureMissed.join('\n'));
  assert.ok(!check.furnitureMissed.some((line) => line.startsWith('gazette: ')), check.furnitureMissed.join('\n'));
  assert.ok(!check.furnitureMissed.some((line) => line.includes('Comments are')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('four/three') && values.has('three/four'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.53, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('bear attack story in French, against its annotation: a hiker of 52 against 54, 63 ewes against 71', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-ours.json', goldOf('fr-ours.gold.json'));
  assertCopiesFound(check);
  // known misses: an association's donation lines beside its appeal
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  for (const v of ['52/54', '54/52', '63/71', '71/63']) assert.ok(values.has(v), `${v}: ${[...values].join(', ')}`);
  assert.ok(check.pairF1 >= 0.63, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('pipeline explosion story, against its annotation: safe-harbour language and terms of reuse are the page\'s; eight injured against 11', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-pipeline.json', goldOf('en-pipeline.gold.json'));
  assertCopiesFound(check);
  for (const phrase of ['Forward-looking statements are based', 'may not be reproduced', 'Reproduction or redistribution'])
    assert.ok(!check.furnitureMissed.some((line) => line.includes(phrase)), check.furnitureMissed.join('\n'));
  // known miss: the operator's "about us" line on its shares
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('11/eight') && values.has('eight/11'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.57, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('literary prize story in French, against its annotation: a quotation\'s closing "»" after a space ends it; six votes against seven', () => {
  // written by a helper who saw neither the engine nor the other stories; its annotator counts a
  // book's data sheet and an interview's questions as content (known misses)
  const check = againstGold('fr-prix-litteraire.json', goldOf('fr-prix-litteraire.gold.json'));
  assertCopiesFound(check);
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  // no sentence is a guillemet alone, or opens with one
  for (const [i, article] of check.story.result.articles.entries()) {
    const text = check.story.story.articles[i].text;
    for (const x of article.sentences) assert.ok(!text.slice(x.start, x.end).startsWith('»'), text.slice(x.start, x.end));
  }
  const values = conflictPairs(check.story);
  assert.ok(values.has('sept/six') && values.has('six/sept'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.53, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('extradition story, against its annotation: a court page\'s "Most read" chart is furniture though its headlines are the court\'s; 3,400 investors against 4,300', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-extradition.json', goldOf('en-extradition.gold.json'));
  assertCopiesFound(check);
  assert.deepEqual(check.furnitureMissed, []);
  const values = conflictPairs(check.story);
  assert.ok(values.has('3,400/4,300') && values.has('4,300/3,400'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.57, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('hailstorm story in French, against its annotation: a box of key figures and a radio transcript\'s speakers are the story; one grower in three insured is no conflict with two in three not insured', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-grele.json', goldOf('fr-grele.gold.json'));
  assertCopiesFound(check);
  // known miss: a wine site's health warning
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  for (const line of ['23 communes sinistrées', 'KARINE BOUSQUET : Julien Ferrandou cultive'])
    assert.ok(!check.contentMarked.some((c) => c.includes(line)), check.contentMarked.join('\n'));
  // "un viticulteur sur trois" (insured) against "deux viticulteurs sur trois" (not insured): no
  // conflict; against "30 %", one (the annotation counts them alike: a judgement the engine does
  // not share, "un TER sur trois" against "30 % des TER" being another figure in fr-greve)
  const values = conflictPairs(check.story);
  assert.ok(!values.has('un viticulteur sur trois/deux viticulteurs sur trois'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('zoo escape story, against its annotation: a tiger of nine against seven; half a dozen schools are six', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-zoo.json', goldOf('en-zoo.gold.json'));
  assertCopiesFound(check);
  // known misses: a zoo's membership pitch, an "IMPORTANT:" label; a tabloid's numbered "most read"
  // list and a charity's registration are furniture
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  assert.ok(!check.furnitureMissed.some((line) => line.includes('Lottery winner')), check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('nine/seven') && values.has('seven/nine'), [...values].join(', '));
  assert.ok(![...values].some((v) => v.includes('dozen')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.52, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('chemical plant explosion story, against its annotation: a fire service\'s release pulled from a PDF, its wrapped lines one sentence again; seven injured against a forum\'s eight', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-blast.json', goldOf('en-blast.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // the lines of a sentence wrapped before a name ("… on Marlpit Lane" / "Industrial Estate,
  // Wrexley.") and inside a bracket ("(Tuesday 10" / "March)") are one sentence, the story's
  const called = story.sentence('wdfrs', 'Wrexley and Dunmore Fire and Rescue Service was called at 06:42');
  const text = story.story.articles.find((a) => a.id === 'wdfrs').text.slice(called.start, called.end);
  assert.ok(text.endsWith('Industrial Estate, Wrexley.'), text);
  assert.notEqual(called.kind, 'boilerplate');
  // the release's title line in capitals is its heading, furniture
  assert.equal(story.sentence('wdfrs', 'INCIDENT UPDATE 3').kind, 'boilerplate');
  // known misses: a newsletter's "Here's where things stand this morning:", and a forum's replies,
  // which its annotation counts as readers' comments
  assert.ok(check.furnitureMissed.length <= 6, check.furnitureMissed.join('\n'));
  // the planted conflict: the forum's 8 injured against the fire service's seven (known false ones
  // left: two with serious burns against three taken to hospital, a post's "EDIT 13:40" against the
  // fire under control at 13:10)
  const values = conflictPairs(story);
  assert.ok(values.has('8/Seven') && values.has('Seven/8'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.6, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('antitrust settlement story, against its annotation: a wire\'s "Summary" box is the story; a podcast\'s episode title, hosts and sponsor are furniture; a quoted "today" is no date', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-settlement.json', goldOf('en-settlement.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  for (const line of ['Fine of 48.5 mln euros', 'Refund scheme of up to 21 mln euros', 'Shares up 4.2%', 'Rival Forkful calls penalty'])
    assert.notEqual(story.sentence('meridian', line).kind, 'boilerplate', line);
  for (const line of ['Ep. 147', 'Hosted by Ruth Okafor', 'This episode is sponsored by'])
    assert.equal(story.sentence('remedy-pod', line).kind, 'boilerplate', line);
  // the regulator's "today's settlement", quoted by the release and by a paper the day after, is the
  // day she spoke, no date of the paper's: no conflict with itself, nor with "yesterday"
  const values = conflictPairs(story);
  assert.ok(![...values].some((v) => /today|yesterday/i.test(v)), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('regional train derailment story in French, against its annotation: a live page, a prefecture\'s release from a PDF, a forum; 57 passengers against 64', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-deraillement.json', goldOf('fr-deraillement.gold.json'));
  assertCopiesFound(check);
  // known misses: a reader's comment, the release's title, a caption over "Photo … / S. J."
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  // the planted conflicts, and no other: 57 passengers against the live page's 64, the line
  // reopening "not before 16 March" against "not before 20 March"
  const values = [...conflictPairs(check.story)].sort();
  assert.deepEqual(values, ['16 mars/20 mars', '20 mars/16 mars', '57/64', '64/57']);
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('hospital IT outage story, against its annotation: a government page, a broadcaster\'s Q&A with an embedded post, a staff forum thread, an AMP page; 212 operations postponed against nearly 300', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-itoutage.json', goldOf('en-itoutage.gold.json'));
  assertCopiesFound(check);
  // known misses: a numbered section heading, a bio's second sentence, a related live page's title
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('212/300') && values.has('300/212'), [...values].join(', '));
  // (known false one: the supplier's and the hospital group's chief executives each apologised,
  // read as one apology by two names)
  assert.ok(check.pairF1 >= 0.45, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('assize court verdict story in French, against its annotation: a pull quote of two sentences is a repeat, "A lire aussi" and "- FIN -" furniture; 180 000 euros against 210 000', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-assises.json', goldOf('fr-assises.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  assert.equal(story.sentence('cabinet-dauzat', '- FIN -').kind, 'boilerplate');
  assert.equal(story.sentence('actu24-afp', 'A lire aussi').kind, 'boilerplate');
  // known misses: a court reporter's bio and a reader's reply on her thread
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('180 000/210 000') && values.has('210 000/180 000'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('marathon world record story, against its annotation: a wiki page\'s references, categories and licence are furniture; a live blog, a federation\'s results; aged 24 against 25', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-marathon.json', goldOf('en-marathon.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  for (const line of ['^ a b "Om løpet"', 'Categories: Marathons in Norway', 'Text is available under the Creative Commons'])
    assert.equal(story.sentence('freepedia', line).kind, 'boilerplate', line);
  assert.equal(story.sentence('stride-feature', 'You must be logged in').kind, 'boilerplate');
  // known misses: the live blog's title and an entry's title, a gear box's product blurbs and a
  // newsletter's tagline; (and known content marked furniture: the wiki's list of past records,
  // each a year, a name, a time and a city nobody else names)
  assert.ok(check.furnitureMissed.length <= 7, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('24/25') && values.has('25/24'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('baby formula recall story, against its annotation: a regulator\'s notice of labelled fields and lot codes, a parenting blog, a store\'s notice; seven batches against six', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-formula.json', goldOf('en-formula.gold.json'));
  assertCopiesFound(check);
  // known misses: the notice's date and type fields, an affiliate disclosure, two captions, a
  // "Most viewed" item; (and known content marked furniture: the notice's fields that carry a fact
  // and its lot codes, which no other outlet repeats)
  assert.ok(check.furnitureMissed.length <= 7, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('six/seven') && values.has('three/two'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.45, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('overseas floods story in French, against its annotation: a weather bulletin, a town hall\'s Facebook page, a live page, a prefecture\'s release; the missing man aged 54 against 57', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-inondations.json', goldOf('fr-inondations.gold.json'));
  assertCopiesFound(check);
  // known misses: residents' comments, a live entry's title
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  const values = conflictPairs(check.story);
  assert.ok(values.has('54/57') && values.has('57/54'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('council election story, against its annotation: a council\'s results table, rows of four cells between bars, is the story; a Tollbar margin of nine against 11', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-council.json', goldOf('en-council.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  for (const row of ['Nadia Farrant | Residents First | 1,648 | Elected', 'Colin Dewhurst | Progress Party | 1,195 |'])
    assert.notEqual(story.sentence('council', row).kind, 'boilerplate', row);
  // known misses: a table's header, a live page's and a newsletter's greetings and sign-offs, a
  // party's imprint line
  assert.ok(check.furnitureMissed.length <= 8, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('nine/11') && values.has('11/nine'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('walking study story, against its annotation: a health page\'s numbered references and disclaimer, a podcast\'s sponsor read are furniture', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-study.json', goldOf('en-study.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  for (const line of ['1. Vantongeren H, Idowu-Marsh S, et al.', 'This content is for informational purposes only'])
    assert.equal(story.sentence('healthvista', line).kind, 'boilerplate', line);
  assert.equal(story.sentence('vital-signs', 'This episode is supported by').kind, 'boilerplate');
  // known misses: the podcast's "HOST A:" labels, which its annotation marks apart from their
  // turns, a reference without authors, a show's lead-in to its sponsor; (its planted conflicts, a
  // follow-up of "nearly eight years" against 6.8 and "about fourteen thousand" people against
  // 12,400, are not found)
  assert.ok(check.furnitureMissed.length <= 10, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('forest fire story in French, against its annotation: a fire service\'s page, a prefecture\'s thread, a live page, a national daily, a campsite\'s notice', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-feu.json', goldOf('fr-feu.gold.json'));
  assertCopiesFound(check);
  // known misses: a daily's box of generic advice, readers' replies, a campsite's opening hours;
  // (and known content marked furniture: the fire service's labelled figures, "Surface parcourue :
  // 1 200 ha", the live page's entry titles, the campsite's message to its guests in "nous" and
  // "vous"; its planted conflicts, "près de 1 500 hectares" and two firefighters hurt, are not found)
  assert.ok(check.furnitureMissed.length <= 6, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.4, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('battery tariff story, against its annotation: a newsletter digest\'s other items are its story, a markets live page\'s ticker is furniture; 35% against 38%', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-tariff.json', goldOf('en-tariff.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // a company only the live page covers opens its entry, whose title and key event name it: the
  // story's thing, not the site's name
  assert.notEqual(story.sentence('markets-live', 'Greyhaven Resources, the London-listed').kind, 'boilerplate');
  assert.notEqual(story.sentence('markets-live', 'The FTSE 100 has opened').kind, 'boilerplate');
  assert.equal(story.sentence('markets-live', 'FTSE 100 8,214.33').kind, 'boilerplate');
  // known misses: a digest's numbered item titles, a live entry's "More details as we get them.",
  // a wire's quote-delay notice; (its second planted conflict, July 15 against 1 July, is not found)
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('35/38') && values.has('38/35'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('airport rumour story, against its annotation: a fact-check\'s sources, a TV page, a reporter\'s thread, a forum; 7:48 against 8:14 a.m.', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-viral.json', goldOf('en-viral.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  for (const line of ['Ashgrove Regional Airport, statement on terminal evacuation', 'Linwick Police Department, news conference'])
    assert.equal(story.sentence('clearcheck', line).kind, 'boilerplate', line);
  // a headline of 18 words under a section named "U.S."
  assert.equal(story.sentence('meridian', 'A bag, a video and a rumor').kind, 'boilerplate');
  // known misses: forum replies and rules, a thread's teaser post, a caption credited "(… for The
  // Meridian)", a related link that is a headline and a sentence
  assert.ok(check.furnitureMissed.length <= 10, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('7:48 a.m/8:14 a.m') && values.has('1400/2,000'), [...values].join(', '));
  // a figure this year and one last year are two points of a series
  assert.ok(!values.has('this year/last year'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('Rhône pollution story in French, against its annotation: Swiss, Belgian and French sites, a wire portal, a press review; 4.000 against 6 000 litres', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-franco.json', goldOf('fr-franco.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  assert.equal(story.sentence('kiosque', 'Ce site utilise des cookies').kind, 'boilerplate');
  // a byline's bio at the foot, its name over "Publié aujourd'hui à 18h42"
  assert.equal(story.sentence('tribune', 'Julien Favre est journaliste').kind, 'boilerplate');
  // known misses: a wire's automatic-publication notice, a text-to-speech notice; (the
  // compensation fund's CHF 2,5 millions against €3 millions is not found, and 8300 Genevans are
  // read against 23 000 on both sides of the border)
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('4.000/6\u00a0000') && values.has('6\u00a0000/4.000'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.5, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('château fire story in French, against its annotation: scraping noise, entities, markdown, invisible characters; 85 against 110 firefighters', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-scrape.json', goldOf('fr-scrape.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // a reader-mode export's bold lead and a sentence with a markdown link are the story
  assert.notEqual(story.sentence('hexagone', '**Le feu').kind, 'boilerplate');
  assert.notEqual(story.sentence('hexagone', 'Pas moins de 85 sapeurs-pompiers').kind, 'boilerplate');
  // known misses: an image's alt text, a "Lire aussi" glued to a sentence, a pull quote's heading
  // in entities
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  assert.deepEqual(check.contentMarked, []);
  const values = conflictPairs(story);
  assert.ok(values.has('85/110'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('warehouse fire story in French, against its annotation: a live page, a TV transcript, a prefecture\'s release, a radio brief; 8 000 m² and the 3 000 burnt are no conflict', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-direct.json', goldOf('fr-direct.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // a reporter's turn in the transcript, labelled by trade
  assert.notEqual(story.sentence('telenord', 'JOURNALISTE : Peu après midi').kind, 'boilerplate');
  // known misses: the live page's sign-off, a tweet's picture link after its text, a reporter's
  // sign-off in the transcript; (its planted conflicts, 17 h 40 against "vers 18 heures" and four
  // hospitalised against three, are not found)
  assert.ok(check.furnitureMissed.length <= 3, check.furnitureMissed.join('\n'));
  assert.deepEqual(check.contentMarked, []);
  const values = conflictPairs(story);
  assert.ok(!values.has('8 000/3 000'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('water ruling story, against its annotation: a judgment scraped from a PDF, a law firm\'s alert, an advocacy blog; $18.6 million against $21.6 million', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-judgment.json', goldOf('en-judgment.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // the running header between the PDF's pages, the case's "v." and "No." kept in one line
  assert.equal(story.sentence('court', 'Delgado v. Aldervale Water Co. — CA-2026-0412').kind, 'boilerplate');
  // known misses: the court's caption lines, its publication notice, an advocacy group's tagline
  // and donation box; (and the group's "we", the story's in its annotation, is read as the page's)
  assert.ok(check.furnitureMissed.length <= 5, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('18.6 million/21.6 million') && values.has('60 days/90 days'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.45, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('derby story, against its annotation: a match centre, player ratings, a league statement, a fans\' podcast page, a radio brief', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-derby.json', goldOf('en-derby.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  assert.equal(story.sentence('bluelane', '#WENWAT pic.twitter.com').kind, 'boilerplate');
  // known misses: line-ups, a stats row, a betting advert, a statement's sign-off and its note to
  // editors; (and known content marked furniture: player ratings and match facts its annotation
  // calls the story; its planted conflicts, the 94th against the 96th minute and 20 minutes
  // against "almost half an hour", are not found)
  assert.ok(check.furnitureMissed.length <= 6, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.45, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('antacid study story, against its annotation: a university\'s release, a wire, a health site with references, a sceptical blog with comments, a tabloid; 41,236 against 14,000 people, 28% against 23%', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-preprint.json', goldOf('en-preprint.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // a reference of several sentences is one line of the list; a comment's "… says:" is its author's line
  assert.equal(story.sentence('wellspring', 'Common antacid linked to higher kidney stone risk').kind, 'boilerplate');
  assert.equal(story.sentence('wellspring', 'Kidney stones: overview').kind, 'boilerplate');
  assert.equal(story.sentence('confounder', 'Dr Anneke V').kind, 'boilerplate');
  // "…, said Dr. Hargreave, who reviewed this article": the page named at the tail of the story's sentence
  assert.notEqual(story.sentence('wellspring', 'But when it’s taken often').kind, 'boilerplate');
  // (and the paper's reference opening with its authors, without a list number)
  assert.equal(story.sentence('hallowmere-pr', 'Falkner-Doyle I, Weber T').kind, 'boilerplate');
  // known misses: an interview offer under the release's "Notes to editors" (other releases' notes
  // tell the story); and known content marked furniture: the tabloid's standfirst
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('41,236/14,000') && values.has('28/23'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.55, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('short-let bill story in French, against its annotation: a daily behind a paywall, the Senate\'s release, a regional paper\'s AFP copy, an investors\' blog, a live feed; 214 against 241 votes', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-senat.json', goldOf('fr-senat.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  assert.deepEqual(check.furnitureMissed, []);
  // (known content marked furniture: the blog's advice to its reader, "Notre conseil : vérifiez …")
  const values = conflictPairs(story);
  assert.ok(values.has('214/241') && values.has('241/214'), [...values].join(', '));
  // "aujourd'hui" in the daily of 17 March and in the paper of 18 March is no conflict of dates
  assert.ok(![...values].some((v) => v.includes('aujourd')), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('rugby story, four pages in French and one in English, against its annotation: a score box, a club\'s release, a minute-by-minute, a fans\' forum; scores read as scores', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-rugby.json', goldOf('fr-rugby.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // "27 – 19" in the score box and "27-19" are one score, in French and in English
  assert.ok(shareAClaim(story.sentence('ovalie-matin', 'Montalbrac 27 – 19'), story.sentence('rugby-courier', 'Montalbrac came from behind')));
  // this season's crowd and last season's average, told apart in the club's own sentence
  const values = conflictPairs(story);
  assert.ok(![...values].some((v) => v.includes('11 800')), [...values].join(', '));
  // known misses: the forum's replies, readers' words its annotation calls furniture; (and line-ups
  // read as a list of links, which this annotation calls the story and the derby's its furniture;
  // its planted conflicts, 14 200 against 12 400 spectators and the 51st against the 48th minute,
  // are not found)
  assert.ok(check.furnitureMissed.length <= 4, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.45, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('measles story, against its annotation: a health agency\'s release, a paper\'s Q&A, a school\'s letter to parents, a tabloid with an embedded post, a parents\' forum', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-outbreak.json', goldOf('en-outbreak.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  // the letter's "I", "we" and "you" are its writer's and its readers': the letter is the story
  assert.equal(story.sentence('larkfield-letter', 'Dear Parents and Carers').kind, 'boilerplate');
  assert.notEqual(story.sentence('larkfield-letter', 'I am writing to let you know').kind, 'boilerplate');
  assert.notEqual(story.sentence('larkfield-letter', 'We will contact you directly').kind, 'boilerplate');
  assert.equal(story.sentence('larkfield-letter', 'Yours sincerely').kind, 'boilerplate');
  // known misses: the forum's replies, readers' words its annotation calls furniture, and the
  // letter's lead-in to its repeated advice; (its planted conflicts, 23 against 32 cases and 78%
  // against 87% vaccinated, are not found)
  assert.ok(check.furnitureMissed.length <= 5, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.7, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('mall shooting story, against its annotation: a TV page with stacked updates, a police Facebook post, an AP reprint, a mobile page full of ads, a mayor\'s statement', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('en-shooting.json', goldOf('en-shooting.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  assert.equal(story.sentence('city-mayor', 'Phone: (937) 555-0100').kind, 'boilerplate');
  // known misses: a public comment under the police post; (and its planted conflicts, 3:12 against
  // 3:21 p.m. and 19 against 21 years, are not found: "came in" and "coming in" do not stem alike)
  assert.ok(check.furnitureMissed.length <= 1, check.furnitureMissed.join('\n'));
  assert.ok(check.pairF1 >= 0.62, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});

test('farmers\' blockade story in French, against its annotation: a union\'s release, a prefecture\'s traffic page, a live page, a TV page, an opinion column; 540 against 450 tractors', () => {
  // written by a helper who saw neither the engine nor the other stories
  const check = againstGold('fr-agriculteurs.json', goldOf('fr-agriculteurs.gold.json'));
  assertCopiesFound(check);
  const { story } = check;
  assert.equal(story.sentence('prefecture', 'Cette page sera actualisée').kind, 'boilerplate');
  assert.equal(story.sentence('prefecture', 'Voir aussi').kind, 'boilerplate');
  // the column's bio goes on in its next line, opening with the pronoun
  assert.equal(story.sentence('tribune', 'Il est l’auteur').kind, 'boilerplate');
  // known misses: the traffic page's helpline, a reader's comment on the live page; (the planted 12
  // against 21 km of jams is not found)
  assert.ok(check.furnitureMissed.length <= 2, check.furnitureMissed.join('\n'));
  const values = conflictPairs(story);
  assert.ok(values.has('540/450') && values.has('450/540'), [...values].join(', '));
  assert.ok(check.pairF1 >= 0.65, `claim-pair F1 ${check.pairF1.toFixed(3)}`);
});
