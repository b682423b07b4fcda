// The request's members and industries by id (server/src/schema/loaders.ts recordsById): records a
// statement returned are given at once, any other id is read with the request's others in one
// read, and an id that names nothing is said plainly.
import { recordsById } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

interface Thing {
  id: string;
  name: string;
}

/** A request's records over a store that counts its reads (each read: the ids asked). */
function setUp(store: Thing[]) {
  const reads: string[][] = [];
  const things = recordsById<Thing>(async (_context, ids) => {
    reads.push([...ids]);
    return store.filter((thing) => ids.includes(thing.id));
  }, 'thing');
  // A request's context: the records live as long as it does (any object will do here).
  const context = {} as Parameters<typeof things.load>[0];
  return { things, context, reads };
}

const ann = { id: 't-ann', name: 'Ann' };
const bob = { id: 't-bob', name: 'Bob' };
const cy = { id: 't-cy', name: 'Cy' };

describe('recordsById', () => {
  it('gives a held record at once, not as a promise, and reads nothing', () => {
    const { things, context, reads } = setUp([]);
    things.hold(context, [ann]);
    expect(things.load(context, 't-ann')).toBe(ann);
    expect(
      things.named((parent: { thingId: string }) => parent.thingId)({ thingId: 't-ann' }, {}, context),
    ).toBe(ann);
    expect(
      things.allNamed((parent: { ids: string[] }) => parent.ids)({ ids: ['t-ann'] }, {}, context),
    ).toEqual([ann]);
    expect(reads).toEqual([]);
  });

  it('reads the ids not held in one read, keeping the order asked', async () => {
    const { things, context, reads } = setUp([ann, bob, cy]);
    things.hold(context, [bob]);
    const all = things.allNamed((ids: string[]) => ids)(['t-cy', 't-bob', 't-ann'], {}, context);
    expect(all).toBeInstanceOf(Promise);
    expect(await all).toEqual([cy, bob, ann]);
    expect(reads).toEqual([['t-cy', 't-ann']]);
    // Read once, then held for the rest of the request.
    expect(things.load(context, 't-cy')).toBe(cy);
  });

  it('gives null for an id that names nothing, and a resolver of a required one an error that names it', async () => {
    const { things, context } = setUp([ann]);
    await expect(things.load(context, 't-nobody')).resolves.toBeNull();
    await expect(things.loadOrFail(context, 't-nobody')).rejects.toThrow('No thing with id "t-nobody"');
    await expect(things.allNamed((ids: string[]) => ids)(['t-ann', 't-gone'], {}, context)).rejects.toThrow(
      'No thing with id "t-gone"',
    );
  });

  it('gives null at once for a parent that names nothing, and the record for one that does', async () => {
    const { things, context, reads } = setUp([ann]);
    const markedBy = things.maybeNamed((parent: { by: string | null }) => parent.by);
    expect(markedBy({ by: null }, {}, context)).toBeNull();
    expect(reads).toEqual([]);
    await expect(markedBy({ by: 't-ann' }, {}, context)).resolves.toBe(ann);
    await expect(markedBy({ by: 't-gone' }, {}, context)).resolves.toBeNull();
  });

  it('builds answers only from held records: one that is not held is a statement that forgot it', () => {
    const { things, context } = setUp([ann]);
    things.hold(context, [bob]);
    const held = things.heldBy(context);
    expect(held('t-bob')).toBe(bob);
    expect(() => held('t-ann')).toThrow('No thing with id "t-ann"');
  });

  it('reads a forgotten record afresh (after a write to it)', async () => {
    const store = [ann];
    const { things, context, reads } = setUp(store);
    things.hold(context, [ann]);
    const renamed = { id: 't-ann', name: 'Ann Renamed' };
    store[0] = renamed;
    things.forget(context, 't-ann');
    await expect(things.load(context, 't-ann')).resolves.toEqual(renamed);
    expect(reads).toEqual([['t-ann']]);
  });

  it('keeps each request apart', () => {
    const { things, context } = setUp([]);
    things.hold(context, [ann]);
    const another = {} as typeof context;
    expect(things.load(another, 't-ann')).toBeInstanceOf(Promise);
  });
});
