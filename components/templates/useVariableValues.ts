import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useConversationStore } from '@/stores/conversationStore';
import { normalizeSubscriber } from '@/utils/conversation/readConversation';
import type { EffectiveTemplate } from '@/utils/packs/listTemplates';
import { PACK_SETTINGS_KEY } from '@/utils/packs/packSettings';
import { loadManagedPolicy, loadPackSettings } from '@/utils/packs/packSettingsStore';
import { buildVariableValues } from '@/utils/templates/buildVariableValues';

interface Names {
  operatorName: string;
  companyName: string;
}

/** The operator's name and the company name (policy first), following changes in settings. */
export function useNames(): Names {
  const [names, setNames] = useState<Names>({ operatorName: '', companyName: '' });
  useEffect(() => {
    let alive = true;
    const load = () =>
      Promise.all([loadPackSettings(), loadManagedPolicy()]).then(([settings, policy]) => {
        if (alive)
          setNames({
            operatorName: settings.operatorName,
            companyName: policy.defaults.companyName || settings.companyName,
          });
      });
    void load().catch(() => {});
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && PACK_SETTINGS_KEY in changes))
        void load().catch(() => {});
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return names;
}

/** A function giving a template's variable values from the open conversation and the settings. */
export function useVariableValues(): (template: EffectiveTemplate) => Record<string, string | undefined> {
  const snapshot = useConversationStore((s) => s.snapshot);
  const names = useNames();
  const subscriber = useMemo(
    () => (snapshot?.status === 'ok' ? normalizeSubscriber(snapshot.subscriber) : null),
    [snapshot],
  );
  return (template) =>
    buildVariableValues({
      subscriber,
      operatorName: names.operatorName,
      companyName: names.companyName,
      constants: template.constants,
      lang: template.template.lang,
      now: new Date(),
    });
}
