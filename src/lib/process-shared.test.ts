import { describe, expect, it } from 'vitest';
import { processShared } from './process-shared.ts';

describe('processShared', () => {
  it('creates the state once per name and hands every caller the same object', () => {
    let created = 0;
    const make = () => ({ count: ++created });
    const first = processShared('test-state', make);
    const again = processShared('test-state', make);
    expect(again).toBe(first);
    expect(created).toBe(1);
    expect(processShared('test-other-state', make)).not.toBe(first);
  });
});
