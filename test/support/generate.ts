// One call for scripts (benchmarks): the catalogue, then `members` generated members streamed in.
import { type Database, generateGroups, loadCatalogue, streamGenerated } from '@powergroups/server';

export interface GenerateAndLoadResult extends Awaited<ReturnType<typeof streamGenerated>> {
  /** the first generated group */
  sampleGroupId: string;
  /** a member of that group: its mortgage intermediary when it has one, else its first member */
  sampleMemberId: string;
}

export async function generateAndLoad(
  db: Database,
  options: { members: number; seed: number; tag?: string; batchSize?: number },
): Promise<GenerateAndLoadResult> {
  await loadCatalogue(db);
  const result = await streamGenerated(db, options);
  const first = generateGroups(options).next();
  if (first.done) throw new Error('the generator produced no group');
  const { group, members } = first.value;
  const member = members.find((m) => m.industryId === 'ind-mortgage-intermediary') ?? members[0];
  if (!member) throw new Error('the first generated group has no members');
  return { ...result, sampleGroupId: group.id, sampleMemberId: member.id };
}
