import { useMemo, useState } from 'react';
import { t } from '@/utils/i18n/t';
import { scoreVerseReply } from '@/utils/verse/scoreVerseReply';
import type { VerseLine } from '@/utils/verse/types';

const VOWELS = /[аеёиоуыэюяaeiouy]/i;

/** The line with an acute accent after each stressed vowel (syllables counted as vowels). */
function withStress(line: VerseLine): string {
  const stressed = new Set(line.stress ?? []);
  let syllable = -1;
  let out = '';
  for (const ch of line.text) {
    out += ch;
    if (VOWELS.test(ch)) {
      syllable++;
      if (stressed.has(syllable) && ch !== 'ё' && ch !== 'Ё') out += '\u0301';
    }
  }
  return out;
}

interface Props {
  customerPoem: string;
  initial: string;
  onInsert: (text: string) => void;
  onClose: () => void;
}

/**
 * Edit a verse reply with each line's syllables, stress and rhyme partners shown live, and a
 * hint where a line breaks the customer's pattern.
 */
export function VerseEditor({ customerPoem, initial, onInsert, onClose }: Props) {
  const [text, setText] = useState(initial);
  const result = useMemo(() => scoreVerseReply(customerPoem, text), [customerPoem, text]);
  const target = result.target;
  const hintsByLine = new Map<number, string[]>();
  const general: string[] = [];
  for (const d of result.defects) {
    const message = document.documentElement.lang === 'en' ? d.message : d.messageRu;
    if (d.line) hintsByLine.set(d.line, [...(hintsByLine.get(d.line) ?? []), message]);
    else general.push(message);
  }
  const partners = (i: number) =>
    result.lines
      .map((l, j) => (j !== i && l.rhymeGroup && l.rhymeGroup === result.lines[i]?.rhymeGroup ? j + 1 : null))
      .filter((j): j is number => j !== null);

  return (
    <section className="card verse-editor" data-testid="verse-editor">
      <h3>{t('verseEditorTitle')}</h3>
      <p data-testid="verse-editor-score">{t('verseScore', Math.round(result.score * 100))}</p>
      <textarea
        value={text}
        rows={Math.max(6, result.lines.length + 2)}
        onChange={(e) => setText(e.target.value)}
      />
      <table className="verse-lines">
        <thead>
          <tr>
            <th>{t('verseLine')}</th>
            <th>{t('verseLineSyllables')}</th>
            <th>{t('verseLineRhyme')}</th>
          </tr>
        </thead>
        <tbody>
          {result.lines.map((line, i) => {
            if (!line.text.trim()) return null;
            const want = target?.syllables.length ? target.syllables[i % target.syllables.length] : undefined;
            const hints = hintsByLine.get(i + 1) ?? [];
            const p = partners(i);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in the poem
              <tr key={i} className={hints.length ? 'verse-line bad' : 'verse-line'} data-testid="verse-line">
                <td>
                  <span className="verse-text">{withStress(line)}</span>
                  {hints.map((h) => (
                    <span key={h} className="verse-hint">
                      {h}
                    </span>
                  ))}
                </td>
                <td>
                  {line.syllables}
                  {want !== undefined && want !== line.syllables && (
                    <span className="muted small"> ({t('verseTarget', want)})</span>
                  )}
                </td>
                <td>
                  {line.rhymeGroup ?? '—'}{' '}
                  <span className="muted small">
                    {p.length ? t('verseRhymesWith', p.join(', ')) : t('verseNoRhyme')}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {general.map((g) => (
        <p key={g} className="verse-hint">
          {g}
        </p>
      ))}
      {result.defects.length === 0 && <p className="ok">{t('verseAllGood')}</p>}
      <div className="row">
        <button type="button" className="primary" onClick={() => onInsert(text)}>
          {t('insert')}
        </button>
        <button type="button" onClick={onClose}>
          {t('verseClose')}
        </button>
      </div>
      <p className="muted small">{t('verseCredit')}</p>
    </section>
  );
}
