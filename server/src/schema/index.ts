// Imports every domain module (each registers its types on the builder), then builds the schema.
import { builder } from './builder.ts';
import './system.ts';

export const schema = builder.toSchema({ sortSchema: true });
