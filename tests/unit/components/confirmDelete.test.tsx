import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowUpItem } from '@/components/followups/FollowUpItem';
import { NoteItem } from '@/components/NoteItem';
import { PackCard } from '@/components/packs/PackCard';
import { TemplateRow } from '@/components/templates/TemplateRow';
import { db } from '@/utils/db/db';
import { addFollowUp } from '@/utils/db/followUps';
import { addNote } from '@/utils/db/notes';
import { setLocale } from '@/utils/i18n/t';
import { acceptPack } from '@/utils/packs/acceptPack';
import { listTemplates } from '@/utils/packs/listTemplates';
import { createPersonalTemplate } from '@/utils/packs/personalTemplates';
import { fixture } from '../packs/helpers';

/*
 * The four delete confirmations share one prompt: these pin the DOM the end-to-end tests and the
 * panel's CSS rely on (`row confirm` vs in place, `.danger`, the question's wording) and that the
 * confirmed action really runs.
 */

const SUBSCRIBER = '+79124081562';

/** Button captions and plain texts of a row's direct children, in order. */
function children(row: Element): string[] {
  return [...row.children].map(
    (el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}:${el.textContent}`,
  );
}

/** What a row holds while it asks: the question, then Delete (danger) and Cancel. */
function asking(question: string): string[] {
  return [`span:${question}`, 'button.danger:Удалить', 'button:Отмена'];
}

beforeEach(async () => {
  setLocale('ru');
  await db.open();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('a note’s delete', () => {
  it('swaps the actions row for a confirm row, cancels back, and deletes on the second Удалить', async () => {
    const note = await addNote(db, SUBSCRIBER, 'Перевод жене на автовокзал идёт до недели');
    const { container } = render(<NoteItem note={note} onInsert={() => {}} />);
    const actions = container.querySelector('li[data-testid="note"] > .row.actions')!;
    expect(children(actions)).toEqual([
      'button.primary:Вставить в ответ',
      'button:Закрепить',
      'button:Изменить',
      'button:Удалить',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    expect(container.querySelector('.row.actions')).toBeNull();
    const confirm = container.querySelector('li[data-testid="note"] > .row.confirm')!;
    expect(children(confirm)).toEqual(asking('Удалить заметку? Это нельзя отменить.'));

    fireEvent.click(within(confirm as HTMLElement).getByRole('button', { name: 'Отмена' }));
    expect(container.querySelector('.row.confirm')).toBeNull();
    expect(container.querySelector('.row.actions')).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    await waitFor(async () => expect(await db.notes.get(note.id)).toBeUndefined());
  });

  it('says in an alert when the delete failed, and keeps the note', async () => {
    const note = await addNote(db, SUBSCRIBER, 'Ищет армейского друга Петра из Самары');
    vi.spyOn(db.notes, 'delete').mockRejectedValueOnce(new Error('disk gone'));
    render(<NoteItem note={note} onInsert={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    const alert = await screen.findByRole('alert');
    expect(alert.tagName).toBe('P');
    expect(alert.className).toBe('error');
    expect(alert.textContent).toBe(
      'Не удалось сохранить заметку. Текст остался в редакторе — нажмите «Повторить».',
    );
    expect(await db.notes.get(note.id)).toBeDefined();
  });
});

describe('a follow-up’s delete', () => {
  it('asks in a confirm row in its own words and deletes', async () => {
    const followUp = await addFollowUp(db, {
      subscriberKey: SUBSCRIBER,
      text: 'Проверить, дошёл ли перевод',
      dueAt: Date.now() + 3_600_000,
    });
    const { container } = render(<FollowUpItem followUp={followUp} now={Date.now()} />);
    const actions = container.querySelector('li[data-testid="followup"] > .row.actions')!;
    expect(actions.lastElementChild?.textContent).toBe('Удалить');

    fireEvent.click(within(actions as HTMLElement).getByRole('button', { name: 'Удалить' }));
    const confirm = container.querySelector('li[data-testid="followup"] > .row.confirm')!;
    expect(children(confirm)).toEqual(asking('Удалить напоминание?'));

    fireEvent.click(within(confirm as HTMLElement).getByRole('button', { name: 'Удалить' }));
    await waitFor(async () => expect(await db.followUps.get(followUp.id)).toBeUndefined());
  });
});

describe('a pack’s and a template’s delete', () => {
  it('puts the question in place of the pack’s Удалить, next to its other buttons', async () => {
    const result = await acceptPack(db, fixture('team-v1.json'), {
      source: 'file',
      requireSignature: false,
      trustedKeys: [],
    });
    expect(result.ok).toBe(true);
    const [pack] = await db.packs.toArray();
    const { container } = render(<PackCard pack={pack!} />);
    const row = container.querySelector('li[data-testid="installed-pack"] > .row')!;
    expect(children(row)).toEqual(['button:Удалить']);

    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Удалить' }));
    expect(children(row)).toEqual(
      asking('Удалить пакет и его шаблоны? Ваши правки останутся личными шаблонами.'),
    );
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Отмена' }));
    expect(children(row)).toEqual(['button:Удалить']);

    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Удалить' }));
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Удалить' }));
    await waitFor(async () => expect(await db.packs.count()).toBe(0));
  });

  it('offers no delete for a built-in pack', async () => {
    await acceptPack(db, fixture('team-v1.json'), {
      source: 'builtin',
      requireSignature: false,
      trustedKeys: [],
    });
    const [pack] = await db.packs.toArray();
    render(<PackCard pack={pack!} />);
    expect(screen.queryByRole('button', { name: 'Удалить' })).toBeNull();
  });

  it('asks in place among a personal template’s actions and deletes it', async () => {
    const row = await createPersonalTemplate(db, {
      title: 'Перевод задерживается',
      body: 'Перевод может идти до недели, мы проследим.',
      lang: 'ru',
    });
    const [item] = await listTemplates(db);
    const { container } = render(
      <TemplateRow item={item!} index={0} active={false} favourite={false} values={{}} onChoose={() => {}} />,
    );
    const actions = container.querySelector('[data-testid="template-row"] > .row.tpl-actions')!;
    expect(actions.lastElementChild?.textContent).toBe('Удалить');

    fireEvent.click(within(actions as HTMLElement).getByRole('button', { name: 'Удалить' }));
    expect(children(actions).slice(-3)).toEqual(asking('Удалить шаблон?'));
    fireEvent.click(within(actions as HTMLElement).getByRole('button', { name: 'Удалить' }));
    await waitFor(async () => expect(await db.templates.get(row.id)).toBeUndefined());
  });
});
