import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Figures, figure } from './figure';

const OUT = resolve('.output/chrome-mv3');

function gzipKb(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Scripts an HTML entry loads (its own chunk plus shared chunks it imports). */
function scriptsOf(html: string): string[] {
  const page = readFileSync(join(OUT, html), 'utf8');
  const srcs = [...page.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(OUT, m[1]!));
  return srcs.filter((f) => existsSync(f));
}

/** Gzip sizes of what each context loads, from a production build (built here if missing). */
export function bundleFigures(): Figures {
  if (!existsSync(join(OUT, 'manifest.json')) || process.env.SUFLER_BENCH_BUILD === '1') {
    const r = spawnSync('npx', ['wxt', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error('wxt build failed');
  }
  const content = listFiles(join(OUT, 'content-scripts')).filter((f) => f.endsWith('.js'));
  return {
    content_script_gzip_kb: figure(gzipKb(content), 'KB', 20),
    sidepanel_gzip_kb: figure(gzipKb(scriptsOf('sidepanel.html')), 'KB', 250),
    background_gzip_kb: figure(gzipKb([join(OUT, 'background.js')]), 'KB', 120),
  };
}
