import { useI18n } from '../i18n/I18nProvider';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/*
 * Short messages at the bottom of the window ("Rapporten flyttades till papperskorgen",
 * errors), announced to screen readers, optionally with one action such as "Ångra".
 */

interface NoticeItem {
  id: number;
  text: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface NoticeApi {
  notify: (text: string, options?: { kind?: 'info' | 'error'; action?: NoticeItem['action']; ms?: number }) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

// Apart from notify, so the timer's closure holds the notice's id and nothing else: an "Ångra"
// action can hold a whole merge's answers and records, which must go when the notice goes.
function expireLater(dismiss: (id: number) => void, id: number, ms: number): ReturnType<typeof setTimeout> {
  return setTimeout(() => dismiss(id), ms);
}

/** Holds the notices and shows them in a live region. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [items, setItems] = useState<NoticeItem[]>([]);
  const next = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setItems((all) => all.filter((item) => item.id !== id));
  }, []);
  const notify = useCallback<NoticeApi['notify']>(
    (text, options = {}) => {
      const id = next.current++;
      const item: NoticeItem = { id, text, kind: options.kind ?? 'info', action: options.action };
      setItems((all) => {
        // Only the newest four are shown; the ones pushed out go with their timers.
        for (const old of all.slice(0, -3)) {
          clearTimeout(timers.current.get(old.id));
          timers.current.delete(old.id);
        }
        return [...all.slice(-3), item];
      });
      timers.current.set(id, expireLater(dismiss, id, options.ms ?? (options.action ? 15_000 : 8_000)));
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {items.map((item) => (
          <div key={item.id} className={`notice notice-${item.kind}`}>
            <span>{item.text}</span>
            {item.action && (
              <button
                type="button"
                onClick={() => {
                  item.action!.run();
                  dismiss(item.id);
                }}
              >
                {item.action.label}
              </button>
            )}
            <button
              type="button"
              className="notice-close"
              aria-label={t('closeNotice')}
              onClick={() => dismiss(item.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

/** Shows a notice. */
export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotice utanför NoticeProvider');
  return api;
}
