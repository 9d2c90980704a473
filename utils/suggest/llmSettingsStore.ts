import { browser } from 'wxt/browser';
import { DEFAULT_LLM_SETTINGS, type LlmSettings, llmSettingsSchema } from './llmSettings';

const KEY = 'llmSettings';

/** What IT may preset through Chrome policy (storage.managed); the operator's own choices win only where policy is silent. */
export interface ManagedLlmPolicy {
  llmBaseUrl?: string;
  llmModel?: string;
  llmProvider?: string;
}

async function readManaged(): Promise<ManagedLlmPolicy> {
  try {
    return ((await browser.storage.managed.get(['llmBaseUrl', 'llmModel', 'llmProvider'])) ??
      {}) as ManagedLlmPolicy;
  } catch {
    // No policy installed (the usual case outside managed deployments).
    return {};
  }
}

/** Settings as stored, merged with managed policy; invalid stored data falls back to defaults rather than breaking the panel. */
export async function loadLlmSettings(): Promise<LlmSettings & { managed: (keyof ManagedLlmPolicy)[] }> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = llmSettingsSchema.safeParse(stored ?? {});
  const settings = parsed.success ? parsed.data : DEFAULT_LLM_SETTINGS;
  const policy = await readManaged();
  const managed: (keyof ManagedLlmPolicy)[] = [];
  const merged = { ...settings };
  if (policy.llmBaseUrl && llmSettingsSchema.shape.baseUrl.safeParse(policy.llmBaseUrl).success) {
    merged.baseUrl = policy.llmBaseUrl;
    merged.enabled = true;
    managed.push('llmBaseUrl');
  }
  if (policy.llmModel) {
    merged.model = policy.llmModel;
    managed.push('llmModel');
  }
  return { ...merged, managed };
}

export async function saveLlmSettings(settings: LlmSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: llmSettingsSchema.parse(settings) });
}
