import { useEffect, useRef, useState } from 'react';
import { t } from '@/utils/i18n/t';
import type { EffectiveTemplate } from '@/utils/packs/listTemplates';
import { fieldDefault } from '@/utils/templates/fieldDefault';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import type { TemplateActions } from './useTemplateActions';
import { variableLabel } from './variableLabel';

/**
 * The small form before insertion: the template's fill-in fields, plus any variable the page
 * did not give us (the customer's name, say), with a live preview of the exact text.
 */
export function FillForm({ item, actions }: { item: EffectiveTemplate; actions: TemplateActions }) {
  const { template } = item;
  const values = actions.values(item);
  const [fields, setFields] = useState<Record<string, string>>(() =>
    Object.fromEntries(template.fields.map((f) => [f.id, fieldDefault(f, new Date())])),
  );
  // Asked once: typing a value must not make its input disappear.
  const [missingAtStart] = useState(() => renderTemplate(template, values).missing);
  const [extra, setExtra] = useState<Record<string, string>>({});
  const first = useRef<HTMLInputElement | HTMLSelectElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const merged = { ...values, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v.trim())) };
  const rendered = renderTemplate(template, merged, fields);
  const emptyRequired = template.fields.filter((f) => f.required && !fields[f.id]?.trim());
  const ready = emptyRequired.length === 0;

  const submit = () => {
    if (ready) actions.insert(item, rendered.text);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.discard(item);
    }
  };
  let firstAssigned = false;
  const refFirst = (el: HTMLInputElement | HTMLSelectElement | null) => {
    if (!firstAssigned && el) {
      first.current = el;
      firstAssigned = true;
    }
  };

  return (
    <form
      className="card tpl-fill"
      data-testid="template-fill"
      aria-label={template.title}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>{template.title}</h3>
      {template.fields.map((field) => (
        <div key={field.id} className="tpl-field">
          <label htmlFor={`tpl-fill-${field.id}`}>
            {field.label}
            {field.required ? ' *' : ''}
          </label>
          {field.type === 'choice' ? (
            <select
              ref={refFirst}
              id={`tpl-fill-${field.id}`}
              name={field.id}
              value={fields[field.id] ?? ''}
              onChange={(e) => setFields({ ...fields, [field.id]: e.target.value })}
            >
              {!field.default && <option value="">—</option>}
              {field.options?.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          ) : (
            <input
              ref={refFirst}
              id={`tpl-fill-${field.id}`}
              name={field.id}
              type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
              inputMode={field.type === 'number' ? 'decimal' : undefined}
              value={fields[field.id] ?? ''}
              placeholder={field.placeholder}
              onChange={(e) => setFields({ ...fields, [field.id]: e.target.value })}
            />
          )}
        </div>
      ))}
      {missingAtStart.map((name) => (
        <label key={name} className="tpl-field">
          <span>{t('tplMissingVariable', variableLabel(name))}</span>
          <input
            ref={refFirst}
            name={name}
            value={extra[name] ?? ''}
            onChange={(e) => setExtra({ ...extra, [name]: e.target.value })}
          />
        </label>
      ))}
      <p className="tpl-preview-full" data-testid="template-preview">
        {rendered.text}
      </p>
      {!ready && (
        <p className="error" role="alert">
          {t('tplFillRequired', emptyRequired.map((f) => f.label).join(', '))}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={!ready} data-testid="template-insert">
          {t('insert')}
        </button>
        <button type="button" onClick={() => actions.discard(item)}>
          {t('cancel')}
        </button>
        <span className="muted small">{t('tplFillHint')}</span>
      </div>
    </form>
  );
}
