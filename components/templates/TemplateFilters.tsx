import { type PickerShow, useTemplatesStore } from '@/stores/templatesStore';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import { TEMPLATE_KINDS } from '@/utils/templates/templateSchema';

const SHOW: [PickerShow, MessageKey][] = [
  ['all', 'tplShowAll'],
  ['favourites', 'tplShowFavourites'],
  ['recent', 'tplShowRecent'],
];
const KINDS: Record<(typeof TEMPLATE_KINDS)[number], MessageKey> = {
  reply: 'tplKindReply',
  verse: 'tplKindVerse',
  sms: 'tplKindSms',
  playbook: 'tplKindPlaybook',
};
const TAGS_SHOWN = 12;

/** Favourites / recent, language, kind and the most used tags. */
export function TemplateFilters({ tags }: { tags: string[] }) {
  const { tag, show, lang, kind, setFilter } = useTemplatesStore();
  return (
    <div className="tpl-filters">
      <fieldset className="row tpl-group" aria-label={t('tplShow')}>
        {SHOW.map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-pressed={show === value}
            onClick={() => setFilter({ show: value })}
          >
            {t(label)}
          </button>
        ))}
        <select
          aria-label={t('tplLanguage')}
          value={lang}
          onChange={(e) => setFilter({ lang: e.target.value as 'all' | 'ru' | 'en' })}
        >
          <option value="all">{t('tplAllLanguages')}</option>
          <option value="ru">{t('tplLangRu')}</option>
          <option value="en">{t('tplLangEn')}</option>
        </select>
        <select
          aria-label={t('tplKind')}
          value={kind}
          onChange={(e) => setFilter({ kind: e.target.value as typeof kind })}
        >
          <option value="all">{t('tplAllKinds')}</option>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KINDS[k])}
            </option>
          ))}
        </select>
      </fieldset>
      {tags.length > 0 && (
        <fieldset className="row tpl-group tpl-tags" aria-label={t('tplTags')}>
          {tags.slice(0, TAGS_SHOWN).map((name) => (
            <button
              key={name}
              type="button"
              className="chip"
              aria-pressed={tag === name}
              onClick={() => setFilter({ tag: tag === name ? null : name })}
            >
              #{name}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
