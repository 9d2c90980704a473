import { documentsOf } from '@/utils/conversation/documentsOf';
import type { Picks } from '@/utils/conversation/teach/deriveProfile';
import { pickerText } from './pickerText';

const STEPS = [
  'pickerStepCustomer',
  'pickerStepOperator',
  'pickerStepSubscriber',
  'pickerStepComposer',
] as const;
const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; border: 2px solid #e8590c; background: rgba(232, 89, 12, 0.12);
  border-radius: 3px; display: none; box-sizing: border-box; }
.bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); pointer-events: auto;
  font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff8e6; border: 1px solid #e8590c;
  border-radius: 8px; padding: 8px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.18); display: flex; gap: 12px; align-items: center; }
.title { font-weight: 600; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #999; background: #fff; cursor: pointer; }
`;

export interface PickerCallbacks {
  onStep: (step: number) => void;
  onDone: (picks: Picks) => void;
  onCancel: () => void;
}

/** The frame element that shows `doc` inside the top document, for placing the highlight. */
function frameOffset(top: Document, doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let current = doc; current !== top; ) {
    const frame = current.defaultView?.frameElement;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
    current = frame.ownerDocument;
  }
  return { x, y };
}

/**
 * The element picker: a highlight and an instruction bar in a closed shadow root (the page's
 * styles cannot touch it), then four clicks — a customer message, an operator message, the
 * customer's phone or name, the reply box. Clicks are swallowed so the page does not react;
 * Esc cancels. Works in same-origin iframes too. Returns a function that removes everything.
 */
export function startPicker(top: Document, callbacks: PickerCallbacks): () => void {
  const host = top.createElement('sufler-picker');
  host.setAttribute('style', 'position: fixed; inset: 0; z-index: 2147483647; pointer-events: none;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = top.createElement('style');
  style.textContent = STYLE;
  const box = top.createElement('div');
  box.className = 'box';
  const bar = top.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-live', 'polite');
  const title = top.createElement('span');
  title.className = 'title';
  title.textContent = pickerText('pickerTitle');
  const step = top.createElement('span');
  const cancel = top.createElement('button');
  cancel.type = 'button';
  cancel.textContent = pickerText('pickerCancel');
  bar.append(title, step, cancel);
  shadow.append(style, box, bar);
  top.documentElement.append(host);

  const picked: Element[] = [];
  const docs = documentsOf(top);
  const showStep = () => {
    step.textContent = pickerText(STEPS[picked.length] ?? 'pickerStepComposer');
    callbacks.onStep(picked.length);
  };

  const ours = (event: Event) => event.composedPath().includes(host);
  const highlight = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (!target || ours(event) || typeof target.getBoundingClientRect !== 'function') return;
    const rect = target.getBoundingClientRect();
    const offset = frameOffset(top, target.ownerDocument);
    Object.assign(box.style, {
      display: 'block',
      left: `${rect.left + offset.x}px`,
      top: `${rect.top + offset.y}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
  };
  const swallow = (event: Event) => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  let stop = () => {};
  const pick = (event: MouseEvent) => {
    if (ours(event)) return;
    swallow(event);
    const target = event.target as Element | null;
    if (target?.nodeType !== 1) return;
    picked.push(target);
    if (picked.length < STEPS.length) {
      showStep();
      return;
    }
    const [customer, operator, subscriber, composer] = picked as [Element, Element, Element, Element];
    stop();
    callbacks.onDone({ customer, operator, subscriber, composer });
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    swallow(event);
    stop();
    callbacks.onCancel();
  };
  const onCancel = () => {
    stop();
    callbacks.onCancel();
  };

  const listeners: [EventTarget, string, EventListener][] = [];
  for (const doc of docs) {
    const win = doc.defaultView;
    if (!win) continue;
    listeners.push(
      [win, 'mousemove', highlight as EventListener],
      [win, 'click', pick as EventListener],
      [win, 'keydown', key as EventListener],
    );
    for (const type of [
      'mousedown',
      'mouseup',
      'pointerdown',
      'pointerup',
      'auxclick',
      'dblclick',
      'submit',
    ]) {
      listeners.push([win, type, swallow]);
    }
  }
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, true);
  cancel.addEventListener('click', onCancel);

  stop = () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true);
    host.remove();
    stop = () => {};
  };
  showStep();
  return () => stop();
}
