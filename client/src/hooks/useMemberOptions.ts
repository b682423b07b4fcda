// The group's members by name, for the record forms' pickers and the ask box's suggestions.
import { useMemo } from 'react';
import type { GraphNode } from '../api/types.ts';
import type { MemberOption } from '../components/RecordReferralForm/RecordReferralForm.tsx';

export function useMemberOptions(nodes: readonly GraphNode[] | undefined): MemberOption[] {
  return useMemo(
    () =>
      [...(nodes ?? [])]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((node) => ({ id: node.id, label: node.label, industryName: node.industryName })),
    [nodes],
  );
}
