import { describe, expect, it } from 'vitest';
import { canTransition, initialSessionState, transition, type SessionStatus } from './session-state.ts';

const all: SessionStatus[] = ['connecting', 'connected', 'reconnecting', 'resumed', 'ended'];

describe('terminal session states', () => {
  it('walks the path of a shell that survives a blip', () => {
    const connected = transition(initialSessionState, 'connected');
    const reconnecting = connected && transition(connected, 'reconnecting');
    const resumed = reconnecting && transition(reconnecting, 'resumed');
    const ended = resumed && transition(resumed, 'ended', 'exit 0');
    expect([connected?.status, reconnecting?.status, resumed?.status, ended?.status]).toEqual([
      'connected',
      'reconnecting',
      'resumed',
      'ended',
    ]);
    expect(ended?.reason).toBe('exit 0');
  });

  it('refuses moves that make no sense', () => {
    expect(transition({ status: 'connected', reason: null }, 'resumed')).toBeUndefined();
    expect(transition({ status: 'reconnecting', reason: null }, 'connected')).toBeUndefined();
    expect(transition(initialSessionState, 'resumed')).toBeUndefined();
    expect(transition(initialSessionState, 'connecting')).toBeUndefined();
  });

  it('never leaves ended', () => {
    for (const to of all) expect(canTransition('ended', to)).toBe(false);
  });

  it('keeps a reason only when ended, with a default', () => {
    expect(transition(initialSessionState, 'connected', 'ignored')?.reason).toBeNull();
    expect(transition(initialSessionState, 'ended')?.reason).toBe('closed');
  });
});
