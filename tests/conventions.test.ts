// House rules, checked: rule id = file name, listed, tested, documented, messages used; engine free of browser code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { RULES } from '../lib/rules/index.ts';
import type { RuleDefinition } from '../lib/rules/define.ts';

const ROOT = join(import.meta.dirname, '..');
const CATEGORY_DIRS = ['blame', 'org-centric', 'output-only'];

function ruleFiles(): { dir: string; file: string }[] {
  return CATEGORY_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, 'lib/rules', dir))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((file) => ({ dir, file })),
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('rules follow the house conventions', () => {
  const files = ruleFiles();

  it('has rules in every category', () => {
    for (const dir of CATEGORY_DIRS) expect(files.some((f) => f.dir === dir), dir).toBe(true);
  });

  for (const { dir, file } of files) {
    const id = basename(file, '.ts');
    describe(id, () => {
      it('is named after its id, sits in its category folder and is listed', async () => {
        const mod = (await import(join(ROOT, 'lib/rules', dir, file))) as { default: RuleDefinition };
        expect(mod.default.id).toBe(id);
        expect(mod.default.category).toBe(dir);
        expect(id).toMatch(/^(no|prefer)-[a-z0-9-]+$/);
        expect(RULES).toContain(mod.default);
      });

      it('has a test file and a README entry', () => {
        expect(existsSync(join(ROOT, 'tests/rules', `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
        expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\`${id}\``);
      });

      it('has meta, examples and used messages', () => {
        const rule = RULES.find((r) => r.id === id)!;
        expect(rule.description.length).toBeGreaterThan(10);
        expect([1, 2, 3, 4, 5]).toContain(rule.practice);
        expect(rule.examples.invalid.length).toBeGreaterThan(0);
        expect(rule.examples.valid.length).toBeGreaterThan(0);
        expect(rule.messages.found).toBeTruthy();
        expect(rule.trigger.flags).not.toContain('g');
        const source = readFileSync(join(ROOT, 'lib/rules', dir, file), 'utf8');
        for (const key of Object.keys(rule.messages)) {
          if (key === 'found' || key === 'reported') continue;
          const uses = source.split(new RegExp(`['"\`]${key}['"\`]|\\b${key}:`)).length - 1;
          expect(uses, `message "${key}" is used`).toBeGreaterThan(1);
        }
      });
    });
  }

  it('lists no rule without a file', () => {
    const ids = new Set(files.map((f) => basename(f.file, '.ts')));
    for (const r of RULES) expect(ids.has(r.id), r.id).toBe(true);
  });

  // The engine tests each rule's trigger on its own (no combined pattern), with test() on lower-cased text: first the
  // whole paragraph, then each sentence. A trigger that misses a sentence means the rule never sees it.
  for (const rule of RULES) {
    it(`${rule.id}: its trigger works as the engine uses it`, () => {
      // test() on a global or sticky pattern keeps lastIndex between calls and would skip text.
      expect(rule.trigger.flags).not.toMatch(/[gy]/);
      // The text is lower-cased first: a capital letter outside escapes, classes' names and group names can never match.
      const literal = rule.trigger.source.replace(/\\[pP]\{[^}]*\}|\\.|\(\?<[A-Za-z]\w*>/g, '');
      if (!rule.trigger.flags.includes('i')) expect(literal, 'capital letters in a trigger tested on lower case').not.toMatch(/[A-Z]/);
      for (const text of rule.examples.invalid) {
        expect(rule.trigger.test(text.toLowerCase()), `trigger misses its own example: ${text}`).toBe(true);
      }
    });
  }
});

describe('the engine, rules and CLI stay free of browser code', () => {
  const dirs = ['lib/engine', 'lib/rules', 'lib/cli'].filter((d) => existsSync(join(ROOT, d)));
  const sources = dirs.flatMap((d) => walk(join(ROOT, d))).filter((f) => f.endsWith('.ts'));

  it('finds sources to check', () => expect(sources.length).toBeGreaterThan(5));

  for (const file of sources) {
    it(file.slice(ROOT.length + 1), () => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/from\s+['"](wxt|dexie|webextension-polyfill|@webext-core)[/'"]/);
      expect(code).not.toMatch(/\b(document|window|chrome|browser|localStorage|indexedDB)\s*\./);
    });
  }
});
