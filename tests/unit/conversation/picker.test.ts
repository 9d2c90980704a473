import { describe, expect, it, vi } from 'vitest';
import { startPicker } from '@/entrypoints/picker/startPicker';
import { loadFixture } from './loadFixture';

function click(el: Element): void {
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

describe('the element picker', () => {
  it('takes four clicks, swallowing them so the page does not react, then hands over the picks', async () => {
    const doc = await loadFixture('teach-inhouse.html');
    const onStep = vi.fn();
    const onDone = vi.fn();
    const pageClicks = vi.fn();
    doc.body.addEventListener('click', pageClicks);
    startPicker(doc, { onStep, onDone, onCancel: vi.fn() });
    expect(doc.querySelector('sufler-picker')).not.toBeNull();
    const [first, second] = Array.from(doc.querySelectorAll('[data-qa="message"] .sc-m9N0o'));
    first!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    click(first!);
    click(second!);
    click(doc.querySelector('[data-qa="client-phone"]')!);
    click(doc.getElementById('teach-reply')!);
    expect(onStep.mock.calls.map(([step]) => step)).toEqual([0, 1, 2, 3]);
    expect(onDone).toHaveBeenCalledWith({
      customer: first,
      operator: second,
      subscriber: doc.querySelector('[data-qa="client-phone"]'),
      composer: doc.getElementById('teach-reply'),
    });
    expect(pageClicks).not.toHaveBeenCalled();
    expect(doc.querySelector('sufler-picker')).toBeNull();
  });

  it('cancels on Esc and leaves nothing behind', async () => {
    const doc = await loadFixture('teach-inhouse.html');
    const onCancel = vi.fn();
    startPicker(doc, { onStep: vi.fn(), onDone: vi.fn(), onCancel });
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(doc.querySelector('sufler-picker')).toBeNull();
    // Listeners are gone too: later clicks reach the page again.
    const pageClicks = vi.fn();
    doc.body.addEventListener('click', pageClicks);
    click(doc.getElementById('teach-reply')!);
    expect(pageClicks).toHaveBeenCalledOnce();
  });
});
