import { DBMS_COMPONENTS } from './cypher/schema.ts';
import type { Database } from './database.ts';

export interface DatabaseInfo {
  name: string;
  version: string;
  edition: string;
}

export async function databaseInfo(db: Database): Promise<DatabaseInfo> {
  const [info] = await db.read<DatabaseInfo>(DBMS_COMPONENTS);
  if (!info) throw new Error('dbms.components() returned nothing');
  return info;
}
