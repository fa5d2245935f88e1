#!/usr/bin/env node
// corroborate's command line: the same WebAssembly engine the browser runs.
//
//   corroborate compare FILE…     .txt files (one article each, id = file name) or .json bundles
//   corroborate batch             one bundle per line on stdin (JSONL), one result per line out
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createComparator } from './index.js';
import { renderHtml } from './report-html.js';

const HELP = `corroborate — compare news articles about one story

Usage:
  corroborate compare [options] FILE…   compare articles; prints the result as JSON
  corroborate batch [options]           read one bundle per line (JSONL) on stdin,
                                        write one result per line; a bad line gives
                                        {"error": "..."} and the batch goes on
  corroborate --help

FILE is a .txt file (one article; its id is the file name) or a .json bundle:
  { "articles": [ { "id": "a", "label": "Outlet A", "text": "…" }, … ] }
  an article may also give "language" ("en", "fr") and "published" (the day it came out,
  "2026-02-04"), against which "yesterday", "last month", "l'an dernier" are read

Options:
  --format json|html      compare: the result as JSON (default), or a self-contained HTML
                          report (the articles side by side with their highlights)
  --threshold N           similarity from which sentences state one claim (default 0.15)
  --verbatim-min-words N  shortest run reported as verbatim (default 8)
  --language en|fr|auto   language of articles that do not say (default auto: each
                          article's own, told from its function words)

Examples:
  corroborate compare story.json > result.json
  corroborate compare story.json --format html > report.html
  corroborate compare ap.txt reuters.txt lemonde.txt --language fr
  cat pairs.jsonl | corroborate batch --threshold 0.2
`;

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {};
  const files = [];
  let command = null;
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--help' || a === '-h') return { command: 'help' };
    else if (a === '--threshold') options.threshold = Number(value());
    else if (a === '--verbatim-min-words') options.verbatimMinWords = Number(value());
    else if (a === '--language') options.language = value();
    else if (a === '--format') {
      format = value();
      if (format !== 'json' && format !== 'html') throw new UsageError(`--format must be json or html`);
    }
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (command === null) command = a;
    else files.push(a);
  }
  if (command === null) return { command: 'help' };
  if (command !== 'compare' && command !== 'batch') throw new UsageError(`unknown command "${command}"`);
  if (command === 'compare' && files.length === 0) throw new UsageError('compare needs at least one FILE');
  if (command === 'batch' && files.length > 0) throw new UsageError('batch reads stdin and takes no FILE');
  if (command === 'batch' && format !== 'json') throw new UsageError('batch writes JSON only');
  return { command, files, options, format };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes, name) {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error(`${name}: not valid UTF-8`);
  }
}

// The articles of a bundle: { articles: […] } or a bare array.  `name` prefixes error messages.
function bundleArticles(value, name) {
  const list = Array.isArray(value) ? value : value?.articles;
  if (!Array.isArray(list)) throw new Error(`${name}a bundle must have an "articles" array`);
  return list;
}

function parseJson(text, name) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${name}not valid JSON (${err.message})`);
  }
}

function readArticles(files) {
  const articles = [];
  for (const file of files) {
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      throw new Error(`${file}: cannot read (${err.code ?? err.message})`);
    }
    const text = decode(bytes, file);
    if (file.toLowerCase().endsWith('.json')) {
      articles.push(...bundleArticles(parseJson(text, `${file}: `), `${file}: `));
    } else {
      articles.push({ id: path.basename(file), text });
    }
  }
  return articles;
}

async function batch(comparator, options) {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let out;
    try {
      const articles = bundleArticles(parseJson(line, ''), '');
      out = comparator.compareJson(articles, options);
    } catch (err) {
      out = JSON.stringify({ error: `line ${n}: ${err.message}` });
    }
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`corroborate: ${err.message}\nRun "corroborate --help" for usage.\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const comparator = await createComparator();
  try {
    if (args.command === 'batch') {
      await batch(comparator, args.options);
    } else {
      const articles = readArticles(args.files);
      const json = comparator.compareJson(articles, args.options);
      const title = args.files.length === 1 ? `corroborate: ${path.basename(args.files[0])}` : 'corroborate report';
      process.stdout.write(args.format === 'html' ? renderHtml(articles, JSON.parse(json), { title }) : json + '\n');
    }
    return 0;
  } catch (err) {
    process.stderr.write(`corroborate: ${err.message}\n`);
    return 1;
  } finally {
    comparator.dispose();
  }
}

process.exitCode = await main();
