// Unit tests for the rich-editor text map: blocks as lines, editor furniture skipped, offsets back to DOM positions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// linkedom ships with wxt: a light DOM for node, enough for text walking (no layout, so no rects here).
import { parseHTML } from 'linkedom';
import { BlockReader, positionAt, readText } from '../../lib/editors/dom-text.ts';
import { minimalEdit } from '../../lib/editors/dom-adapter.ts';

function root(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
  return document.getElementById('r')!;
}

describe('readText', () => {
  it.each([
    ['paragraphs become lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['inline formatting joins', '<p>The <strong>ball</strong> dropped.</p>', 'The ball dropped.'],
    ['an empty paragraph is an empty line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a leading empty paragraph counts once', '<p><br></p><p>b</p>', '\nb'],
    ['a hard break inside a paragraph is a line', '<p>a<br>b</p>', 'a\nb'],
    ['a trailing break adds nothing', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['nested lists', '<ul><li><p>one</p></li><li><p>two</p></li></ul><p>after</p>', 'one\ntwo\nafter'],
    ['contenteditable=false widgets are not text', '<p>a<span contenteditable="false">[widget]</span>b</p>', 'ab'],
    ['caret fillers are dropped', '<p>a\u2060\u2060b\uFEFF</p>', 'ab'],
    ['no-break spaces read as spaces', '<p>\u00A0lead and\u00A0 double</p>', ' lead and  double'],
    ['CodeMirror lines', '<div class="cm-line">one</div><div class="cm-line"><br></div><div class="cm-line">three</div>', 'one\n\nthree'],
  ])('%s', (_name, html, text) => {
    expect(readText(root(html)).text).toBe(text);
    // Block by block gives the same text and the same node positions.
    const r = root(html);
    const full = readText(r);
    const blocks = new BlockReader(r).read();
    expect(blocks.text).toBe(full.text);
    expect(blocks.segments.map((s) => [s.start, s.end, s.node.data, s.nodeStart])).toEqual(
      full.segments.map((s) => [s.start, s.end, s.node.data, s.nodeStart]),
    );
  });

  it('skips what the family says is not document text', () => {
    const html = '<div><span data-slate-zero-width="n">\uFEFF<br></span></div><div>Text</div><span data-slate-placeholder="true">Write…</span>';
    const map = readText(root(html), { skip: (el) => el.hasAttribute('data-slate-zero-width') || el.hasAttribute('data-slate-placeholder') });
    expect(map.text).toBe('\nText');
  });

  it('maps every character back to the text node that holds it', () => {
    const map = readText(root('<p>The <strong>ball</strong> was</p><p>dropped\u2060 here.</p>'));
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === '\n') continue;
      const pos = positionAt(map, i, 'forward')!;
      expect(pos.node.data[pos.offset].replace('\u00A0', ' ')).toBe(map.text[i]);
    }
  });
});

describe('BlockReader', () => {
  it('re-reads only the block that changed', () => {
    const r = root('<p>One.</p><p>Two.</p><p>Three.</p>');
    const reader = new BlockReader(r);
    expect(reader.read().text).toBe('One.\nTwo.\nThree.');
    const second = r.children[1].firstChild as Text;
    second.data = 'Two, changed.';
    // Not invalidated: the cached block still answers (the adapter invalidates from MutationRecords).
    expect(reader.read().text).toBe('One.\nTwo.\nThree.');
    reader.invalidate(second);
    expect(reader.read().text).toBe('One.\nTwo, changed.\nThree.');
  });

  it('falls back to a full read when the root holds inline text', () => {
    expect(new BlockReader(root('Loose <b>text</b><p>and a block</p>')).read().text).toBe('Loose text\nand a block');
  });
});

describe('positionAt', () => {
  const map = readText(root('<p>ab<strong>cd</strong></p><p>ef</p>'));

  it('leans a range start forward into the next text node', () => {
    const p = positionAt(map, 2, 'forward')!;
    expect([p.node.data, p.offset]).toEqual(['cd', 0]);
  });

  it('leans a range end back to the end of the previous node', () => {
    const p = positionAt(map, 2, 'backward')!;
    expect([p.node.data, p.offset]).toEqual(['ab', 2]);
  });

  it('puts the line break between paragraphs at their edges', () => {
    expect(map.text).toBe('abcd\nef');
    const start = positionAt(map, 4, 'forward')!;
    expect([start.node.data, start.offset]).toEqual(['ef', 0]);
    const end = positionAt(map, 5, 'backward')!;
    expect([end.node.data, end.offset]).toEqual(['cd', 2]);
  });

  it('has nothing to give for an empty editor', () => {
    expect(positionAt(readText(root('<p><br></p>')), 0, 'forward')).toBeNull();
  });
});

describe('minimalEdit', () => {
  it('keeps the unchanged words on both sides out of the edit', () => {
    const text = 'The council dropped the ball on letters.';
    expect(minimalEdit(text, 12, 31, 'missed the ball on')).toEqual([12, 19, 'missed']);
  });

  it('turns an inserted word into a collapsed range', () => {
    expect(minimalEdit('we met', 0, 6, 'we all met')).toEqual([3, 3, 'all ']);
  });

  it('never splits a word', () => {
    expect(minimalEdit('the dropped ball', 4, 11, 'missed')).toEqual([4, 11, 'missed']);
  });

  it('leaves a whole replacement whole', () => {
    expect(minimalEdit('one two', 0, 3, 'six')).toEqual([0, 3, 'six']);
  });

  it('always gives the same text as the full replacement', () => {
    const words = fc.constantFrom('the', 'ball', 'we', 'dropped', 'missed', 'a', ' ', ', ', 'team', '12,000');
    const phrase = fc.array(words, { maxLength: 8 }).map((w) => w.join(''));
    fc.assert(
      fc.property(phrase, phrase, phrase, phrase, (before, middle, after, replacement) => {
        const text = before + middle + after;
        const [from, to, insert] = minimalEdit(text, before.length, before.length + middle.length, replacement);
        expect(text.slice(0, from) + insert + text.slice(to)).toBe(before + replacement + after);
        expect(from).toBeGreaterThanOrEqual(before.length);
        expect(to).toBeLessThanOrEqual(before.length + middle.length);
      }),
    );
  });
});
