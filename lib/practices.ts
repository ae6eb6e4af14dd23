// The five partnership practices every finding cites, in our own words (source: Claire Oatway, PCC).
import type { PracticeId } from './engine/types.ts';

export interface Practice {
  id: PracticeId;
  title: string;
  /** One line shown in hover cards and reports. */
  guidance: string;
  /** One paragraph for the side panel's "why this matters" link. */
  explanation: string;
}

export const PRACTICES: Record<PracticeId, Practice> = {
  1: {
    id: 1,
    title: 'More in common than in difference',
    guidance: 'Look outwards: weigh the effect on partners, not only on your own organisation.',
    explanation:
      'Under pressure every leader leans towards their own organisation. No service stands alone, and a failure in one part of the system lands on the others. Keep asking what a decision does to partners, and stay open to sharing budgets, staff and space differently so that the whole system holds.',
  },
  2: {
    id: 2,
    title: 'Outcomes, not outputs',
    guidance: 'A target is a means: say who ends up better off and how.',
    explanation:
      'Targets and specifications exist, but they serve better health, better experience, staff wellbeing and good value. Counting appointments, checks or calls is fine as a measure; stating it as the goal narrows the job to activity. Name the outcome the activity is meant to change.',
  },
  3: {
    id: 3,
    title: 'Partnerships depend on trust',
    guidance: 'Words that wear away goodwill cost years to repair.',
    explanation:
      'Partnerships rarely fail in one moment; they wear down through a run of behaviours and remarks that erode goodwill. Language that builds communication and trust keeps a partnership working long after the current pressure has passed.',
  },
  4: {
    id: 4,
    title: 'Stay curious, not blaming',
    guidance: 'Look calmly at what led to a failing; no blame game.',
    explanation:
      'When something goes wrong, describe what happened and what got in the way rather than who is at fault. Allow for the strain the whole system is under, which makes everyone more sensitive to criticism, and ask questions before passing judgement.',
  },
  5: {
    id: 5,
    title: 'Community first, not organisation first',
    guidance: 'Frame the work around community needs, not professional or organisational rank.',
    explanation:
      'Partnerships are formed for the long term and for the communities they serve. Framing language around what people and places need keeps professional and organisational hierarchy from closing down the conversation.',
  },
};

export function practice(id: PracticeId): Practice {
  return PRACTICES[id];
}
