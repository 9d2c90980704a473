import { linkifyNote } from '@/utils/subscriber/linkifyNote';

/**
 * A note's text with line breaks and clickable web links. Rendered as text nodes and anchors
 * only — never as HTML — and links open in a new tab without access to this page.
 */
export function NoteText({ text, className = 'note-text' }: { text: string; className?: string }) {
  return (
    <p className={className}>
      {linkifyNote(text).map((segment, i) =>
        segment.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one immutable text
          <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer">
            {segment.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one immutable text
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
