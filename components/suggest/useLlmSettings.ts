import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { LlmSettings } from '@/utils/suggest/llmSettings';
import { loadLlmSettings } from '@/utils/suggest/llmSettingsStore';

/** The LLM settings, reloaded when the options page saves them. Null while loading. */
export function useLlmSettings(): LlmSettings | null {
  const [settings, setSettings] = useState<LlmSettings | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      loadLlmSettings().then((s) => {
        if (live) setSettings(s);
      });
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && 'llmSettings' in changes) || area === 'managed') void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}
