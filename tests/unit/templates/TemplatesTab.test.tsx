import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatesTab } from '@/components/templates/TemplatesTab';
import { useConversationStore } from '@/stores/conversationStore';
import { useTemplatesStore } from '@/stores/templatesStore';
import { db } from '@/utils/db/db';
import { setLocale } from '@/utils/i18n/t';
import { acceptPack } from '@/utils/packs/acceptPack';
import { createPersonalTemplate } from '@/utils/packs/personalTemplates';
import { fixture } from '../packs/helpers';

const snapshot = {
  url: 'http://127.0.0.1:4173/#/c/1042',
  origin: 'http://127.0.0.1:4173',
  status: 'ok' as const,
  messages: [{ role: 'customer' as const, text: 'Перевод жене так и не пришёл' }],
  totalMessages: 1,
  subscriber: { name: 'Сергей Кузнецов', phone: '8 912 408-15-62' },
  hasComposer: true,
  readAt: 1,
};

beforeEach(async () => {
  setLocale('ru');
  await db.open();
  await acceptPack(db, fixture('team-v1.json'), { source: 'file', requireSignature: false, trustedKeys: [] });
  useConversationStore.setState({ status: 'ready', tabId: 7, snapshot });
  useTemplatesStore.setState({
    query: '',
    mode: { type: 'list' },
    active: 0,
    tag: null,
    show: 'all',
    lang: 'all',
    kind: 'all',
  });
});

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('the templates tab', () => {
  it('searches, fills in the fields with the keyboard and inserts with the customer’s name', async () => {
    const onInsert = vi.fn();
    render(<TemplatesTab onInsert={onInsert} />);
    const search = await screen.findByTestId('template-search');
    await screen.findAllByTestId('template-row');

    fireEvent.change(search, { target: { value: 'переводе' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('template-row')[0]?.dataset.templateId).toBe(
        'signal-team-north/transfer-status',
      ),
    );
    fireEvent.keyDown(search, { key: 'Enter' });

    const form = await screen.findByTestId('template-fill');
    const amount = form.querySelector<HTMLInputElement>('input[name="amount"]')!;
    await waitFor(() => expect(document.activeElement).toBe(amount));
    expect(screen.getByTestId('template-insert')).toHaveProperty('disabled', true);
    fireEvent.change(amount, { target: { value: '5000' } });
    fireEvent.change(form.querySelector('select[name="bank"]')!, { target: { value: 'ВТБ' } });
    expect(screen.getByTestId('template-preview').textContent).toMatch(
      /^Сергей, перевод на 5000 ₽ в ВТБ я вижу\./,
    );
    fireEvent.submit(form);

    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0]?.[0]).toMatch(
      /^Сергей, перевод на 5000 ₽ в ВТБ я вижу\. Проверю его статус и \d+ [а-я]+ напишу вам сама/,
    );
    await waitFor(async () =>
      expect((await db.usage.get('signal-team-north/transfer-status'))?.inserted).toBe(1),
    );
    expect(useTemplatesStore.getState().pending?.usageId).toBe('signal-team-north/transfer-status');
  });

  it('inserts a template without fields at once on Enter, moving with the arrows', async () => {
    const onInsert = vi.fn();
    render(<TemplatesTab onInsert={onInsert} />);
    const search = await screen.findByTestId('template-search');
    fireEvent.change(search, { target: { value: 'связь' } });
    await waitFor(() => expect(screen.getAllByTestId('template-row').length).toBeGreaterThan(0));
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onInsert).toHaveBeenCalledWith(
      'Сергей, подскажите, пожалуйста, где и во сколько пропадала связь — передам инженерам «Сигнал».',
    );
    fireEvent.keyDown(search, { key: 'Escape' });
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('counts a template opened and abandoned with Esc as discarded', async () => {
    render(<TemplatesTab onInsert={vi.fn()} />);
    const search = await screen.findByTestId('template-search');
    fireEvent.change(search, { target: { value: 'перевод' } });
    await waitFor(() => expect(screen.getAllByTestId('template-row').length).toBe(1));
    fireEvent.keyDown(search, { key: 'Enter' });
    fireEvent.keyDown(await screen.findByTestId('template-fill'), { key: 'Escape' });
    await screen.findByTestId('template-search');
    await waitFor(async () =>
      expect((await db.usage.get('signal-team-north/transfer-status'))?.discarded).toBe(1),
    );
  });

  it('shows markup in a template as text, never as HTML', async () => {
    // Pack validation refuses markup; a template written to the database directly must still be inert.
    const row = await createPersonalTemplate(db, { title: 'Безопасный', body: 'Текст', lang: 'ru' });
    await db.templates.update(row.id, {
      data: {
        ...(row.data as object),
        title: '<img src=x onerror=alert(1)>',
        body: '<script>window.__hacked = 1</script>',
      },
    });
    render(<TemplatesTab onInsert={vi.fn()} />);
    await waitFor(() => expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy());
    expect(screen.getByText('<script>window.__hacked = 1</script>')).toBeTruthy();
    expect(document.querySelector('.tpl-list img, .tpl-list script')).toBeNull();
  });

  it('`/` focuses the search from anywhere in the panel', async () => {
    render(
      <>
        <button type="button">другое</button>
        <TemplatesTab onInsert={vi.fn()} />
      </>,
    );
    const search = await screen.findByTestId('template-search');
    screen.getByText('другое').focus();
    act(() => {
      fireEvent.keyDown(document.body, { key: '/' });
    });
    await waitFor(() => expect(document.activeElement).toBe(search));
  });
});
