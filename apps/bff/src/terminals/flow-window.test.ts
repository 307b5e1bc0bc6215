import { describe, expect, it } from 'vitest';
import { FlowWindow } from './flow-window.ts';

describe('FlowWindow', () => {
  it('pauses above the high-water mark and resumes at the low-water mark, once each', () => {
    const window = new FlowWindow({ highWaterBytes: 100, lowWaterBytes: 20 });
    expect(window.produced(60)).toBe('none');
    expect(window.produced(60)).toBe('pause');
    expect(window.produced(10)).toBe('none');
    expect(window.unacked).toBe(130);
    expect(window.ack(50)).toBe('none');
    expect(window.ack(110)).toBe('resume');
    expect(window.paused).toBe(false);
    expect(window.ack(120)).toBe('none');
  });

  it('ignores acks that go backwards or past what was produced', () => {
    const window = new FlowWindow({ highWaterBytes: 100, lowWaterBytes: 20 });
    window.produced(50);
    window.ack(40);
    expect(window.ack(30)).toBe('none');
    expect(window.acked).toBe(40);
    window.ack(1_000);
    expect(window.acked).toBe(50);
    expect(window.unacked).toBe(0);
  });

  it('refuses a low-water mark at or above the high-water mark', () => {
    expect(() => new FlowWindow({ highWaterBytes: 10, lowWaterBytes: 10 })).toThrow(RangeError);
  });
});
