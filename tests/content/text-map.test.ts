// The text map behind contenteditable: blocks become one '\n', offsets map to nodes with the right affinity.
import { describe, expect, it } from 'vitest';
import { TextMap } from '../../lib/editors/text-map.ts';

function build(): TextMap<string> {
  const m = new TextMap<string>();
  m.push('a', 'The council ');
  m.push('b', 'dropped');
  m.push('c', ' the ball.');
  m.ensureBreak();
  m.ensureBreak(); // a second boundary in a row adds nothing
  m.push('d', 'Target.');
  return m;
}

describe('TextMap', () => {
  it('joins pieces and breaks into the text the engine sees', () => {
    expect(build().text).toBe('The council dropped the ball.\nTarget.');
  });

  it('maps starts forward and ends backward across piece boundaries', () => {
    const m = build();
    expect(m.locate(12, 'forward')).toEqual({ node: 'b', offset: 0 });
    expect(m.locate(19, 'backward')).toEqual({ node: 'b', offset: 7 });
    expect(m.locate(29, 'forward')).toEqual({ node: 'd', offset: 0 }); // on the break
    expect(m.locate(29, 'backward')).toEqual({ node: 'c', offset: 10 });
    expect(m.locate(37, 'backward')).toEqual({ node: 'd', offset: 7 });
  });

  it('lists the slices of each node covered by a range', () => {
    expect(build().slices(16, 33)).toEqual([
      { node: 'b', from: 4, to: 7 },
      { node: 'c', from: 0, to: 10 },
      { node: 'd', from: 0, to: 3 },
    ]);
  });

  it('drops line breaks no node holds from the end', () => {
    const m = build();
    m.ensureBreak();
    m.pushBreak();
    m.trimTrailingBreaks();
    expect(m.text).toBe('The council dropped the ball.\nTarget.');
    m.push('e', ' More');
    expect(m.text).toBe('The council dropped the ball.\nTarget. More');
    expect(m.locate(38, 'forward')).toEqual({ node: 'e', offset: 1 });
  });

  it('answers null for an empty map', () => {
    expect(new TextMap<string>().locate(0, 'forward')).toBeNull();
  });
});
