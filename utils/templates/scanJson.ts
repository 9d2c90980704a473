import { jsonPath } from './jsonPath';

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface JsonScanError extends JsonPosition {
  code: 'syntax' | 'too_deep' | 'duplicate_key';
  /** What was found (syntax), or the repeated key. */
  detail: string;
  path: string;
}

export interface JsonScan {
  error?: JsonScanError;
  /** Start of each value whose path was asked for in `locate`. */
  positions: Map<string, JsonPosition>;
}

interface Frame {
  array: boolean;
  index: number;
  key: string;
  keys: Set<string> | null;
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Stop extends Error {}

/**
 * One pass over JSON text, before `JSON.parse`: finds syntax errors with their line and column,
 * nesting deeper than `maxDepth` (a hostile pack must not exhaust the stack of whoever reads it
 * next) and keys repeated in one object (which `JSON.parse` silently collapses, so a reviewer
 * and the importer would disagree about what the pack says). With `locate`, it also records
 * where the values at those paths start, to put line numbers on schema errors.
 */
export function scanJson(
  text: string,
  options: { maxDepth?: number; locate?: ReadonlySet<string> } = {},
): JsonScan {
  const maxDepth = options.maxDepth ?? 64;
  const locate = options.locate;
  const positions = new Map<string, JsonPosition>();
  const stack: Frame[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let error: JsonScanError | undefined;

  const path = () => jsonPath(stack.map((f) => (f.array ? f.index : f.key)));
  const fail = (code: JsonScanError['code'], detail: string, at = pos): never => {
    error = { code, detail, path: path(), line, column: at - lineStart + 1 };
    throw new Stop();
  };
  const skipWs = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x0a) {
        line++;
        lineStart = pos + 1;
      } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      pos++;
    }
  };
  const found = () => (pos < text.length ? JSON.stringify(text.slice(pos, pos + 12)) : 'end of text');
  // A character loop rather than a regular expression: strings are most of a pack's text.
  const readString = (): string => {
    const start = pos;
    let escaped = false;
    for (let i = pos + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        pos = i + 1;
        const raw = text.slice(start, pos);
        return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      // JSON forbids raw control characters (a literal tab or line break) inside strings.
      if (c < 0x20) {
        pos = i;
        fail('syntax', `control character U+${c.toString(16).padStart(4, '0')} in a string`);
      }
      if (c === 0x5c) {
        escaped = true;
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
        else if (ESCAPES.has(next)) i += 1;
        else {
          pos = i;
          fail('syntax', `bad escape \\${next}`);
        }
      }
    }
    return fail('syntax', `unterminated string ${JSON.stringify(text.slice(start, start + 20))}`);
  };
  const readKey = (frame: Frame) => {
    if (text.charCodeAt(pos) !== 0x22) fail('syntax', `expected a key, found ${found()}`);
    const keyAt = pos;
    const key = readString();
    frame.key = key;
    if (frame.keys?.has(key)) fail('duplicate_key', key, keyAt);
    frame.keys?.add(key);
    skipWs();
    if (text.charCodeAt(pos) !== 0x3a) fail('syntax', `expected ":", found ${found()}`);
    pos++;
    skipWs();
  };

  try {
    skipWs();
    let atValue = true;
    for (;;) {
      if (atValue) {
        if (locate) {
          const p = path();
          if (locate.has(p)) positions.set(p, { line, column: pos - lineStart + 1 });
        }
        const c = text.charCodeAt(pos);
        if (c === 0x7b || c === 0x5b) {
          if (stack.length >= maxDepth) fail('too_deep', String(maxDepth));
          const array = c === 0x5b;
          pos++;
          skipWs();
          if (text.charCodeAt(pos) === (array ? 0x5d : 0x7d)) {
            pos++;
            atValue = false;
            continue;
          }
          const frame: Frame = { array, index: 0, key: '', keys: array ? null : new Set() };
          stack.push(frame);
          if (!array) readKey(frame);
          continue;
        }
        if (c === 0x22) readString();
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          NUMBER.lastIndex = pos;
          if (!NUMBER.test(text)) fail('syntax', `bad number ${found()}`);
          pos = NUMBER.lastIndex;
        } else if (text.startsWith('true', pos)) pos += 4;
        else if (text.startsWith('false', pos)) pos += 5;
        else if (text.startsWith('null', pos)) pos += 4;
        else fail('syntax', `unexpected ${found()}`);
        atValue = false;
        continue;
      }
      skipWs();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (pos < text.length) fail('syntax', `unexpected ${found()} after the end`);
        break;
      }
      const c = text.charCodeAt(pos);
      if (c === 0x2c) {
        pos++;
        skipWs();
        if (frame.array) frame.index++;
        else readKey(frame);
        atValue = true;
      } else if (c === (frame.array ? 0x5d : 0x7d)) {
        pos++;
        stack.pop();
      } else {
        fail('syntax', `expected "," or "${frame.array ? ']' : '}'}", found ${found()}`);
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return error ? { error, positions } : { positions };
}
