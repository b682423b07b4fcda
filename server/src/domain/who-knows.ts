/**
 * Ranking the answers to "who in the group knows a …?".
 *
 * hops: 0 = the member is in the industry, 1 = knows a contact in it, 2 = has a one-to-one or
 * referral tie with a member who knows one. Fewer hops always beat a stronger tie further away.
 */
import { aPersonIn } from '@powergroups/rules';

export interface WhoKnowsHit {
  memberId: string;
  hops: 0 | 1 | 2;
  strength: number;
  via: 'IN_INDUSTRY' | 'KNOWS' | 'ONE_TO_ONE' | 'REFERRAL';
}

/** One entry per member, its best (fewest hops, then highest strength); sorted by hops, strength desc, memberId. */
export function rankWhoKnows<T extends WhoKnowsHit>(hits: T[]): T[] {
  const best = new Map<string, T>();
  for (const hit of hits) {
    const kept = best.get(hit.memberId);
    if (!kept || compareHits(hit, kept) < 0) best.set(hit.memberId, hit);
  }
  return [...best.values()].sort(compareHits);
}

function compareHits(a: WhoKnowsHit, b: WhoKnowsHit): number {
  return (
    a.hops - b.hops ||
    b.strength - a.strength ||
    (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0)
  );
}

// ---- answers: what a ranked hit shows -----------------------------------------------------------

export type PathNodeKind = 'MEMBER' | 'CONTACT' | 'INDUSTRY';

/** One node on the path from the answering member to the industry; nodeId null for a hidden contact. */
export interface PathStep {
  nodeId: string | null;
  kind: PathNodeKind;
  label: string;
  /** The relationship from the previous step. */
  via: string | null;
}

export interface WhoKnowsAnswer {
  memberId: string;
  hops: WhoKnowsHit['hops'];
  /** Rounded to 3 decimals. */
  strength: number;
  reason: string;
  path: PathStep[];
}

/** A hit with the names along its path: the member, the contact, and at 2 hops the member in between. */
export interface WhoKnowsFacts extends WhoKnowsHit {
  memberName: string;
  groupId: string;
  contactId: string | null;
  contactName: string | null;
  /** The KNOWS strength, 1..5. */
  contactStrength: number | null;
  throughId: string | null;
  throughName: string | null;
}

/** Whether the caller may see who a contact is, given who knows them and the group they are in. */
export type ContactVisibility = (knownBy: string | null, groupId: string) => boolean;

/** The contact on a path: named when the caller may see them, otherwise only "a contact in X". */
export function contactStep(
  facts: WhoKnowsFacts,
  knownBy: string | null,
  industryName: string,
  canSeeContact: ContactVisibility,
): PathStep {
  return canSeeContact(knownBy, facts.groupId) && facts.contactId
    ? { nodeId: facts.contactId, kind: 'CONTACT', label: facts.contactName ?? 'a contact', via: 'KNOWS' }
    : { nodeId: null, kind: 'CONTACT', label: `a contact in ${industryName}`, via: 'KNOWS' };
}

/** One hit as an answer: the reason in words and the path member → (member →) contact → industry. */
export function whoKnowsAnswer(
  facts: WhoKnowsFacts,
  industry: { id: string; name: string },
  canSeeContact: ContactVisibility,
): WhoKnowsAnswer {
  const member: PathStep = { nodeId: facts.memberId, kind: 'MEMBER', label: facts.memberName, via: null };
  const target: PathStep = {
    nodeId: industry.id,
    kind: 'INDUSTRY',
    label: industry.name,
    via: 'IN_INDUSTRY',
  };
  const strength = Math.round(facts.strength * 1000) / 1000;
  if (facts.hops === 0) {
    return {
      memberId: facts.memberId,
      hops: 0,
      strength,
      reason: `Is ${aPersonIn(industry.name)}`,
      path: [member, target],
    };
  }
  if (facts.hops === 1) {
    return {
      memberId: facts.memberId,
      hops: 1,
      strength,
      reason: `Knows ${aPersonIn(industry.name)} (tie strength ${facts.contactStrength ?? '?'}/5)`,
      path: [member, contactStep(facts, facts.memberId, industry.name, canSeeContact), target],
    };
  }
  const tie = facts.via === 'ONE_TO_ONE' ? 'one-to-ones' : 'referrals';
  return {
    memberId: facts.memberId,
    hops: 2,
    strength,
    reason: `Has ${tie} with ${facts.throughName}, who knows ${aPersonIn(industry.name)}`,
    path: [
      member,
      { nodeId: facts.throughId, kind: 'MEMBER', label: facts.throughName ?? 'a member', via: facts.via },
      contactStep(facts, facts.throughId, industry.name, canSeeContact),
      target,
    ],
  };
}

/** The best `limit` members (see rankWhoKnows), each as an answer. */
export function whoKnowsAnswers(
  hits: WhoKnowsFacts[],
  industry: { id: string; name: string },
  options: { limit: number; canSeeContact: ContactVisibility },
): WhoKnowsAnswer[] {
  return rankWhoKnows(hits)
    .slice(0, options.limit)
    .map((hit) => whoKnowsAnswer(hit, industry, options.canSeeContact));
}
