// One member per industry per group (a "seat"): the rule the API's createMember and updateMember,
// the CSV/JSON import and the explorer's roster forms all refuse with, in the same words. Who holds
// a seat is read by each caller its own way (a statement, or the import's known seats); whether
// that refuses the member, and what the refusal says, is decided here.

/** The member who holds an industry's seat in a group. */
export interface SeatHolder {
  id: string;
  name: string;
}

/**
 * Why `memberId` (null for someone new) may not take the seat `holder` holds, naming the holder so
 * the organiser knows whom to move first; null when the seat is free or already theirs.
 */
export function industrySeatRefusal(
  holder: SeatHolder | null | undefined,
  memberId: string | null,
  industryName: string,
): string | null {
  if (!holder || holder.id === memberId) return null;
  return `${holder.name} (${holder.id}) already holds ${industryName} in this group, and a group has one member per industry: choose another industry, or move ${holder.name} first`;
}
