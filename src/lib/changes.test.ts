import { describe, expect, it } from 'vitest';
import { changeRows } from './changes.ts';
import { agent, mechanism, trial } from '../../tests/fixtures/entries.ts';

describe('changeRows', () => {
  it('lists every change of every entry, newest first, ties by kind then title', () => {
    const rows = changeRows({
      agents: [
        agent('zeta', { changes: [{ date: '2026-01-01', summary: 'Entry published.' }] }),
        agent('alpha', {
          changes: [
            { date: '2026-01-01', summary: 'Entry published.' },
            { date: '2026-06-01', summary: 'Status updated after approval.' },
          ],
        }),
      ],
      mechanisms: [mechanism('loss', [], { changes: [{ date: '2026-03-01', summary: 'Evidence re-checked.' }] })],
      trials: [
        trial('t1', [], {
          changes: [
            { date: '2026-06-01', summary: 'Final OS added.' },
            { date: '2025-12-01', summary: 'Entry published.' },
          ],
        }),
      ],
    });
    expect(rows.map((r) => `${r.date} ${r.kind}/${r.id}: ${r.summary}`)).toEqual([
      '2026-06-01 agents/alpha: Status updated after approval.',
      '2026-06-01 trials/t1: Final OS added.',
      '2026-03-01 mechanisms/loss: Evidence re-checked.',
      '2026-01-01 agents/alpha: Entry published.',
      '2026-01-01 agents/zeta: Entry published.',
      '2025-12-01 trials/t1: Entry published.',
    ]);
    expect(rows[0].title).toBe('Alpha');
  });
  it('keeps the order an entry gives two changes on the same day', () => {
    const rows = changeRows({
      agents: [
        agent('a', {
          changes: [
            { date: '2026-01-01', summary: 'First change.' },
            { date: '2026-01-01', summary: 'Second change.' },
          ],
        }),
      ],
      mechanisms: [],
      trials: [],
    });
    expect(rows.map((r) => r.summary)).toEqual(['First change.', 'Second change.']);
  });
});
