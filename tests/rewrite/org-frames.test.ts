// Org-centric clause frames (lib/rewrite/org-frames.ts, issue 9): per kind the input, the exact one-click output and
// the rewritten sentence analysed again with nothing org-centric left. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';
import { orgCentricRewrites } from '../../lib/rewrite/org-centric.ts';
import { itRewrites, type RewriteCase } from './rewrite-cases.ts';

const CASES: RewriteCase[] = [
  { kind: 'hold back our share … until others commit → agree how it is shared', rule: 'no-conditional-participation', text: "We should hold back our share of the carers' fund until the other boroughs have committed theirs.", output: "We should agree with partners how the carers' fund is shared." },
  { kind: 'would not sign up, as its own name … → sign up and agree how credit is shared', rule: 'no-org-centric-tone', text: 'The hospice board would not sign up to the bereavement pathway, as its own name would be lost.', output: 'The hospice board would sign up to the bereavement pathway and agree with partners how credit is shared.' },
  { kind: 'only taking part if they pay → taking part, costs agreed together', rule: 'no-conditional-participation', text: "We're only taking part if the council pays for our cover.", output: "We're taking part and will agree with partners how costs and savings are shared." },
  { kind: 'agreed to keep X to themselves → agreed to share X with partners', rule: 'no-us-and-them', text: 'Practice managers agreed to keep the spare flu vaccine to themselves rather than offer it to the care homes.', output: 'Practice managers agreed to share the spare flu vaccine with partners.' },
  { kind: 'must be kept for its own residents → used as the partners agree', rule: 'no-own-organisation-first', text: "The council's parks budget must be kept for its own residents and not shared with the health walks.", output: "The council's parks budget must be used as the partners agree together." },
  { kind: 'stop sharing → keep sharing', rule: 'no-own-organisation-first', text: 'The youth club would stop sharing its hall with the scouts.', output: 'The youth club would keep sharing its hall with the scouts.' },
  { kind: 'so that we get the credit, not them → credit shared with them', rule: 'no-own-organisation-first', text: 'The museum wants 300 school visits logged so that the museum gets the credit, not the libraries.', output: 'The museum wants 300 school visits logged so that credit is shared with the libraries.' },
  { kind: 'our priority has to be our own list → the people we all serve', rule: 'no-own-organisation-first', text: 'Our priority has to be our own list before any joint work.', output: 'Our priority has to be the people we all serve.' },
  { kind: 'employed to follow instructions → there to shape the work', rule: 'no-rank-closing-discussion', text: 'The care coordinators are employed to follow instructions.', output: 'The care coordinators are there to shape the work with their views.' },
  { kind: 'not there to challenge → welcome to challenge', rule: 'no-rank-closing-discussion', text: 'Pharmacists are not there to challenge the consultants.', output: 'Pharmacists are welcome to challenge the consultants.' },
  { kind: 'has the final say and the matter is closed → decides with partners', rule: 'no-rank-closing-discussion', text: 'The exec team has the final say and the matter is closed.', output: 'The exec team will decide with partners.' },
  { kind: 'as rank, closing this item → hear every view first', rule: 'no-rank-closing-discussion', text: "As clinical lead, I'm closing this item without further debate.", output: 'Before closing this item, I will hear every view.' },
  { kind: 'others can fend for themselves → plan together with them', rule: 'no-us-and-them', text: 'Physiotherapy will see patients from its own practices; the neighbouring practices can fend for themselves.', output: 'Physiotherapy will see patients from practices across the partnership; partners will plan together with the neighbouring practices.' },
  { kind: 'why should our staff cover theirs → how partners share it fairly', rule: 'no-org-centric-tone', text: "Why should our health visitors cover the other locality's baby clinics?", output: "How can partners share the other locality's baby clinics fairly?" },
  { kind: 'careful not to let them claim credit → credit shared with them', rule: 'no-own-organisation-first', text: 'The library should be careful not to let the reading charity claim credit for the summer scheme.', output: 'The library should make sure credit for the summer scheme is shared with the reading charity.' },
  { kind: 'stays internal → shared with partners', rule: 'no-org-centric-tone', text: "Agreed the waiting-list data stays internal so the press doesn't notice.", output: 'Agreed the waiting-list data is shared with partners.' },
  { kind: "I'll be making this call, let's not reopen → decide with partners, reopen", rule: 'no-rank-closing-discussion', text: "As chair I'll be making this call, so let's not reopen it with the residents.", output: 'We will make this call with partners, so let’s reopen it with the residents.' },
  { kind: 'is for our own patients and won’t be offered → for the people we all serve', rule: 'no-org-centric-tone', text: "The practice said its new counselling room is for our own patients and won't be offered to the PCN.", output: 'The practice said its new counselling room is for the people we all serve.' },
  { kind: 'if it does not help us, the board will not back it → decide with partners on agreed criteria', rule: 'no-org-centric-tone', text: "If it doesn't improve our waiting times, the board won't back it.", output: 'The board will decide with partners, against agreed criteria, whether to back it.' },
  { kind: 'conditional on being named lead → agreed against shared criteria', rule: 'no-conditional-participation', text: 'Joining the falls scheme is conditional on the trust being named as lead.', output: 'Joining the falls scheme will be agreed with partners against shared criteria.' },
  { kind: 'their referrals are flooding our clinic → a shared pressure', rule: 'no-us-and-them', text: 'Their referrals are flooding our memory clinic.', output: 'Referrals are a shared pressure on the memory clinic.' },
  { kind: 'their patients … our unit → patients we all serve', rule: 'no-us-and-them', text: 'Their patients keep turning up at our minor injuries unit.', output: 'Patients we all serve keep turning up at the minor injuries unit.' },
  { kind: 'their budget, their problem → a shared concern', rule: 'no-us-and-them', text: 'Their budget, their problem.', output: 'A shared concern for the people we all serve.' },
  { kind: 'sits with them, not us → a shared responsibility', rule: 'no-passing-the-problem', text: 'Home visits sit with the community team, not us.', output: 'Home visits are a shared responsibility.' },
  { kind: 'let them worry about their own → partners work with them on it', rule: 'no-passing-the-problem', text: 'Let the community trust worry about its own rota.', output: 'Partners will work with the community trust on its rota.' },
  { kind: 'declined to share → agreed to share', rule: 'no-own-organisation-first', text: 'The college declined to share its counselling waiting list with the youth service.', output: 'The college agreed to share its counselling waiting list with the youth service.' },
];

describe('org-centric clause frames', () => {
  itRewrites(CASES);
});

describe('a quoted stance', () => {
  it('keeps the quotation as said and adds how partners take it forward, outside the quote', () => {
    const text = "The care home manager said the hospital's discharge delays were 'their mess, not ours' and left the meeting.";
    const d = analyze(text).find((x) => x.category === 'org-centric');
    expect(d).toBeTruthy();
    const s = d!.suggestions.find((x) => x.replacement !== undefined);
    expect(s?.replacement).toBe('; partners will work through this together as a shared concern');
    const after = text.slice(0, d!.start + (s!.range?.start ?? 0)) + s!.replacement + text.slice(d!.start + (s!.range?.end ?? d!.end - d!.start));
    expect(after).toContain("'their mess, not ours'");
  });
});

describe('what is not offered', () => {
  const first = (text: string) => orgCentricRewrites({ ruleId: 'no-org-centric-tone', category: 'org-centric', sentence: text, start: 0, end: text.length, data: {}, reported: false });
  it('no "agreed to agree" when the keeping was agreed', () => {
    for (const r of first('Trustees agreed to keep the new volunteer database to ourselves rather than share it.')) expect(r.replacement).not.toMatch(/agree(?:d)? with partners/);
  });
  it('no owner swap inside a reason for a refusal ("as its own name would be lost")', () => {
    for (const r of first('The hospice board would not sign up to the pathway, as its own name would be lost.')) expect(r.replacement).not.toMatch(/every partner/);
  });
  it('no "used as the partners agree" against a quoted reason kept as said', () => {
    for (const r of first("The head said the maths budget won't be pooled with English because 'we earned that money'.")) expect(r.replacement).not.toMatch(/used as the partners agree/);
  });
  it('a report that a decision stood is not turned into an open one', () => {
    for (const r of first('Mr Ndiaye confirmed the decision stood and moved on.')) expect(r.replacement).not.toMatch(/open to views/);
  });
  it('patients returned to their provider are not "used as the partners agree"', () => {
    for (const r of first('The trust said patients from outside its footprint should be returned to their home provider.')) expect(r.replacement).not.toMatch(/used as the partners agree/);
  });
});
