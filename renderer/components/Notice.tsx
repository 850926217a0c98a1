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

/** Holds the notices and shows them in a live region. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [items, setItems] = useState<NoticeItem[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setItems((all) => all.filter((item) => item.id !== id)), []);
  const notify = useCallback<NoticeApi['notify']>(
    (text, options = {}) => {
      const id = next.current++;
      setItems((all) => [...all.slice(-3), { id, text, kind: options.kind ?? 'info', action: options.action }]);
      setTimeout(() => dismiss(id), options.ms ?? (options.action ? 15_000 : 8_000));
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
