// A region as its chapters (issue #11): each chapter one node, the ties between chapters summed
// in Cypher, at most MAX_SCENE_NODES chapters and the rest counted, in one round trip.
// The copy's three groups move to a region of their own, since every suite's copy is in Dublin.
import { beforeAll, describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-region');
const { facts: F, idOf, ownId, tag } = sample;
const REGION = `Region ${tag}`;
const SOUTHSIDE = F.groupId;
const LIFFEY = idOf('grp-liffey-partners');
const HARBOUR = idOf('grp-harbour-professionals');

const REGION_GRAPH = `query ($region: String!, $limit: Int) {
  regionGraph(region: $region, limit: $limit) {
    region hiddenChapters maxChapters
    chapters { id name meetingDay memberCount referralsGiven }
    ties { source target referrals oneToOnes }
  }
}`;

interface RegionGraph {
  region: string;
  hiddenChapters: number;
  maxChapters: number;
  chapters: { id: string; name: string; meetingDay: string; memberCount: number; referralsGiven: number }[];
  ties: { source: string; target: string; referrals: number; oneToOnes: number }[];
}

async function regionGraph(region: string, limit?: number) {
  const { data, errors } = await sample.api.graphql<{ regionGraph: RegionGraph }>(REGION_GRAPH, {
    region,
    limit,
  });
  return { graph: data?.regionGraph, errors };
}

// The sample has no ties between its chapters: two referrals between Southside and Liffey (one
// each way), a held one-to-one between Southside and Harbour, and a planned one (not counted).
beforeAll(async () => {
  await sample.api.db.write(
    `MATCH (g:Group) WHERE g.id CONTAINS $tag SET g.region = $region
     WITH count(*) AS moved
     MATCH (aoife:Member {id: $aoife}), (grainne:Member {id: $grainne}), (eileen:Member {id: $eileen})
     CREATE (aoife)-[:GAVE]->(:Referral {id: $ref1, status: 'OFFERED', createdAt: datetime('2026-11-01T10:00:00Z'),
                                         updatedAt: datetime('2026-11-01T10:00:00Z')})-[:TO]->(grainne)
     CREATE (grainne)-[:GAVE]->(:Referral {id: $ref2, status: 'WON', createdAt: datetime('2026-10-01T10:00:00Z'),
                                           updatedAt: datetime('2026-10-20T10:00:00Z')})-[:TO]->(aoife)
     CREATE (held:OneToOne {id: $held, on: date('2026-10-15'), status: 'HELD'})
     CREATE (aoife)-[:ATTENDED]->(held)<-[:ATTENDED]-(eileen)
     CREATE (planned:OneToOne {id: $planned, on: date('2026-12-15'), status: 'PLANNED'})
     CREATE (aoife)-[:ATTENDED]->(planned)<-[:ATTENDED]-(eileen)`,
    {
      tag,
      region: REGION,
      aoife: idOf('mem-aoife-byrne'),
      grainne: idOf('mem-grainne-hayes'),
      eileen: idOf('mem-eileen-mcdonagh'),
      ref1: ownId('ref', 'across-1'),
      ref2: ownId('ref', 'across-2'),
      held: ownId('oto', 'across-held'),
      planned: ownId('oto', 'across-planned'),
    },
  );
});

describe('regionGraph', () => {
  it('draws each chapter as one node, the largest first, with the ties between chapters', async () => {
    const { graph, errors } = await regionGraph(REGION);
    expect(errors).toBeUndefined();
    expect(graph).toEqual({
      region: REGION,
      hiddenChapters: 0,
      maxChapters: 200,
      chapters: [
        // The sample's 46 referrals given in the year, and Aoife's across.
        {
          id: SOUTHSIDE,
          name: 'Southside Connect',
          meetingDay: 'Tuesday',
          memberCount: 34,
          referralsGiven: 47,
        },
        {
          id: LIFFEY,
          name: 'Liffey Business Partners',
          meetingDay: 'Wednesday',
          memberCount: 30,
          referralsGiven: 6,
        },
        {
          id: HARBOUR,
          name: 'Harbour Professionals',
          meetingDay: 'Thursday',
          memberCount: 27,
          referralsGiven: 6,
        },
      ],
      // Pairs by id (harbour < liffey < southside in the copy's ids).
      ties: [
        { source: HARBOUR, target: SOUTHSIDE, referrals: 0, oneToOnes: 1 },
        { source: LIFFEY, target: SOUTHSIDE, referrals: 2, oneToOnes: 0 },
      ],
    });
  });

  it('holds a scene to its limit, leaving out the smallest chapters and their ties, and counts them', async () => {
    const { graph, errors } = await regionGraph(REGION, 2);
    expect(errors).toBeUndefined();
    expect(graph?.chapters.map((chapter) => chapter.id)).toEqual([SOUTHSIDE, LIFFEY]);
    expect(graph?.hiddenChapters).toBe(1);
    expect(graph?.ties).toEqual([{ source: LIFFEY, target: SOUTHSIDE, referrals: 2, oneToOnes: 0 }]);
  });

  it('refuses a limit beyond the bound of a scene, or below one', async () => {
    for (const limit of [0, 201]) {
      const { graph, errors } = await regionGraph(REGION, limit);
      expect(graph).toBeUndefined();
      expect(errors?.[0]?.message).toBe(`limit must be between 1 and 200, got ${limit}`);
    }
  });

  it('answers a region without chapters with an empty scene', async () => {
    const { graph } = await regionGraph(`Nowhere ${tag}`);
    expect(graph).toMatchObject({ chapters: [], ties: [], hiddenChapters: 0 });
  });

  it('costs one Cypher round trip', async () => {
    const before = sample.api.db.roundTrips;
    const { errors } = await regionGraph(REGION);
    expect(errors).toBeUndefined();
    expect(sample.api.db.roundTrips - before).toBe(1);
  });
});

describe('regions', () => {
  it('lists the region with its chapters and members counted, in one round trip', async () => {
    const before = sample.api.db.roundTrips;
    const { data, errors } = await sample.api.graphql<{
      regions: { name: string; chapterCount: number; memberCount: number }[];
    }>('{ regions { name chapterCount memberCount } }');
    expect(errors).toBeUndefined();
    expect(sample.api.db.roundTrips - before).toBe(1);
    expect(data?.regions.find((region) => region.name === REGION)).toEqual({
      name: REGION,
      chapterCount: 3,
      memberCount: 91,
    });
  });
});
