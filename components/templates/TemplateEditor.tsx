import { useRef, useState } from 'react';
import { useTemplatesStore } from '@/stores/templatesStore';
import { db } from '@/utils/db/db';
import type { MessageKey } from '@/utils/i18n/catalog';
import { getLocale, t } from '@/utils/i18n/t';
import {
  createPersonalTemplate,
  overridePackTemplate,
  type TemplateDraft,
  TemplateSaveError,
  updatePersonalTemplate,
} from '@/utils/packs/personalTemplates';
import type { TemplateIssue } from '@/utils/templates/checkTemplate';
import type { TemplateFieldInput } from '@/utils/templates/fieldSchema';
import { TEMPLATE_KINDS } from '@/utils/templates/templateSchema';
import { KNOWN_VARIABLES } from '@/utils/templates/variables';
import { FieldsEditor } from './FieldsEditor';
import { variableLabel } from './variableLabel';

const ISSUE_KEYS: Record<TemplateIssue['code'], MessageKey> = {
  malformed_placeholder: 'tplIssueMalformed',
  unclosed_placeholder: 'tplIssueUnclosed',
  unknown_variable: 'tplIssueUnknownVariable',
  undeclared_field: 'tplIssueUndeclaredField',
  unused_field: 'tplIssueUnusedField',
  duplicate_field: 'tplIssueDuplicateField',
  markup: 'tplIssueMarkup',
  verse_not_rhymed: 'tplIssueVerseNotRhymed',
  verse_variable_in_rhyme: 'tplIssueVerseVariableInRhyme',
};
const KIND_KEYS: Record<(typeof TEMPLATE_KINDS)[number], MessageKey> = {
  reply: 'tplKindReply',
  verse: 'tplKindVerse',
  sms: 'tplKindSms',
  playbook: 'tplKindPlaybook',
};

interface Props {
  /** A personal template or override being edited. */
  id?: string;
  /** A pack template: saving creates the operator's override of it. */
  baseId?: string;
  draft: TemplateDraft;
  /** The pack constants the body may use (`pack.<key>`). */
  constants: Readonly<Record<string, string>>;
}

/** Creates or edits a personal template; a pack template is never changed, it gets an override. */
export function TemplateEditor({ id, baseId, draft, constants }: Props) {
  const focusSearch = useTemplatesStore((s) => s.focusSearch);
  const [title, setTitle] = useState(draft.title ?? '');
  const [body, setBody] = useState(draft.body ?? '');
  const [tags, setTags] = useState((draft.tags ?? []).join(', '));
  const [lang, setLang] = useState(draft.lang ?? 'ru');
  const [kind, setKind] = useState(draft.kind ?? 'reply');
  const [shortcut, setShortcut] = useState(draft.shortcut ?? '');
  const [fields, setFields] = useState<TemplateFieldInput[]>(draft.fields ?? []);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const putAtCaret = (text: string) => {
    const el = bodyRef.current;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + text + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const save = async () => {
    if (saving) return;
    const next: TemplateDraft = {
      title: title.trim(),
      body,
      lang,
      kind,
      tags: tags
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      fields,
      ...(shortcut.trim() ? { shortcut: shortcut.trim() } : {}),
    };
    if (!next.title || !next.body.trim()) {
      setErrors([t('tplNeedTitleAndBody')]);
      return;
    }
    setSaving(true);
    try {
      const options = { lang: getLocale(), constants: Object.keys(constants) };
      if (id) await updatePersonalTemplate(db, id, next, options);
      else if (baseId) await overridePackTemplate(db, baseId, next, options);
      else await createPersonalTemplate(db, next, options);
      focusSearch();
    } catch (error) {
      if (error instanceof TemplateSaveError) {
        setErrors([
          ...error.schemaErrors,
          ...error.issues.filter((i) => i.severity === 'error').map((i) => t(ISSUE_KEYS[i.code], i.subject)),
        ]);
      } else setErrors([t('saveFailedUnknown')]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="card tpl-editor"
      data-testid="template-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') focusSearch();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      <h3>{id ? t('tplEditTitle') : baseId ? t('tplOverrideTitle') : t('tplNewTitle')}</h3>
      {baseId && <p className="muted small">{t('tplOverrideHint')}</p>}
      <label className="tpl-field">
        <span>{t('tplTitleLabel')}</span>
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="tpl-field">
        <span>{t('tplBodyLabel')}</span>
        <textarea ref={bodyRef} name="body" rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <fieldset className="tpl-vars tpl-group" aria-label={t('tplVariables')}>
        {KNOWN_VARIABLES.map((name) => (
          <button
            key={name}
            type="button"
            className="chip"
            title={`{{${name}}}`}
            onClick={() => putAtCaret(`{{${name}}}`)}
          >
            {variableLabel(name)}
          </button>
        ))}
      </fieldset>
      <p className="muted small">{t('tplSyntaxHint')}</p>
      <div className="row">
        <label className="tpl-field">
          <span>{t('tplTagsLabel')}</span>
          <input name="tags" value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <label className="tpl-field">
          <span>{t('tplShortcutLabel')}</span>
          <input name="shortcut" value={shortcut} onChange={(e) => setShortcut(e.target.value)} />
        </label>
        <label className="tpl-field">
          <span>{t('tplLanguage')}</span>
          <select name="lang" value={lang} onChange={(e) => setLang(e.target.value as 'ru' | 'en')}>
            <option value="ru">{t('tplLangRu')}</option>
            <option value="en">{t('tplLangEn')}</option>
          </select>
        </label>
        <label className="tpl-field">
          <span>{t('tplKind')}</span>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldsEditor fields={fields} onChange={setFields} onUse={(fid) => putAtCaret(`{{field.${fid}}}`)} />
      {errors.length > 0 && (
        <ul className="error" role="alert" data-testid="template-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {t('saveNote')}
        </button>
        <button type="button" onClick={focusSearch}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
