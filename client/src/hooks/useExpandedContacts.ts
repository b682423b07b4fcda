// Contacts of expanded members, as far as the caller may see them. A member whose contacts fail to
// load shows none, so one refusal does not hide the others.
import { useEffect, useState } from 'react';
import type { Contact } from '../api/types.ts';
import type { ExpandedContacts } from '../graph/to-elements.ts';
import { useSession } from '../session/SessionProvider.tsx';

export function useExpandedContacts(expanded: readonly string[]): ExpandedContacts[] {
  const { ops } = useSession();
  const [contacts, setContacts] = useState<ExpandedContacts[]>([]);

  useEffect(() => {
    if (expanded.length === 0) {
      setContacts([]);
      return;
    }
    let current = true;
    Promise.all(
      expanded.map((memberId) =>
        ops.member(memberId).then(
          (member) => ({ memberId, contacts: (member?.contacts ?? []) as Contact[] }),
          () => ({ memberId, contacts: [] as Contact[] }),
        ),
      ),
    ).then((loaded) => current && setContacts(loaded.filter((entry) => entry.contacts.length > 0)));
    return () => {
      current = false;
    };
  }, [expanded, ops]);

  return contacts;
}
