// Shared by the node:test suites.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE_PATH = path.join(ROOT, 'demo', 'stories', 'raid-on-x.json');
export const loadStory = () => JSON.parse(fs.readFileSync(BUNDLE_PATH, 'utf8'));
export const sentenceTexts = (text, seg) => seg.sentences.map((s) => text.slice(s.start, s.end));
