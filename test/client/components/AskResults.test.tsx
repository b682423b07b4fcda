import { AskResults, whoKnowsCsv } from '@powergroups/client/test';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WHO_KNOWS_MORTGAGE } from '../fixtures/sample-group.ts';

describe('AskResults', () => {
  it('says which industry was matched and how', () => {
    render(
      <AskResults
        question="mortgage broker"
        result={WHO_KNOWS_MORTGAGE}
        onInspect={vi.fn()}
        onOpenMember={vi.fn()}
        onAskInstead={vi.fn()}
      />,
    );
    expect(screen.getByText('Mortgage intermediary', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText(/matched as a synonym “mortgage broker”/)).toBeTruthy();
  });

  it('lists the answers in rank order with their reasons and paths, hiding contacts the caller may not see', () => {
    render(
      <AskResults
        question="mortgage broker"
        result={WHO_KNOWS_MORTGAGE}
        onInspect={vi.fn()}
        onOpenMember={vi.fn()}
        onAskInstead={vi.fn()}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Aoife Byrne',
      'Declan Ryan',
      'Eimear Kelly',
      'Fergal Nolan',
    ]);
    expect(within(items[0] as HTMLElement).getByText('is one')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('knows one')).toBeTruthy();
    expect(within(items[2] as HTMLElement).getByText('2 hops')).toBeTruthy();
    expect(within(items[2] as HTMLElement).getByText('one-to-one with')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('a contact')).toBeTruthy();
    expect(
      within(items[1] as HTMLElement).getByText(/Knows a mortgage intermediary \(tie strength 4\/5\)/),
    ).toBeTruthy();
  });

  it('shows an answer on the graph when clicked, and keeps the list; opening its panel is a second step', () => {
    const onInspect = vi.fn();
    const onOpenMember = vi.fn();
    const { rerender } = render(
      <AskResults
        question="mortgage broker"
        result={WHO_KNOWS_MORTGAGE}
        onInspect={onInspect}
        onOpenMember={onOpenMember}
        onAskInstead={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByText('Eimear Kelly', { selector: 'strong' }));
    expect(onInspect).toHaveBeenCalledWith('m-eimear');
    expect(onOpenMember).not.toHaveBeenCalled();
    rerender(
      <AskResults
        question="mortgage broker"
        result={WHO_KNOWS_MORTGAGE}
        selectedId="m-eimear"
        onInspect={onInspect}
        onOpenMember={onOpenMember}
        onAskInstead={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('listitem').length).toBe(WHO_KNOWS_MORTGAGE.answers.length);
    fireEvent.click(screen.getByRole('button', { name: 'Open Eimear Kelly’s panel' }));
    expect(onOpenMember).toHaveBeenCalledWith('m-eimear');
  });

  it('offers alternatives when nothing matches, and says so', () => {
    const onAskInstead = vi.fn();
    render(
      <AskResults
        question="morgage"
        result={{
          match: {
            industry: null,
            matchedBy: 'NONE',
            matchedText: null,
            ambiguous: true,
            alternatives: [{ id: 'ind-mortgage', name: 'Mortgage intermediary' }],
          },
          answers: [],
        }}
        onInspect={vi.fn()}
        onOpenMember={vi.fn()}
        onAskInstead={onAskInstead}
      />,
    );
    expect(screen.getByText('No industry matches “morgage”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mortgage intermediary' }));
    expect(onAskInstead).toHaveBeenCalledWith('Mortgage intermediary');
  });
});

describe('whoKnowsCsv', () => {
  it('downloads the answers in rank order, each with its tie, reason and path', () => {
    const lines = whoKnowsCsv(WHO_KNOWS_MORTGAGE).trim().split('\r\n');
    expect(lines[0]).toBe('rank,name,industry asked,tie,strength,reason,path');
    expect(lines[1]).toBe(
      '1,Aoife Byrne,Mortgage intermediary,is one,100,Is a mortgage intermediary,Aoife Byrne → in Mortgage intermediary',
    );
    // A contact the caller may not see stays "a contact".
    expect(lines[3]).toBe(
      '3,Eimear Kelly,Mortgage intermediary,2 hops,50,"Has one-to-ones with Declan Ryan, who knows a mortgage intermediary",Eimear Kelly → one-to-one with Declan Ryan → knows a contact → in Mortgage intermediary',
    );
    expect(lines).toHaveLength(WHO_KNOWS_MORTGAGE.answers.length + 1);
  });

  it('defuses a name a spreadsheet would run as a formula', () => {
    const [first, ...rest] = WHO_KNOWS_MORTGAGE.answers;
    if (!first) throw new Error('the fixture has answers');
    const csv = whoKnowsCsv({
      ...WHO_KNOWS_MORTGAGE,
      answers: [{ ...first, member: { ...first.member, name: '=HYPERLINK("http://x")' } }, ...rest],
    });
    expect(csv).toContain(`\r\n1,"'=HYPERLINK(""http://x"")",Mortgage intermediary,`);
  });

  it('is offered beside the count of answers', () => {
    render(
      <AskResults
        question="mortgage broker"
        result={WHO_KNOWS_MORTGAGE}
        onInspect={vi.fn()}
        onOpenMember={vi.fn()}
        onAskInstead={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Download the answers as CSV' }).textContent).toBe('CSV');
  });
});
