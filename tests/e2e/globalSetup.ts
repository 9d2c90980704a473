import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Builds the extension once for all end-to-end tests, as users get it (production React). */
export default function setup(): void {
  if (
    process.env.SUFLER_E2E_SKIP_BUILD === '1' &&
    existsSync(resolve(process.env.SUFLER_OUT_DIR ?? '.output', 'chrome-mv3/manifest.json'))
  )
    return;
  const result = spawnSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('wxt build failed');
}
