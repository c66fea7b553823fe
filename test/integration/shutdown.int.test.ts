/**
 * `npm start` on SIGTERM, as a container runtime sends it: npm passes the signal on to the API, which stops
 * accepting, finishes the request in flight, closes the driver and exits 0. The request is held in flight by
 * sending its body in two parts around the signal. NODE_ENV=production, because Apollo Server installs signal
 * handlers of its own outside tests, which once kept the process from exiting.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';

describe('graceful shutdown', () => {
  it('finishes the request in flight, then exits 0 when npm start gets SIGTERM', async () => {
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    const exited = once(child, 'exit');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the API did not start:\n${log}`)), 120_000);
      child.stderr.on('data', () => {
        if (log.includes('API ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });

    const body = JSON.stringify({ query: '{ node(id: "person:lai-thanh-son") { ... on Person { name } } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 200);
    });

    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ data: { node: { name: 'Lại Thanh Sơn' } } });
    const [code] = await exited;
    expect(code).toBe(0);
    expect(log).toContain('"message":"stopped"');
  }, 180_000);
});
