// @vitest-environment node
// Lists as CSV (client/src/text/csv.ts and the lists that use it): quoted where needed, and a
// cell a spreadsheet would run as a formula is defused.
import { membersCsv, toCsv } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';
import { GRAPH } from '../fixtures/sample-group.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['Walsh, Brian', 'said "hi"'],
          ['plain', null],
        ],
      ),
    ).toBe('a,b\r\n"Walsh, Brian","said ""hi"""\r\nplain,\r\n');
    expect(toCsv(['notes'], [['line one\nline two']])).toBe('notes\r\n"line one\nline two"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['name'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(
      `name\r\n"'=HYPERLINK(""http://x"")"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n`,
    );
  });
});

describe('membersCsv', () => {
  it('names each member’s power groups and role', () => {
    const lines = membersCsv(GRAPH.nodes, GRAPH.powerGroups).trim().split('\r\n');
    expect(lines[0]).toBe('name,company,industry,power groups,role');
    expect(lines).toContain('Aoife Byrne,Byrne Ltd,Mortgage intermediary,Property,organiser');
    expect(lines).toContain('Fergal Nolan,Nolan Ltd,Insurance broker,Finance; Property,member');
    expect(lines).toContain('Eimear Kelly,Kelly Ltd,IT support,,member');
  });
});
