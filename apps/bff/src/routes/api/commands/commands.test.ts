import type { AuditPage, CommandList, CommandSummary } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
let viewer: SignedInAgent;
let admin: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  [operator, viewer, admin] = await Promise.all([signedIn(app, 'operator'), signedIn(app, 'viewer'), signedIn(app, 'admin')]);
});
afterAll(() => app.close());

const base = '/api/regions/cn-hangzhou/commands';
let tokens = 0;
const create = (agent: SignedInAgent, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: base, headers: agent.headers, payload: { clientToken: `create-${++tokens}`, type: 'RunShellScript', ...body } });
const list = async (query: string) => (await app.inject({ method: 'GET', url: `${base}?${query}`, headers: viewer.headers })).json<CommandList>();
const auditFor = async (action: string) =>
  (await app.inject({ method: 'GET', url: `/api/audit?action=${action}`, headers: admin.headers })).json<AuditPage>().items;

describe('the command library', () => {
  it('creates a command (201) with the parameters found in its content, and audits it', async () => {
    const response = await create(operator, { name: 'greet', content: 'echo "hello {{name}}"', enableParameter: true, timeoutSeconds: 30 });
    expect(response.statusCode).toBe(201);
    const command = response.json<CommandSummary>();
    expect(command).toMatchObject({ id: expect.stringMatching(/^c-/), name: 'greet', content: 'echo "hello {{name}}"', parameterNames: ['name'], timeoutSeconds: 30, provider: null });
    expect(command.createdAt).toMatch(/Z$/);
    expect(await auditFor('command.create')).toContainEqual(
      expect.objectContaining({ userId: operator.user.id, regionId: 'cn-hangzhou', target: 'command:greet', outcome: 'succeeded', cloudRequestId: expect.any(String) }),
    );
  });

  it('creates once for a repeated clientToken', async () => {
    const body = { clientToken: 'create-once', name: 'once', content: 'true' };
    const [first, second] = [await create(operator, body), await create(operator, body)];
    expect(second.json<CommandSummary>().id).toBe(first.json<CommandSummary>().id);
    expect((await list('q=once')).totalCount).toBe(1);
  });

  it('searches names by substring and pages with a cursor', async () => {
    for (const name of ['nightly-backup', 'backup-logs', 'restart']) await create(operator, { name, content: `echo ${name}` });
    const first = await list('q=backup&pageSize=1');
    expect(first).toMatchObject({ totalCount: 2, nextCursor: expect.any(String) });
    const second = await list(`q=backup&pageSize=1&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect([...first.items, ...second.items].map((c) => c.name).sort()).toEqual(['backup-logs', 'nightly-backup']);
    expect(second.nextCursor).toBeNull();
  });

  it("lists the cloud's common commands apart", async () => {
    const common = await list('source=common&pageSize=50');
    expect(common.items.length).toBeGreaterThan(0);
    expect(common.items.every((c) => c.provider !== null)).toBe(true);
    expect((await list('pageSize=50')).items.every((c) => c.provider === null)).toBe(true);
  });

  it('updates attributes in place, and replaces the command when the content changes', async () => {
    const { id } = (await create(operator, { name: 'edit-me', content: 'echo one' })).json<CommandSummary>();
    const renamed = await app.inject({ method: 'PATCH', url: `${base}/${id}`, headers: operator.headers, payload: { name: 'edited', timeoutSeconds: 90 } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id, name: 'edited', timeoutSeconds: 90, content: 'echo one' });

    const rewritten = await app.inject({ method: 'PATCH', url: `${base}/${id}`, headers: operator.headers, payload: { content: 'echo two' } });
    expect(rewritten.statusCode).toBe(200);
    const replacement = rewritten.json<CommandSummary>();
    expect(replacement).toMatchObject({ name: 'edited', timeoutSeconds: 90, content: 'echo two' });
    expect(replacement.id).not.toBe(id);
    expect((await list('q=edited')).items.map((c) => c.id)).toEqual([replacement.id]);
    expect(await auditFor('command.update')).toContainEqual(expect.objectContaining({ target: `command:${id}`, detail: expect.stringContaining('replaced by a new command') }));
  });

  it('deletes a command (204), and answers 404 for one that does not exist', async () => {
    const { id } = (await create(operator, { name: 'doomed', content: 'true' })).json<CommandSummary>();
    expect((await app.inject({ method: 'DELETE', url: `${base}/${id}`, headers: operator.headers })).statusCode).toBe(204);
    expect((await list('q=doomed')).totalCount).toBe(0);
    const again = await app.inject({ method: 'DELETE', url: `${base}/${id}`, headers: operator.headers });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'CLOUD_NOT_FOUND', cloud: { code: expect.stringMatching(/NotFound/) } } });
    expect((await app.inject({ method: 'PATCH', url: `${base}/c-nosuchcommand`, headers: operator.headers, payload: { name: 'x' } })).statusCode).toBe(404);
  });

  it('refuses a viewer every change with 403', async () => {
    const { id } = (await create(operator, { name: 'guarded', content: 'true' })).json<CommandSummary>();
    const attempts = [
      () => create(viewer, { name: 'nope', content: 'true' }),
      () => app.inject({ method: 'PATCH', url: `${base}/${id}`, headers: viewer.headers, payload: { name: 'nope' } }),
      () => app.inject({ method: 'DELETE', url: `${base}/${id}`, headers: viewer.headers }),
    ];
    for (const attempt of attempts) expect((await attempt()).json()).toMatchObject({ error: { code: 'FORBIDDEN', statusCode: 403 } });
  });

  it('refuses a region outside the user’s scope', async () => {
    const shanghaiOnly = await signedIn(app, 'operator', { regions: ['cn-shanghai'], tag: null });
    const response = await app.inject({ method: 'GET', url: base, headers: shanghaiOnly.headers });
    expect(response.json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE', statusCode: 403 } });
  });
});
