import { expect, it } from 'vitest';
import { useTestServer } from './helpers/app.js';
import { describeEachEngine } from './helpers/databases.js';

describeEachEngine('GET /health', (engine) => {
  const server = useTestServer(engine);

  it('answers 200 ok while the database answers', async () => {
    const response = await server().app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 unavailable when the database cannot be reached', async () => {
    const { app, repository } = server();
    await repository.close();
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });
});
