import { join } from 'node:path';
import { loadEnv, REPO_ROOT } from '@powergroups/config';
import { describe, expect, it } from 'vitest';

describe('loadEnv', () => {
  it('defaults to the bundled Neo4j when NEO4J_URI is empty', () => {
    const env = loadEnv({ NEO4J_URI: '' });
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.PORT).toBe(4000);
    expect(env.BUNDLED_NEO4J_PORT).toBe(7687);
  });

  it('reads a relative bundled data folder from the repo root', () => {
    expect(loadEnv({}).BUNDLED_NEO4J_DATA).toBe(join(REPO_ROOT, 'db', 'data'));
    expect(loadEnv({ BUNDLED_NEO4J_DATA: 'tmp/neo' }).BUNDLED_NEO4J_DATA).toBe(join(REPO_ROOT, 'tmp', 'neo'));
    expect(loadEnv({ BUNDLED_NEO4J_DATA: '/var/neo' }).BUNDLED_NEO4J_DATA).toBe('/var/neo');
  });

  it('accepts bolt, neo4j and Aura URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadEnv({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it('names every invalid variable in one message', () => {
    const load = () => loadEnv({ NEO4J_URI: 'http://db', PORT: 'eighty', BUNDLED_NEO4J_HEAP: 'lots' });
    expect(load).toThrow(/^Invalid configuration/);
    expect(load).toThrow(/NEO4J_URI: must look like bolt:\/\/host:7687/);
    expect(load).toThrow(/PORT: /);
    expect(load).toThrow(/BUNDLED_NEO4J_HEAP: must be a JVM size/);
  });
});
