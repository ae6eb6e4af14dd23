// Partnership language counted edit by edit: only the lines an edit touched are recounted (5 MB texts stay cheap).
import { countPartnership } from '../rewrite/partnership.ts';

export interface PartnershipState {
  text: string;
  /** Partnership phrases in `partnershipOf` (usually the same string as text); -1 or absent when not counted yet. */
  partnership?: number;
  partnershipOf?: string;
}

/** Phrases gained or lost by an edit: phrases never span a line break, so only the touched lines can change. */
export function partnershipDelta(before: string, after: string, span: { start: number; oldEnd: number; newEnd: number }): number {
  // lastIndexOf treats a negative start as 0 (and would find a break at 0), hence the guard.
  const left = span.start > 0 ? before.lastIndexOf('\n', span.start - 1) + 1 : 0;
  const oldNl = before.indexOf('\n', span.oldEnd);
  const newNl = after.indexOf('\n', span.newEnd);
  const oldRight = oldNl < 0 ? before.length : oldNl;
  const newRight = newNl < 0 ? after.length : newNl;
  return countPartnership(after.slice(left, newRight)).total - countPartnership(before.slice(left, oldRight)).total;
}

/** Called before state.text becomes `text`: moves a held count along, or leaves it to be counted in full later. */
export function shiftPartnership(state: PartnershipState, text: string, span: { start: number; oldEnd: number; newEnd: number } | null): void {
  if (!span || state.partnership === undefined || state.partnership < 0 || state.partnershipOf !== state.text) return;
  state.partnership += partnershipDelta(state.text, text, span);
  state.partnershipOf = text;
}

/** The partnership count of the state's text, counted in full only when no edit-by-edit count is held. */
export function partnershipOf(state: PartnershipState): number {
  if (state.partnership === undefined || state.partnership < 0 || state.partnershipOf !== state.text) {
    state.partnership = countPartnership(state.text).total;
    state.partnershipOf = state.text;
  }
  return state.partnership;
}
