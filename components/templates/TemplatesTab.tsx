import { useEffect } from 'react';
import { useTemplatesStore } from '@/stores/templatesStore';
import { t } from '@/utils/i18n/t';
import { FillForm } from './FillForm';
import { listenForPickerRequests, trackPanelSelection } from './pickerRequest';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePicker } from './TemplatePicker';
import { useSentTracker } from './useSentTracker';
import { useTemplateActions } from './useTemplateActions';
import { useTemplateLibrary } from './useTemplateLibrary';
import './templates.css';

// The panel's App renders only the active tab, so the shortcut and selection listeners are set
// up once when the panel loads (importing this tab), not when the tab is mounted.
if (typeof document !== 'undefined') {
  listenForPickerRequests(document);
  trackPanelSelection(document);
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The template picker tab: search, fill in, insert; create and edit personal templates. */
export function TemplatesTab({ onInsert }: { onInsert: (text: string) => void }) {
  const library = useTemplateLibrary();
  const actions = useTemplateActions(library.byId, onInsert);
  const mode = useTemplatesStore((s) => s.mode);
  const selection = useTemplatesStore((s) => s.selection);
  const { setMode, focusSearch } = useTemplatesStore.getState();
  useSentTracker();

  useEffect(() => {
    // `/` anywhere in the panel (outside an input) jumps to the search box.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.altKey && !e.metaKey && !isTyping(e.target)) {
        e.preventDefault();
        focusSearch();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [focusSearch]);

  if (mode.type === 'edit') {
    const base = library.byId.get(mode.baseId ?? mode.id ?? '');
    return (
      <TemplateEditor
        id={mode.id}
        baseId={mode.baseId}
        draft={mode.draft}
        constants={base?.constants ?? {}}
      />
    );
  }
  if (mode.type === 'fill') {
    const item = library.byId.get(mode.id);
    if (item) return <FillForm key={item.id} item={item} actions={actions} />;
  }
  return (
    <>
      <div className="row tpl-toolbar">
        <button
          type="button"
          onClick={() => setMode({ type: 'edit', draft: { title: '', body: '', lang: 'ru' } })}
        >
          {t('tplNew')}
        </button>
        {selection && (
          <button
            type="button"
            title={selection}
            data-testid="template-from-selection"
            onClick={() =>
              setMode({
                type: 'edit',
                draft: { title: selection.split('\n')[0]!.slice(0, 60), body: selection, lang: 'ru' },
              })
            }
          >
            {t('tplFromSelection', selection.length > 30 ? `${selection.slice(0, 30)}…` : selection)}
          </button>
        )}
        <span className="muted small">{t('tplShortcutHint')}</span>
      </div>
      <TemplatePicker library={library} actions={actions} />
    </>
  );
}
