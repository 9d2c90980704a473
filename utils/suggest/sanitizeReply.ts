/**
 * Makes a model's reply safe to show and insert as plain text: markdown images are dropped
 * and links keep only their text (a classic way to smuggle data out is a link or image whose URL
 * carries the placeholders), code fences and role labels are removed, and length is capped.
 */
export function sanitizeReply(text: string, maxLength = 4000): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^)]*)\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/```[a-z]*\n?/gi, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^\s*(?:вариант\s*\d+|option\s*\d+|reply\s*\d+|ответ\s*\d+)\s*[:.)-]\s*/gim, '')
    .replace(/^\s*(?:assistant|ассистент|operator|оператор)\s*:\s*/i, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, maxLength);
}
