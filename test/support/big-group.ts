// One synthetic group as the four CSV files an organiser imports, of any size: for the import at
// the size limit (test/bench/import-limit.ts) and the import-size tests. Deterministic for a tag.
import { validatedSample } from '@powergroups/server';

export interface BigGroupCsv {
  groupId: string;
  /** group.csv, roster.csv, contacts.csv, one-to-ones.csv and referrals.csv as text */
  texts: { group: string; roster: string; contacts: string; oneToOnes: string; referrals: string };
  /** data rows in all files (headers excluded) */
  rows: number;
  /** UTF-8 bytes of all files */
  bytes: number;
}

const STATUSES = ['OFFERED', 'CONTACTED', 'MEETING_BOOKED', 'WON', 'LOST', 'WENT_WRONG'] as const;

/**
 * About `rows` data rows: 60 members (one per industry), then 60% contact rows (each contact known by
 * two members), 20% one-to-ones and 20% referrals between the members.
 */
export function bigGroupCsv(tag: string, rows: number, members = 60): BigGroupCsv {
  const groupId = `grp-${tag}`;
  const industries = validatedSample().industries.slice(0, members);
  const memberIds = industries.map((_, i) => `mem-${tag}-${i}`);
  const rest = Math.max(0, rows - memberIds.length - 1);
  const contactRows = Math.floor(rest * 0.6);
  const meetings = Math.floor(rest * 0.2);
  const referrals = rest - contactRows - meetings;
  const day = (n: number) =>
    new Date(Date.UTC(2024, 0, 1) + (n % 900) * 86_400_000).toISOString().slice(0, 10);

  const group = `id,name,region,meetingDay\n${groupId},Big Group ${tag},Dublin,Tuesday\n`;
  const roster = [
    'id,name,company,industry,role,joinedAt,email',
    ...industries.map(
      (industry, i) =>
        `${memberIds[i]},Member ${i},Company ${i} Ltd,${industry.id},${i === 0 ? 'ORGANISER' : 'MEMBER'},${day(i)},m${i}@example.ie`,
    ),
  ].join('\n');
  const contactLines = ['id,name,company,industry,knownBy,strength,since,context'];
  for (let row = 0; row < contactRows; row++) {
    const contact = Math.floor(row / 2);
    const knower = row % 2 === 0 ? contact % members : (contact * 7 + 3) % members;
    const other = row % 2 === 0 ? (contact * 7 + 3) % members : contact % members;
    // A contact known by one member twice would repeat a pair: fall back to the next member.
    const by = row % 2 === 1 && knower === other ? (knower + 1) % members : knower;
    contactLines.push(
      `con-${tag}-${contact},Contact ${contact},Firm ${contact % 997},${industries[contact % industries.length]?.id},${memberIds[by]},${(contact % 5) + 1},${day(contact)},met at event ${contact % 31}`,
    );
  }
  const meetingLines = ['id,on,memberA,memberB,notes'];
  for (let i = 0; i < meetings; i++) {
    const a = i % members;
    const b = (a + 1 + (i % (members - 1))) % members;
    meetingLines.push(
      `oto-${tag}-${i},${day(i)},${memberIds[a]},${memberIds[b === a ? (a + 1) % members : b]},talked shop ${i % 13}`,
    );
  }
  const referralLines = ['id,from,to,contact,status,value,hotness,createdAt,updatedAt,notes'];
  const contacts = Math.ceil(contactRows / 2);
  for (let i = 0; i < referrals; i++) {
    const from = i % members;
    const to = (from + 1 + (i % (members - 1))) % members;
    const status = STATUSES[i % STATUSES.length];
    const created = `${day(i)}T09:30:00Z`;
    const updated = `${day(i + 20)}T10:00:00+01:00`;
    const contact = contacts > 0 ? `con-${tag}-${(i * 13) % contacts}` : '';
    referralLines.push(
      `ref-${tag}-${i},${memberIds[from]},${memberIds[to === from ? (from + 1) % members : to]},${contact},${status},${status === 'WON' ? 1000 + (i % 50) * 100 : ''},${(i % 5) + 1},${created},${updated < created ? created : updated},note ${i % 17}`,
    );
  }
  const texts = {
    group,
    roster: `${roster}\n`,
    contacts: `${contactLines.join('\n')}\n`,
    oneToOnes: `${meetingLines.join('\n')}\n`,
    referrals: `${referralLines.join('\n')}\n`,
  };
  const bytes = Object.values(texts).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return { groupId, texts, rows: 1 + memberIds.length + contactRows + meetings + referrals, bytes };
}
