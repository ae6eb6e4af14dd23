// Cue evidence for the tone model: each category's cue words, the span they give, and what is not a cue.
import { describe, expect, it } from 'vitest';
import { cueFeatureNames, findCue } from '../../lib/model/cues.ts';

const cue = (text: string, c: 'blame' | 'org' | 'output') => findCue(text, c)?.words ?? null;

const FUNCTION_WORD = /^(?:a|an|the|of|to|in|on|at|by|for|if|and|or|but|so|that|it|is|are|was|we|our|they|their)$/i;

describe('blame cues: a verdict on people or their work', () => {
  it('finds judgement words, hindsight and culprit hunts', () => {
    expect(cue('The agency carers were careless with the charts.', 'blame')).toBe('careless');
    expect(cue('This should have been caught in review.', 'blame')).toBe('should have been');
    expect(cue('Somebody in the district team needs to answer for the missed visits.', 'blame')).toBe('answer for');
  });

  it('does not count a team owning its own mistake', () => {
    expect(cue('We failed to send the letters on time and have changed the process.', 'blame')).toBeNull();
    expect(cue('I forgot to book the room.', 'blame')).toBeNull();
  });

  it('finds nothing in ordinary minutes', () => {
    expect(cue('The council agreed to collect feedback before deciding anything.', 'blame')).toBeNull();
    expect(cue('Who makes the decision here?', 'blame')).toBeNull();
  });
});

describe('org-centric cues: ownership with a gate, refusal or priority', () => {
  it('finds guarded resources and boundary passing', () => {
    expect(cue('Our nurses are for our patients; the hub will have to recruit its own.', 'org')).toBe('Our nurses are for our patients');
    expect(cue('Accessibility is not our remit.', 'org')).toBe('not our remit');
    expect(cue('The PCN will keep the grant for its own practices.', 'org')).toBe('keep the grant for its own');
  });

  it('does not take a lone organisation name or a lone "our" as a cue', () => {
    expect(cue('Would like the list to be available to the council.', 'org')).toBeNull();
    expect(cue('Our next meeting is on 4 March.', 'org')).toBeNull();
  });
});

describe('output-only cues: a count with a target, or a measure of activity', () => {
  it('joins the count and its target into one span', () => {
    expect(cue('ACTION: the hub to carry out at least 350 assessments a month.', 'output')).toMatch(/at least 350/);
    expect(cue('From April the hubs will be measured on slots filled.', 'output')).toBe('measured on slots filled');
  });

  it('needs both: a count alone or a target word alone is not a cue', () => {
    expect(cue('The clinic saw 212 patients in March.', 'output')).toBeNull();
    expect(cue('The target is under review.', 'output')).toBeNull();
  });
});

describe('cue spans', () => {
  it('always cover words that carry the charge, never a lone function word', () => {
    const lines = [
      'The agency carers were careless with the charts.',
      'Accessibility is not our remit.',
      'ACTION: the hub to carry out at least 350 assessments a month.',
      'If the ward clerk had done her job, the transport would have been booked.',
    ];
    for (const text of lines) {
      for (const c of ['blame', 'org', 'output'] as const) {
        const found = findCue(text, c);
        if (!found) continue;
        expect(text.slice(found.start, found.end)).toBe(found.words);
        expect(found.words.trim()).not.toMatch(FUNCTION_WORD);
      }
    }
  });

  it('become model features, one per category shown', () => {
    expect(cueFeatureNames('The agency carers were careless; our budget comes first.')).toEqual(['c:blame', 'c:org']);
    expect(cueFeatureNames('Minutes of the last meeting were approved.')).toEqual([]);
  });
});
