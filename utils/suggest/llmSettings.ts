import { z } from 'zod';

export const PROVIDERS = ['openai', 'gateway', 'ollama', 'lmstudio', 'vllm'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Starting points for the options form; the operator (or IT policy) can change every field. */
export const PROVIDER_PRESETS: Record<Provider, { baseUrl: string; model: string; needsKey: boolean }> = {
  openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', needsKey: true },
  gateway: { baseUrl: 'https://llm.example.corp/v1', model: 'gpt-4o-mini', needsKey: true },
  ollama: { baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', needsKey: false },
  lmstudio: { baseUrl: 'http://localhost:1234/v1', model: 'local-model', needsKey: false },
  vllm: { baseUrl: 'http://localhost:8000/v1', model: 'Qwen/Qwen2.5-7B-Instruct', needsKey: false },
};

/** LLM settings without the key (the key lives in the extension's IndexedDB, see secrets.ts). */
export const llmSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  provider: z.enum(PROVIDERS).default('openai'),
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .default(PROVIDER_PRESETS.openai.baseUrl),
  model: z.string().trim().min(1).max(200).default(PROVIDER_PRESETS.openai.model),
  alternatives: z.number().int().min(1).max(3).default(3),
  temperature: z.number().min(0).max(2).default(0.7),
  timeoutMs: z.number().int().min(2000).max(120_000).default(30_000),
  /** Send this subscriber's notes (redacted) as context: off unless the operator turns it on. */
  shareNotes: z.boolean().default(false),
});

export type LlmSettings = z.infer<typeof llmSettingsSchema>;

export const DEFAULT_LLM_SETTINGS: LlmSettings = llmSettingsSchema.parse({});
