import { useTemplatesStore } from '@/stores/templatesStore';
import { db } from '@/utils/db/db';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import type { EffectiveTemplate } from '@/utils/packs/listTemplates';
import { deletePersonalTemplate, duplicateTemplate, resolveOverride } from '@/utils/packs/personalTemplates';
import { setFavourite } from '@/utils/packs/usage';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import { ConfirmDeleteButton } from '../common/ConfirmDeleteButton';

const KIND_KEYS: Record<string, MessageKey> = {
  reply: 'tplKindReply',
  verse: 'tplKindVerse',
  sms: 'tplKindSms',
  playbook: 'tplKindPlaybook',
};

interface Props {
  item: EffectiveTemplate;
  index: number;
  active: boolean;
  favourite: boolean;
  values: Record<string, string | undefined>;
  onChoose: () => void;
}

/** One result: title, what it would say (variables filled), and what can be done with it. */
export function TemplateRow({ item, index, active, favourite, values, onChoose }: Props) {
  const setMode = useTemplatesStore((s) => s.setMode);
  const setActive = useTemplatesStore((s) => s.setActive);
  const { template } = item;
  const preview = renderTemplate(template, values).text;
  const { id: _id, ...draft } = template;
  const personal = item.origin !== 'pack';

  return (
    // The search box keeps the focus and points at the active option (aria-activedescendant).
    <div
      id={`tpl-option-${index}`}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? 'tpl-row active' : 'tpl-row'}
      data-testid="template-row"
      data-template-id={item.id}
      onMouseEnter={() => setActive(index)}
    >
      <button type="button" className="tpl-choose" onClick={onChoose}>
        <span className="tpl-title">{template.title}</span>
        <span className="tpl-meta">
          <span className="badge">{t(KIND_KEYS[template.kind] ?? 'tplKindReply')}</span>
          {item.origin === 'override' && <span className="badge">{t('tplYourVersion')}</span>}
          {item.origin === 'personal' && <span className="badge">{t('tplPersonal')}</span>}
          {item.packName && <span className="muted small">{item.packName}</span>}
          {template.tags.slice(0, 3).map((tag) => (
            <span key={tag} className="tpl-tag">
              #{tag}
            </span>
          ))}
        </span>
        <span className="tpl-preview">{preview}</span>
      </button>
      {item.conflict && (
        <div className="tpl-conflict" role="note">
          <span>{item.origin === 'override' ? t('tplConflictMine') : t('tplConflictTeam')}</span>
          {item.origin === 'override' && (
            <span className="row">
              <button type="button" onClick={() => void resolveOverride(db, item.id, 'keep')}>
                {t('tplKeepMine')}
              </button>
              <button type="button" onClick={() => void resolveOverride(db, item.id, 'pack')}>
                {t('tplUseTeams')}
              </button>
            </span>
          )}
        </div>
      )}
      {item.orphan && <p className="muted small">{t('tplOrphan')}</p>}
      <div className="row tpl-actions">
        <button
          type="button"
          aria-pressed={favourite}
          title={favourite ? t('tplUnfavourite') : t('tplFavourite')}
          onClick={() => void setFavourite(db, item.usageId, !favourite)}
        >
          {favourite ? '★' : '☆'}
        </button>
        <button
          type="button"
          onClick={() =>
            setMode(
              personal ? { type: 'edit', id: item.id, draft } : { type: 'edit', baseId: item.id, draft },
            )
          }
        >
          {t('edit')}
        </button>
        <button
          type="button"
          onClick={() => void duplicateTemplate(db, item.id, t('tplCopyTitle', template.title))}
        >
          {t('tplDuplicate')}
        </button>
        {personal && (
          <ConfirmDeleteButton
            question="tplConfirmDelete"
            onConfirm={() => void deletePersonalTemplate(db, item.id)}
          />
        )}
      </div>
    </div>
  );
}
