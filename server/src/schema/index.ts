// Imports every domain module (each registers its types on the builder), then builds the schema.
import { builder } from './builder.ts';
import './errors.ts';
import './industry.ts';
import './group.ts';
import './import.ts';
import './member.ts';
import './questions.ts';
import './referral.ts';
import './system.ts';

export const schema = builder.toSchema({ sortSchema: true });
