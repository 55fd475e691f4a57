// @ts-check
/**
 * docs/openapi.json against the mock relying party's real replies: real ceremonies (soft
 * authenticator, real signatures) and real refusals, each request and reply checked against the
 * schema the document gives for that path, method and status.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { createStore } from '../../demo/server/store.js';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { startRelyingParty } from './harness.js';

const spec = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec, 'openapi');

/** @param {string} ref a '#/components/…' pointer @param {unknown} value */
function check(ref, value, what) {
  const validate = ajv.getSchema(`openapi${ref}`);
  assert.ok(validate, `no schema ${ref}`);
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}`);
}

/** The documented path a concrete one matches: '/credentials/abc' is '/credentials/{id}'. */
const templateOf = (path) => (spec.paths[path] ? path : path.replace(/^\/credentials\/[^/]+$/, '/credentials/{id}'));

/** Checks a request body and the reply against the operation at `path`. */
function checkExchange(method, concretePath, body, reply) {
  const path = templateOf(concretePath);
  const operation = spec.paths[path]?.[method];
  assert.ok(operation, `${method.toUpperCase()} ${path} is not documented`);
  const requestSchema = operation.requestBody?.content['application/json'].schema.$ref;
  if (requestSchema && body !== undefined) check(requestSchema, body, `${method} ${path} request`);
  const response = operation.responses[String(reply.status)];
  assert.ok(response, `${method.toUpperCase()} ${path} answered ${reply.status}, which is not documented`);
  if (!response.content) {
    assert.equal(reply.body, undefined, `${method} ${path} ${reply.status} is documented without a body`);
    return;
  }
  const schema = response.content['application/json'].schema;
  if (schema.$ref) check(schema.$ref, reply.body, `${method} ${path} ${reply.status} reply`);
  else assert.ok(ajv.validate(schema, reply.body), `${method} ${path} ${reply.status}: ${ajv.errorsText()}`);
}

let server;
before(async () => (server = await startRelyingParty()));
after(() => server.close());

/** A client whose every exchange is checked against the document. */
function checkedClient(on = server) {
  const client = on.client();
  return {
    /** `badRequest`: the body is meant to break the contract; only the reply is checked. */
    async post(path, body, headers, { badRequest = false } = {}) {
      const reply = await client.post(`/passkeys${path}`, body, headers);
      checkExchange('post', path, badRequest || headers ? undefined : body, reply);
      return reply;
    },
    async get(path) {
      const reply = await client.get(`/passkeys${path}`);
      checkExchange('get', path, undefined, reply);
      return reply;
    },
    async patch(path, body, headers, { badRequest = false } = {}) {
      const reply = await client.patch(`/passkeys${path}`, body, headers);
      checkExchange('patch', path, badRequest || headers ? undefined : body, reply);
      return reply;
    },
    async del(path, headers) {
      const reply = await client.del(`/passkeys${path}`, headers);
      checkExchange('delete', path, undefined, reply);
      return reply;
    },
  };
}

test('a sign-up, session, log-out and both sign-ins match the document', async () => {
  const client = checkedClient();
  const authenticator = createSoftAuthenticator({ origin: server.base });
  const username = `openapi-${Date.now()}`;

  const creation = await client.post('/register/options', { username, displayName: 'Open API' });
  assert.equal(creation.status, 200);
  assert.equal((await client.post('/register/verify', await authenticator.register(creation.body))).status, 200);
  assert.equal((await client.get('/session')).body.user.username, username);
  assert.equal((await client.post('/logout', {})).status, 200);
  assert.equal((await client.get('/session')).body.user, null);

  for (const body of [{ username }, {}]) {
    const request = await client.post('/login/options', body);
    assert.equal(request.status, 200);
    assert.equal((await client.post('/login/verify', await authenticator.authenticate(request.body))).status, 200);
  }
});

test('password accounts, an automatic upgrade and their refusals match the document (issue 17)', async () => {
  const client = checkedClient();
  const stranger = checkedClient();
  const authenticator = createSoftAuthenticator({ origin: server.base });
  const username = `openapi-password-${Date.now()}`;
  const password = 'correct horse battery';

  assert.equal((await stranger.post('/register/options', { mediation: 'conditional' })).status, 401);
  assert.equal((await client.post('/password/register', { username, password: 'short' }, undefined, { badRequest: true })).status, 400);
  assert.equal((await client.post('/password/register', { username, password, displayName: 'Open API' })).status, 200);
  assert.equal((await stranger.post('/password/register', { username, password })).status, 409);
  assert.equal((await client.get('/session')).body.user.hasPassword, true);
  const upgrade = await client.post('/register/options', { mediation: 'conditional' });
  assert.equal(upgrade.status, 200);
  const silent = await authenticator.register(upgrade.body, { flags: { up: false, uv: false } });
  assert.equal((await client.post('/register/verify', silent)).status, 200);
  assert.equal((await client.post('/register/options', { mediation: 'conditional', username: 'someone-else' })).status, 409);
  assert.equal((await client.post('/logout', {})).status, 200);
  assert.equal((await client.post('/password/login', { username, password: 'wrong password' })).status, 401);
  assert.equal((await client.post('/password/login', { username, password })).status, 200);
  assert.equal((await client.post('/password/login', 'x', { 'Content-Type': 'text/plain' })).status, 415);
});

test('GET /.well-known/webauthn matches the document', async () => {
  const related = await startRelyingParty({ relatedOrigins: ['https://shop.example', 'https://example.co.uk'] });
  try {
    const reply = await related.client().get('/.well-known/webauthn');
    assert.equal(reply.status, 200);
    checkExchange('get', '/.well-known/webauthn', undefined, reply);
  } finally {
    await related.close();
  }
});

test('refusals match the document', async () => {
  const client = checkedClient();
  const stranger = checkedClient();
  const authenticator = createSoftAuthenticator({ origin: server.base });
  const username = `openapi-refusals-${Date.now()}`;

  assert.equal((await client.post('/register/options', { username: '' }, undefined, { badRequest: true })).status, 400);
  assert.equal((await client.post('/register/options', 'not json', { 'Content-Type': 'text/plain' })).status, 415);
  const creation = await client.post('/register/options', { username });
  const credential = await authenticator.register(creation.body);
  assert.equal((await client.post('/register/verify', credential)).status, 200);
  // Replayed: the challenge was single-use.
  assert.equal((await client.post('/register/verify', credential)).status, 400);
  // Someone else asking for the same name.
  assert.equal((await stranger.post('/register/options', { username })).status, 409);
});

test('a full account store: its refusals match the document', async () => {
  const full = await startRelyingParty({ store: createStore({ maxUsers: 1 }) });
  try {
    const [client, other] = [checkedClient(full), checkedClient(full)];
    const authenticator = createSoftAuthenticator({ origin: full.base });
    const early = await client.post('/register/options', { username: 'first' });
    const late = await other.post('/register/options', { username: 'second' });
    assert.equal((await client.post('/register/verify', await authenticator.register(early.body))).status, 200);
    assert.equal((await other.post('/register/options', { username: 'third' })).status, 503);
    assert.equal((await other.post('/register/verify', await authenticator.register(late.body))).status, 503);
  } finally {
    await full.close();
  }
});

test('managing passkeys (list, add while signed in, rename, delete, display name) matches the document', async () => {
  const client = checkedClient();
  const first = createSoftAuthenticator({ origin: server.base });
  const second = createSoftAuthenticator({ origin: server.base });
  const username = `openapi-manage-${Date.now()}`;

  assert.equal((await client.get('/credentials')).status, 401);
  assert.equal((await client.patch('/user', { displayName: 'x' })).status, 401);
  const creation = await client.post('/register/options', { username });
  assert.equal((await client.post('/register/verify', await first.register(creation.body, { aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4' }))).status, 200);
  const adding = await client.post('/register/options', {});
  assert.equal(adding.status, 200);
  assert.equal((await client.post('/register/verify', await second.register(adding.body, { flags: { bs: false } }))).status, 200);
  const list = await client.get('/credentials');
  assert.equal(list.body.length, 2);
  const [newest, oldest] = list.body.map((/** @type {{id: string}} */ c) => c.id);
  assert.equal((await client.patch(`/credentials/${newest}`, { name: 'Laptop' })).status, 200);
  assert.equal((await client.patch(`/credentials/${newest}`, { name: '\u202Eevil' }, undefined, { badRequest: true })).status, 400);
  assert.equal((await client.patch(`/credentials/${newest}`, 'name=x', { 'Content-Type': 'text/plain' })).status, 415);
  assert.equal((await client.del(`/credentials/${newest}`, { Origin: 'https://evil.example' })).status, 403);
  assert.equal((await client.patch('/user', { displayName: 'Open API' })).status, 200);
  assert.equal((await client.del(`/credentials/${oldest}`)).status, 204);
  assert.equal((await client.del(`/credentials/${oldest}`)).status, 404);
  assert.equal((await client.patch(`/credentials/${oldest}`, { name: 'gone' })).status, 404);
  assert.equal((await client.get('/credentials')).body.length, 1);

  // The removed passkey, still on its authenticator, signs in: 404 unknown-credential.
  assert.equal((await client.post('/logout', {})).status, 200);
  const request = await client.post('/login/options', {});
  assert.equal((await client.post('/login/verify', await first.authenticate(request.body))).status, 404);
});

test('the rate limit on the management routes matches the document', async () => {
  const limited = await startRelyingParty({ rateLimit: { max: 2 } });
  try {
    const client = checkedClient(limited);
    const authenticator = createSoftAuthenticator({ origin: limited.base });
    const creation = await client.post('/register/options', { username: 'limited' });
    assert.equal((await client.post('/register/verify', await authenticator.register(creation.body))).status, 200);
    const [id] = authenticator.credentials.keys();
    assert.equal((await client.patch(`/credentials/${id}`, { name: 'x' })).status, 429);
    assert.equal((await client.del(`/credentials/${id}`)).status, 429);
    assert.equal((await client.patch('/user', { displayName: 'x' })).status, 429);
  } finally {
    await limited.close();
  }
});
