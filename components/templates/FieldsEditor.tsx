import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import type { TemplateFieldInput } from '@/utils/templates/fieldSchema';

const TYPES: [NonNullable<TemplateFieldInput['type']>, MessageKey][] = [
  ['text', 'tplFieldText'],
  ['number', 'tplFieldNumber'],
  ['choice', 'tplFieldChoice'],
  ['date', 'tplFieldDate'],
];

interface Props {
  fields: TemplateFieldInput[];
  onChange: (fields: TemplateFieldInput[]) => void;
  /** Puts `{{field.<id>}}` into the body at the caret. */
  onUse: (id: string) => void;
}

/** The fill-in fields of a template: id, label, type, choices and default. */
export function FieldsEditor({ fields, onChange, onUse }: Props) {
  const update = (i: number, patch: Partial<TemplateFieldInput>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="tpl-fields">
      <legend>{t('tplFields')}</legend>
      {fields.map((field, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a field being edited has no stable id yet
        <div key={i} className="tpl-field-row" data-testid="field-row">
          <input
            aria-label={t('tplFieldId')}
            placeholder="amount"
            value={field.id}
            onChange={(e) => update(i, { id: e.target.value.trim() })}
          />
          <input
            aria-label={t('tplFieldLabel')}
            placeholder={t('tplFieldLabel')}
            value={field.label}
            onChange={(e) => update(i, { label: e.target.value })}
          />
          <select
            aria-label={t('tplFieldType')}
            value={field.type ?? 'text'}
            onChange={(e) => {
              const type = e.target.value as NonNullable<TemplateFieldInput['type']>;
              update(i, { type, options: type === 'choice' ? (field.options ?? []) : undefined });
            }}
          >
            {TYPES.map(([type, label]) => (
              <option key={type} value={type}>
                {t(label)}
              </option>
            ))}
          </select>
          {field.type === 'choice' && (
            <input
              aria-label={t('tplFieldOptions')}
              placeholder={t('tplFieldOptions')}
              value={(field.options ?? []).join('; ')}
              onChange={(e) =>
                update(i, {
                  options: e.target.value
                    .split(';')
                    .map((o) => o.trim())
                    .filter(Boolean),
                })
              }
            />
          )}
          <input
            aria-label={t('tplFieldDefault')}
            placeholder={field.type === 'date' ? 'today / tomorrow / +3' : t('tplFieldDefault')}
            value={field.default ?? ''}
            onChange={(e) => update(i, { default: e.target.value || undefined })}
          />
          <button type="button" onClick={() => onUse(field.id)} disabled={!field.id}>
            {t('tplFieldUse')}
          </button>
          <button type="button" onClick={() => onChange(fields.filter((_, j) => j !== i))}>
            {t('delete')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...fields, { id: '', label: '', type: 'text' }])}>
        {t('tplAddField')}
      </button>
    </fieldset>
  );
}
