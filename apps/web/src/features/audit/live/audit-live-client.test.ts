import { describe, expect, it, vi } from 'vitest';
import { anAuditEntry } from '../testing/audit-fixtures.ts';
import { fakeAuditTransport } from '../testing/fake-audit-transport.ts';
import { subscribeAuditLive } from './audit-live-client.ts';
import { auditLiveUrl } from './audit-live-transport.ts';

describe('subscribeAuditLive', () => {
  it('hands over each entry and drops frames that do not match the contract', () => {
    const fake = fakeAuditTransport();
    const onEntry = vi.fn();
    subscribeAuditLive(fake.transport, { onEntry, onClose: vi.fn() });
    const entry = anAuditEntry();
    fake.push('not json');
    fake.push(JSON.stringify({ type: 'entry', entry: { ...entry, outcome: 'exploded' } }));
    fake.push(JSON.stringify({ type: 'other', entry }));
    fake.push(JSON.stringify({ type: 'entry', entry }));
    expect(onEntry.mock.calls).toEqual([[entry]]);
  });

  it('closes the transport on dispose and then stays quiet', () => {
    const fake = fakeAuditTransport();
    const onEntry = vi.fn();
    const onClose = vi.fn();
    const subscription = subscribeAuditLive(fake.transport, { onEntry, onClose });
    subscription.dispose();
    expect(fake.state.closed).toBe(true);
    fake.push(JSON.stringify({ type: 'entry', entry: anAuditEntry() }));
    fake.end();
    expect(onEntry).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('reports a feed the server ended', () => {
    const fake = fakeAuditTransport();
    const onClose = vi.fn();
    subscribeAuditLive(fake.transport, { onEntry: vi.fn(), onClose });
    fake.end();
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('auditLiveUrl', () => {
  it('uses the page origin with ws or wss to match', () => {
    expect(auditLiveUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/api/audit/live');
    expect(auditLiveUrl({ protocol: 'https:', host: 'porthole.example' })).toBe('wss://porthole.example/api/audit/live');
  });
});
