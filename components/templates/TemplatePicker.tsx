import { useEffect, useMemo, useRef } from 'react';
import { useTemplatesStore } from '@/stores/templatesStore';
import { t } from '@/utils/i18n/t';
import type { EffectiveTemplate } from '@/utils/packs/listTemplates';
import { TemplateFilters } from './TemplateFilters';
import { TemplateRow } from './TemplateRow';
import type { TemplateActions } from './useTemplateActions';
import type { TemplateLibrary } from './useTemplateLibrary';

const SHOWN = 30;

/** Search box, filters and results; the keyboard stays in the search box (arrows, Enter, Esc). */
export function TemplatePicker({ library, actions }: { library: TemplateLibrary; actions: TemplateActions }) {
  const { query, tag, show, lang, kind, active, focusSearchAt } = useTemplatesStore();
  const { setQuery, setActive } = useTemplatesStore.getState();
  const input = useRef<HTMLInputElement>(null);
  const { see } = actions;

  const only = useMemo(() => {
    if (!tag && show === 'all' && lang === 'all' && kind === 'all') return undefined;
    const ids = new Set<string>();
    for (const item of library.templates) {
      const tpl = item.template;
      if (tag && !tpl.tags.includes(tag)) continue;
      if (lang !== 'all' && tpl.lang !== lang) continue;
      if (kind !== 'all' && tpl.kind !== kind) continue;
      if (show === 'favourites' && !library.favourites.has(item.id)) continue;
      if (show === 'recent' && !library.lastUsed.has(item.id)) continue;
      ids.add(item.id);
    }
    return ids;
  }, [library, tag, show, lang, kind]);

  const results = useMemo(
    () =>
      library.search
        .search(query, { only, favourites: library.favourites, lastUsed: library.lastUsed, limit: SHOWN })
        .map((id) => library.byId.get(id))
        .filter((x): x is EffectiveTemplate => x !== undefined),
    [library, query, only],
  );
  const current = Math.min(active, Math.max(0, results.length - 1));

  useEffect(() => {
    if (focusSearchAt) input.current?.focus();
  }, [focusSearchAt]);

  // What the operator actually had in front of them for a moment counts as "shown".
  useEffect(() => {
    const timer = setTimeout(() => see(results.slice(0, 5).map((r) => r.id)), 600);
    return () => clearTimeout(timer);
  }, [results, see]);

  useEffect(() => {
    document.getElementById(`tpl-option-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive(Math.min(results.length - 1, current + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(0, current - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = results[current];
      if (chosen) actions.choose(chosen);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else input.current?.blur();
    }
  };

  return (
    <section className="card tpl-picker" aria-label={t('tplTitle')}>
      <input
        ref={input}
        type="search"
        className="tpl-search"
        value={query}
        placeholder={t('tplSearchPlaceholder')}
        aria-label={t('tplSearchLabel')}
        role="combobox"
        aria-expanded="true"
        aria-controls="tpl-results"
        aria-activedescendant={results.length > 0 ? `tpl-option-${current}` : undefined}
        data-testid="template-search"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <TemplateFilters tags={library.tags} />
      {library.loading ? (
        <p className="muted">{t('loading')}</p>
      ) : results.length === 0 ? (
        <p className="muted" data-testid="templates-empty">
          {library.templates.length === 0 ? t('tplNoTemplates') : t('tplNothingFound')}
        </p>
      ) : (
        <div id="tpl-results" className="tpl-list" role="listbox" aria-label={t('tplResults')}>
          {results.map((item, index) => (
            <TemplateRow
              key={item.id}
              item={item}
              index={index}
              active={index === current}
              favourite={library.favourites.has(item.id)}
              values={actions.values(item)}
              onChoose={() => actions.choose(item)}
            />
          ))}
        </div>
      )}
      <p className="muted small">{t('tplKeyboardHint')}</p>
    </section>
  );
}
