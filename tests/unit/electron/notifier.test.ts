import { describe, expect, it } from 'vitest';
import { createNotifier, type NotificationClass } from '../../../electron/main/notifier';

// The Notifier port over Electron's Notification, with a fake of it (Electron cannot run here).

function fakeNotification(supported: boolean) {
  const shown: FakeNotification[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    listeners = new Map<string, () => void>();
    constructor(readonly options: { title: string; body: string }) {}
    on(event: 'click' | 'close', listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      shown.push(this);
    }
  }
  return { Notification: FakeNotification satisfies NotificationClass, shown };
}

describe('the notifier', () => {
  it('shows the title and body, and a click brings the app forward', () => {
    const { Notification, shown } = fakeNotification(true);
    let clicks = 0;
    const notifier = createNotifier(Notification, () => clicks++);
    notifier!.show({ title: '1 sak är försenad i Test AB', body: 'Kundregister: dags att granska' });
    expect(shown.map((n) => n.options)).toEqual([{ title: '1 sak är försenad i Test AB', body: 'Kundregister: dags att granska' }]);
    expect(clicks).toBe(0);
    shown[0]!.listeners.get('click')!();
    expect(clicks).toBe(1);
  });

  it('is none where the system shows no notifications', () => {
    const { Notification } = fakeNotification(false);
    expect(createNotifier(Notification, () => undefined)).toBeUndefined();
  });
});
