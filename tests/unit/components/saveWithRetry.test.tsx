import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowUpEditor } from '@/components/followups/FollowUpEditor';
import { NoteEditor } from '@/components/NoteEditor';
import { MemoryWriteError } from '@/utils/db/writeError';
import { setLocale } from '@/utils/i18n/t';

/*
 * Both editors save through useSaveWithRetry: a failed write keeps the text, says why in an
 * alert, and turns the submit button into «Повторить» until a save goes through.
 */

const DRAFT = 'sufler:draft:';

beforeEach(() => {
  setLocale('ru');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});

function submit(): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  fireEvent.click(button);
  return button;
}

describe('the note editor', () => {
  it('keeps the text after a failed write, explains it, and retries with the same click', async () => {
    const onSave = vi
      .fn<(text: string) => Promise<void>>()
      .mockRejectedValueOnce(new MemoryWriteError('quota', new Error('QuotaExceededError')))
      .mockResolvedValueOnce(undefined);
    render(<NoteEditor submitLabel="Добавить заметку" draftKey="n:+79124081562" onSave={onSave} />);
    const textarea = screen.getByRole('textbox', { name: 'Заметки об абоненте' });
    fireEvent.change(textarea, { target: { value: '  Перевод жене идёт до недели  ' } });

    const button = submit();
    const alert = await screen.findByRole('alert');
    expect(alert.className).toBe('error');
    expect(alert.textContent).toBe(
      'Не удалось сохранить: в браузере закончилось место. Текст остался в редакторе.',
    );
    expect(button.textContent).toBe('Повторить');
    expect((textarea as HTMLTextAreaElement).value).toBe('  Перевод жене идёт до недели  ');
    expect(localStorage.getItem(`${DRAFT}n:+79124081562`)).toBe('  Перевод жене идёт до недели  ');

    submit();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onSave.mock.calls).toEqual([['Перевод жене идёт до недели'], ['Перевод жене идёт до недели']]);
    expect(button.textContent).toBe('Добавить заметку');
    expect((textarea as HTMLTextAreaElement).value).toBe('');
    expect(localStorage.getItem(`${DRAFT}n:+79124081562`)).toBeNull();
  });

  it('shows Cancel only when it can cancel', () => {
    const onCancel = vi.fn();
    const { rerender } = render(<NoteEditor submitLabel="Сохранить" onSave={async () => {}} />);
    expect(screen.queryByRole('button', { name: 'Отмена' })).toBeNull();
    rerender(<NoteEditor submitLabel="Сохранить" onSave={async () => {}} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('the follow-up editor', () => {
  it('asks for a time without offering a retry, and offers one after a failed write', async () => {
    const onSave = vi
      .fn<(text: string, dueAt: number) => Promise<void>>()
      .mockRejectedValue(new Error('boom'));
    render(<FollowUpEditor submitLabel="Добавить напоминание" onSave={onSave} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Что сделать' }), {
      target: { value: 'Проверить, дошёл ли перевод' },
    });
    const when = screen.getByRole('textbox', { name: 'Когда' });
    fireEvent.change(when, { target: { value: 'когда-нибудь потом' } });

    const button = submit();
    expect(screen.getByRole('alert').textContent).toBe(
      'Не понял время. Напишите, например, «завтра в 10» или выберите в календаре.',
    );
    expect(button.textContent).toBe('Добавить напоминание');
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(when, { target: { value: 'завтра в 10' } });
    submit();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Не удалось сохранить напоминание. Текст остался в редакторе — нажмите «Повторить».',
      ),
    );
    expect(button.textContent).toBe('Повторить');
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]?.[0]).toBe('Проверить, дошёл ли перевод');
  });
});
