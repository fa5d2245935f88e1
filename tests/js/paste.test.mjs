// The demo's paste box: articles separated by "---" lines, which may name the article after them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePasted } from '../../demo/controls.js';

test('pasted articles: "---" separates, "--- Name" labels the next article, a rule "-----" is text', () => {
  const articles = parsePasted([
    '--- Le Monde', 'Des policiers ont perquisitionné les locaux de X.', '-----', 'Suite.',
    '---   Wire  ', 'Police searched the offices of X.',
    '---', 'Prosecutors raided X.', '---', '', '---x'].join('\n'));
  assert.deepEqual(articles.map((a) => [a.id, a.label, a.text]), [
    ['article-1', 'Le Monde', 'Des policiers ont perquisitionné les locaux de X.\n-----\nSuite.'],
    ['article-2', 'Wire', 'Police searched the offices of X.'],
    ['article-3', 'Article 3', 'Prosecutors raided X.'],
    ['article-4', 'Article 4', '---x'],
  ]);
  // without names, as before; Windows line ends too
  assert.deepEqual(parsePasted('One.\r\n---\r\nTwo.').map((a) => a.label), ['Article 1', 'Article 2']);
  // a JSON bundle is read as one
  assert.deepEqual(parsePasted('{"articles": [{"id": "a", "text": "x"}]}').map((a) => a.label), ['a']);
});
