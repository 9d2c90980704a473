import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(__dirname, '../../fixtures/crm');

export function fixtureHtml(file: string): string {
  return readFileSync(resolve(DIR, file), 'utf8');
}

/**
 * Puts a fixture page into the test document (scripts do not run). Same-origin iframes get their
 * page through `srcdoc`, since there is no server here; resolves once they have loaded.
 */
export async function loadFixture(file: string): Promise<Document> {
  const html = fixtureHtml(file).replace(/<!doctype html>/i, '');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const head = /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';
  document.head.innerHTML = head;
  const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  document.body.innerHTML = body
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(
      /(<iframe[^>]*?)\ssrc="([^"]+)"/gi,
      (_, tag: string, src: string) => `${tag} srcdoc="${escapeAttribute(fixtureHtml(src))}"`,
    );
  const frames = Array.from(document.querySelectorAll('iframe[srcdoc]')) as HTMLIFrameElement[];
  // happy-dom loads srcdoc asynchronously.
  await Promise.all(
    frames.map(
      (frame) =>
        new Promise<void>((done) => {
          if (frame.contentDocument?.body?.childElementCount) done();
          frame.addEventListener('load', () => done(), { once: true });
          setTimeout(done, 500);
        }),
    ),
  );
  return document;
}
