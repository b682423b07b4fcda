// Imports every domain module (each registers its types on the builder), then builds the schema.
import { builder } from './builder.ts';
import './errors.ts';
import './account.ts';
import './activity.ts';
import './audit.ts';
import './candidates.ts';
import './competition.ts';
import './industry.ts';
import './group.ts';
import './group-graph.ts';
import './import.ts';
import './live.ts';
import './member.ts';
import './power-groups.ts';
import './referral.ts';
import './referral-pipeline.ts';
import './referral-partners.ts';
import './region.ts';
import './system.ts';
import './who-knows.ts';

export const schema = builder.toSchema({ sortSchema: true });
