// The core's Notifier port over Electron's Notification (the reminders of what became overdue).
// It takes the Notification class as a parameter (no electron import), so the unit tests drive it
// with a fake.
import type { Notifier } from '../core/ports';

/** The part of an Electron `Notification` this module uses. */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

/** The part of Electron's `Notification` class this module uses. */
export interface NotificationClass {
  new (options: { title: string; body: string }): NotificationLike;
  isSupported(): boolean;
}

/** None where the system shows no notifications: the core then sends none. */
export function createNotifier(Notification: NotificationClass, onClick: () => void): Notifier | undefined {
  if (!Notification.isSupported()) return undefined;
  // Held until it is dismissed: a notification the garbage collector takes loses its click handler.
  let shown: NotificationLike | null = null;
  return {
    show({ title, body }) {
      const notification = new Notification({ title, body });
      notification.on('click', onClick);
      notification.on('close', () => {
        if (shown === notification) shown = null;
      });
      shown = notification;
      notification.show();
    },
  };
}
