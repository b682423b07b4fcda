// @vitest-environment node
import { parseAsk, stripQuestion } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';
import { GRAPH } from '../fixtures/sample-group.ts';

describe('parseAsk', () => {
  it('reads "who knows a mortgage broker" as an industry question', () => {
    expect(parseAsk('who knows a mortgage broker', GRAPH.nodes)).toEqual({
      kind: 'industry',
      text: 'mortgage broker',
    });
    expect(parseAsk('Who knows an accountant?', GRAPH.nodes)).toEqual({
      kind: 'industry',
      text: 'accountant',
    });
    expect(parseAsk('who can introduce me to a solicitor', GRAPH.nodes)).toEqual({
      kind: 'industry',
      text: 'solicitor',
    });
  });

  it('reads a bare industry as an industry question', () => {
    expect(parseAsk('mortgage broker', GRAPH.nodes)).toEqual({ kind: 'industry', text: 'mortgage broker' });
  });

  it('finds a name whatever its accents and apostrophes', () => {
    const members = [
      { id: 'm-siobhan', label: 'Siobhán Kelly' },
      { id: 'm-niamh', label: "Niamh O'Connor" },
    ];
    expect(parseAsk('siobhan kelly', members)).toMatchObject({ kind: 'member', memberId: 'm-siobhan' });
    expect(parseAsk('siobhan', members)).toMatchObject({ kind: 'member', memberId: 'm-siobhan' });
    expect(parseAsk('oconnor', members)).toMatchObject({ kind: 'member', memberId: 'm-niamh' });
  });

  it('reads a member’s name, whole or a unique part, as that member', () => {
    expect(parseAsk('ciara doyle', GRAPH.nodes)).toEqual({
      kind: 'member',
      memberId: 'm-ciara',
      name: 'Ciara Doyle',
    });
    expect(parseAsk('Fergal', GRAPH.nodes)).toEqual({
      kind: 'member',
      memberId: 'm-fergal',
      name: 'Fergal Nolan',
    });
    expect(parseAsk('who knows Brian Walsh', GRAPH.nodes)).toEqual({
      kind: 'member',
      memberId: 'm-brian',
      name: 'Brian Walsh',
    });
  });

  it('treats blank input as nothing to ask', () => {
    expect(parseAsk('   ', GRAPH.nodes)).toEqual({ kind: 'empty' });
    expect(parseAsk('who knows a ?', GRAPH.nodes)).toEqual({ kind: 'empty' });
  });

  it('strips the question words only', () => {
    expect(stripQuestion('Anyone know the best IT support?')).toBe('best IT support');
  });
});
