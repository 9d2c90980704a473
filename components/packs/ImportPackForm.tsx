import { useState } from 'react';
import { db } from '@/utils/db/db';
import { getLocale, t } from '@/utils/i18n/t';
import { type AcceptResult, acceptPack } from '@/utils/packs/acceptPack';
import { trustedKeysNow } from '@/utils/packs/packStorage';
import { MAX_PACK_CHARS, tooLargeIssue } from '@/utils/templates/validatePack';
import { AcceptResultView } from './AcceptResultView';

/** Import a pack file: validated completely before anything is installed. */
export function ImportPackForm() {
  const [result, setResult] = useState<AcceptResult | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File) => {
    setBusy(true);
    try {
      // Refuse a file too large to be a pack before reading it into memory (UTF-8 is at most
      // 4 bytes a character; the validator checks characters once it is read).
      if (file.size > MAX_PACK_CHARS * 4) {
        setResult({
          ok: false,
          reason: { code: 'invalid', issues: [tooLargeIssue(file.size, getLocale())] },
        });
        return;
      }
      const text = await file.text();
      setResult(
        await acceptPack(db, text, {
          source: 'file',
          requireSignature: false,
          trustedKeys: await trustedKeysNow(),
          lang: getLocale(),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pack-import">
      <label className="tpl-field">
        <span>{t('packImportLabel')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="pack-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {result && <AcceptResultView result={result} />}
    </div>
  );
}
