// Correct on a cluster: reads go through executeQuery (routed to readers), writes also through
// explicit transactions; both share the driver's one bookmark manager, so a read waits for every
// write made before it. A single server cannot show a stale read, so this checks the sharing itself.
import { afterAll, expect, it } from 'vitest';
import { testDatabase } from '../support/server.ts';

const db = await testDatabase();
afterAll(() => db.close());

it('hands the bookmark of an explicit write transaction to the reads that follow', async () => {
  const manager = db.driver.executeQueryBookmarkManager;
  const before = [...(await manager.getBookmarks())];
  await db.writeTransaction((tx) => tx.run('MERGE (n:BookmarkProbe {id: 1}) SET n.at = datetime()'));
  const after = [...(await manager.getBookmarks())];
  expect(after.length).toBeGreaterThan(0);
  expect(after).not.toEqual(before);
  await db.write('MATCH (n:BookmarkProbe) DELETE n');
});
