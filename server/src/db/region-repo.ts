// Regions as scenes of chapters (cypher/regions.ts): one statement each.
import { REGION_GRAPH, REGIONS } from './cypher/regions.ts';
import { type Database, int } from './database.ts';

export interface ChapterRecord {
  id: string;
  name: string;
  meetingDay: string;
  memberCount: number;
  /** Referrals the chapter's members gave since the period began. */
  referralsGiven: number;
}

/** The ties between two chapters' members, a < b by id. */
export interface ChapterTieRecord {
  a: string;
  b: string;
  referrals: number;
  oneToOnes: number;
}

export interface RegionGraphRecord {
  chapters: ChapterRecord[];
  ties: ChapterTieRecord[];
  hiddenChapters: number;
}

export interface RegionRecord {
  name: string;
  chapterCount: number;
  memberCount: number;
}

/** The region's `limit` largest chapters and the ties between them; referrals counted since `since`. */
export async function regionGraph(
  db: Database,
  region: string,
  limit: number,
  since: Date,
): Promise<RegionGraphRecord> {
  const [answer] = await db.read<RegionGraphRecord>(REGION_GRAPH, {
    region,
    limit: int(limit),
    since: since.toISOString(),
  });
  return answer ?? { chapters: [], ties: [], hiddenChapters: 0 };
}

export function allRegions(db: Database): Promise<RegionRecord[]> {
  return db.read<RegionRecord>(REGIONS);
}
