import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Backup } from '@/utils/backup/backupSchema';
import { exportBackup } from '@/utils/backup/exportBackup';
import { importBackup } from '@/utils/backup/importBackup';
import { type BackupProblem, parseBackup } from '@/utils/backup/parseBackup';
import { db } from '@/utils/db/db';
import { t } from '@/utils/i18n/t';
import { requestReminderSync } from '../requestReminderSync';
import { applyImportedSettings, readSettings } from './settingsStorage';

function problemText(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('memImportEmpty');
    case 'not_json':
      return t('memImportNotJson');
    case 'foreign':
      return t('memImportForeign');
    case 'newer_version':
      return t('memImportNewer', problem.version);
    case 'invalid':
      return t('memImportInvalid', problem.path, problem.message);
  }
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Export everything to one file (with progress), and import a file back without duplicates. */
export function BackupControls() {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
  const [pending, setPending] = useState<Backup | null>(null);
  const busy = status?.kind === 'busy';

  const runExport = async () => {
    try {
      const text = await exportBackup(db, {
        settings: await readSettings(),
        app: browser.runtime.getManifest().version,
        onProgress: (p) => setStatus({ kind: 'busy', text: t('memExporting', p.done, p.total) }),
      });
      const day = new Date().toISOString().slice(0, 10);
      download(text, `sufler-backup-${day}.json`);
      const parsed = parseBackup(text);
      const rows = parsed.ok
        ? Object.values(parsed.backup.tables).reduce((n, rows) => n + rows.length, 0)
        : 0;
      setStatus({ kind: 'ok', text: t('memExported', rows) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('memImportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  const choose = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) setStatus({ kind: 'error', text: problemText(parsed.problem) });
    else {
      setStatus(null);
      setPending(parsed.backup);
    }
  };

  const runImport = async (backup: Backup) => {
    setPending(null);
    try {
      const summary = await importBackup(db, backup, {
        onProgress: (p) => setStatus({ kind: 'busy', text: t('memImporting', p.done, p.total) }),
      });
      await applyImportedSettings(summary.settings);
      requestReminderSync();
      setStatus({
        kind: 'ok',
        text: t('memImported', sum(summary.added), sum(summary.updated), sum(summary.unchanged)),
      });
    } catch (e) {
      setStatus({ kind: 'error', text: t('memImportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <div data-testid="memory-backup">
      <h3>{t('memExportTitle')}</h3>
      <p>{t('memExportIntro')}</p>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void runExport()}>
          {t('memExport')}
        </button>
        <label className="row">
          <span>{t('memImport')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="memory-import-file"
            disabled={busy}
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {pending && (
        <div className="row confirm" data-testid="memory-import-confirm">
          <span>
            {t(
              'memImportConfirm',
              new Date(pending.exportedAt).toLocaleString(),
              pending.tables.subscribers.length,
              pending.tables.notes.length,
              pending.tables.followUps.length,
            )}
          </span>
          <button type="button" className="primary" onClick={() => void runImport(pending)}>
            {t('memImportGo')}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {status && (
        <p
          className={status.kind === 'error' ? 'error' : 'muted'}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="memory-backup-status"
          data-kind={status.kind}
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
