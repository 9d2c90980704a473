import signalEn from '../../packs/signal.en.json';
import signalRu from '../../packs/signal.ru.json';

/**
 * The packs that ship with the extension (sources in `packs/`): the «Сигнал» personal-support
 * team's replies, playbooks, verse and voice guide, in Russian and English.
 */
export const BUILTIN_PACKS: readonly Record<string, unknown>[] = [signalRu, signalEn];
