// A throw-away Redis for the tests of the live feed across server processes: Debian's
// redis-server on a free loopback port, no persistence, stopped by the returned function.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from './server-process.ts';

export interface TestRedis {
  url: string;
  /** Resolves once `channel` has a subscriber (a server's SUBSCRIBE has landed), or throws after `ms`. */
  subscribed(channel: string, ms?: number): Promise<void>;
  stop: () => Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start in 10 s:\n${output}`)),
      10_000,
    );
    redis.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`));
    });
    redis.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async subscribed(channel, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const { stdout } = await promisify(execFile)('redis-cli', [
          '-p',
          String(port),
          'PUBSUB',
          'NUMSUB',
          channel,
        ]);
        if (Number(stdout.trim().split('\n')[1] ?? 0) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`nobody subscribed to ${channel} within ${ms} ms`);
    },
    stop: () =>
      new Promise((resolve) => {
        redis.once('exit', () => resolve());
        redis.kill('SIGTERM');
      }),
  };
}
