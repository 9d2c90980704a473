#!/usr/bin/env node
// `npm start`: build the extension, serve the demo CRM, and open it in Chromium/Chrome with
// Sufler loaded. Without a display it says so and prints what to load by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { startDemoServer } from '../demo/server.mjs';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');

function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  const known = [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return known.find((p) => existsSync(p)) ?? null;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

console.log('Собираю расширение… / Building the extension…');
const build = spawnSync('npx', ['wxt', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
  shell: process.platform === 'win32',
});
if (build.status !== 0) {
  console.error('Сборка не удалась. / The build failed.');
  process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 4173);
const server = await startDemoServer({ port });
const demoUrl = server.url;

const manual = [
  '',
  `Демо-CRM / demo CRM:            ${demoUrl}`,
  `Папка расширения / extension:   ${extensionDir}`,
  '',
  'Загрузить вручную / load by hand: chrome://extensions → «Режим разработчика» (Developer mode) →',
  '«Загрузить распакованное» (Load unpacked) → выберите папку выше / pick the folder above.',
  'Откройте демо-CRM и нажмите значок Суфлёра (или Alt+Shift+S) — панель откроется сбоку.',
  '',
];

const browser = findBrowser();
if (!browser || !hasDisplay()) {
  console.log(
    !browser
      ? '\nChromium/Chrome не найден (укажите CHROME_PATH). / No Chromium/Chrome found (set CHROME_PATH).'
      : '\nДисплея нет — браузер не открыть. / No display here, so no browser window can open.',
  );
  console.log(manual.join('\n'));
} else {
  const profile = join(root, '.sufler-profile');
  mkdirSync(profile, { recursive: true });
  console.log(manual.join('\n'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demoUrl,
  ];
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => {
    void server.close().then(() => process.exit(0));
  });
  console.log(`Открываю ${browser}… (Ctrl+C — выход / to quit)`);
}

console.log('Демо-CRM работает, Ctrl+C — остановить. / The demo CRM is running; Ctrl+C stops it.');
process.on('SIGINT', () => {
  void server.close().then(() => process.exit(0));
});
