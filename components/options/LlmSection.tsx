import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPattern } from '@/utils/conversation/crmOrigin';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import {
  type LlmSettings,
  llmSettingsSchema,
  PROVIDER_PRESETS,
  PROVIDERS,
  type Provider,
} from '@/utils/suggest/llmSettings';
import { loadLlmSettings, saveLlmSettings } from '@/utils/suggest/llmSettingsStore';
import { LLM_API_KEY, readSecret, writeSecret } from '@/utils/suggest/secrets';

type Status = { kind: 'ok' | 'error' | 'muted'; text: string } | null;

const FIELD_LABELS: Record<string, MessageKey> = {
  baseUrl: 'baseUrl',
  model: 'model',
  alternatives: 'alternativesCount',
  timeoutMs: 'timeoutSeconds',
};

/** Provider presets, base URL, model, key, "test connection"; the host permission is asked on save. */
export function LlmSection() {
  const [form, setForm] = useState<LlmSettings | null>(null);
  const [managed, setManaged] = useState<string[]>([]);
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void loadLlmSettings().then(({ managed: m, ...s }) => {
      setForm(s);
      setManaged(m);
    });
    void readSecret(LLM_API_KEY).then((k) => setApiKey(k ?? ''));
  }, []);
  if (!form) return null;

  const update = (patch: Partial<LlmSettings>) => setForm({ ...form, ...patch });
  const chooseProvider = (provider: Provider) =>
    update({
      provider,
      baseUrl: PROVIDER_PRESETS[provider].baseUrl,
      model: PROVIDER_PRESETS[provider].model,
    });

  const validate = (): LlmSettings | null => {
    const parsed = llmSettingsSchema.safeParse(form);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    setStatus({
      kind: 'error',
      text: t('invalidSettings', t(FIELD_LABELS[field] ?? 'baseUrl'), issue?.message ?? ''),
    });
    return null;
  };

  const save = () => {
    const settings = validate();
    if (!settings) return;
    const origin = originPattern(settings.baseUrl);
    // Ask first, synchronously inside the click: Chrome only shows the prompt during a user gesture.
    const granted = settings.enabled
      ? browser.permissions.request({ origins: [origin] }).catch(() => false)
      : Promise.resolve(true);
    void (async () => {
      try {
        await saveLlmSettings(settings);
        await writeSecret(LLM_API_KEY, apiKey.trim());
        setStatus(
          (await granted)
            ? { kind: 'ok', text: t('saved') }
            : { kind: 'error', text: t('savedNoPermission', origin) },
        );
      } catch {
        setStatus({ kind: 'error', text: t('saveFailedUnknown') });
      }
    })();
  };

  const test = async () => {
    const settings = validate();
    if (!settings) return;
    setStatus({ kind: 'muted', text: t('testing') });
    const { createLlmClient, classifyLlmError } = await import('@/utils/suggest/llmRuntime');
    try {
      const client = createLlmClient(settings, apiKey, 0);
      const models = await client.models.list();
      const ids = models.data.map((m) => m.id);
      setStatus(
        ids.includes(settings.model)
          ? { kind: 'ok', text: t('testOk', settings.model) }
          : { kind: 'error', text: t('testOkModelMissing', settings.model) },
      );
    } catch (error) {
      setStatus({ kind: 'error', text: t(`llm_${classifyLlmError(error)}` as MessageKey) });
    }
  };

  const locked = (key: string) => managed.includes(key);
  return (
    <form
      className="settings-form"
      data-testid="llm-settings"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p>{t('llmIntro')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={form.enabled}
          onChange={(e) => update({ enabled: e.target.checked })}
        />
        {t('llmEnabled')}
      </label>
      <label>
        {t('provider')}
        <select value={form.provider} onChange={(e) => chooseProvider(e.target.value as Provider)}>
          {PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {t(`provider_${p}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('baseUrl')}
        <input
          name="baseUrl"
          value={form.baseUrl}
          disabled={locked('llmBaseUrl')}
          onChange={(e) => update({ baseUrl: e.target.value.trim() })}
        />
        {locked('llmBaseUrl') && <span className="muted small">{t('managedByPolicy')}</span>}
      </label>
      <label>
        {t('model')}
        <input
          name="model"
          value={form.model}
          disabled={locked('llmModel')}
          onChange={(e) => update({ model: e.target.value })}
        />
      </label>
      <label>
        {t('apiKey')}
        <input
          name="apiKey"
          type="password"
          autoComplete="off"
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
        />
        <span className="muted small">{t('apiKeyHint')}</span>
      </label>
      <label>
        {t('alternativesCount')}
        <select value={form.alternatives} onChange={(e) => update({ alternatives: Number(e.target.value) })}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('timeoutSeconds')}
        <input
          name="timeout"
          type="number"
          min={2}
          max={120}
          value={Math.round(form.timeoutMs / 1000)}
          onChange={(e) => update({ timeoutMs: Number(e.target.value) * 1000 })}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={form.shareNotes}
          onChange={(e) => update({ shareNotes: e.target.checked })}
        />
        {t('shareNotes')}
      </label>
      <div className="row">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => void test()}>
          {t('testConnection')}
        </button>
      </div>
      {status && (
        <p
          className={status.kind === 'error' ? 'error' : status.kind === 'ok' ? 'ok' : 'muted'}
          role="status"
          data-testid="llm-status"
        >
          {status.text}
        </p>
      )}
    </form>
  );
}
