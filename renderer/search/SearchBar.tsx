import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNotice } from '../components/Notice';
import { useI18n } from '../i18n/I18nProvider';
import type { useSearch } from './use-search';

type Search = ReturnType<typeof useSearch>;

/** The search bar (Ctrl+F): query, options, count, next/previous (F3, Shift+F3), replace one or all. */
export function SearchBar({ search, focusRequest }: { search: Search; focusRequest: number }) {
  const { t } = useI18n();
  const { notify } = useNotice();
  const [replacement, setReplacement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  const { options, setOptions, matches, current } = search;
  const onQueryKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search.go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') search.close();
  };
  const replaceAll = async () => {
    const { count, answers } = await search.replaceAll(
      replacement,
      t('searchReplaceLabel', { query: options.query, replacement }),
    );
    if (count > 0)
      notify(t('searchReplaced', { count, answers }), { action: { label: t('undo'), run: search.undoReplaceAll } });
  };
  return (
    <div
      role="search"
      aria-label={t('searchLabel')}
      className="search-bar"
      onKeyDown={(event) => event.key === 'Escape' && search.close()}
    >
      <label>
        {t('searchQuery')}
        <input
          ref={input}
          type="search"
          value={options.query}
          onChange={(e) => setOptions({ ...options, query: e.target.value })}
          onKeyDown={onQueryKey}
          aria-keyshortcuts="Control+F"
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.matchCase}
          onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })}
        />
        {t('searchMatchCase')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.wholeWord}
          onChange={(e) => setOptions({ ...options, wholeWord: e.target.checked })}
        />
        {t('searchWholeWord')}
      </label>
      <span className="search-count" role="status">
        {options.query === ''
          ? ''
          : matches.length === 0
            ? t('searchNone')
            : t('searchCount', { current: current + 1, total: matches.length })}
      </span>
      <button type="button" onClick={() => search.go(-1)} disabled={matches.length === 0} aria-keyshortcuts="Shift+F3">
        {t('searchPrevious')}
      </button>
      <button type="button" onClick={() => search.go(1)} disabled={matches.length === 0} aria-keyshortcuts="F3">
        {t('searchNext')}
      </button>
      <label>
        {t('searchReplace')}
        <input type="text" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      </label>
      <button type="button" onClick={() => search.replaceOne(replacement)} disabled={matches.length === 0}>
        {t('searchReplaceOne')}
      </button>
      <button
        type="button"
        onClick={() => void replaceAll().catch((e: unknown) => notify(String(e), { kind: 'error' }))}
        disabled={matches.length === 0}
      >
        {t('searchReplaceAll')}
      </button>
      {search.canUndo && (
        <button type="button" onClick={search.undoReplaceAll}>
          {t('searchUndoAll')}
        </button>
      )}
      <button type="button" className="search-close" onClick={search.close} aria-label={t('searchClose')}>
        ×
      </button>
    </div>
  );
}
