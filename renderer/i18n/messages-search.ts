/*
 * UI text of search and replace (Ctrl+F), Swedish first; merged into messages.ts.
 */
export const svSearch = {
  searchLabel: 'Sök i rapporten',
  searchQuery: 'Sök',
  searchReplace: 'Ersätt med',
  searchMatchCase: 'Skilj på versaler och gemener',
  searchWholeWord: 'Bara hela ord',
  searchCount: '{current} av {total}',
  searchNone: 'Inga träffar',
  searchNext: 'Nästa',
  searchPrevious: 'Föregående',
  searchReplaceOne: 'Ersätt',
  searchReplaceAll: 'Ersätt alla',
  searchUndoAll: 'Ångra ersätt alla',
  searchClose: 'Stäng sökningen',
  searchReplaced: 'Ersatte {count|# förekomst|# förekomster} i {answers} svar.',
  searchReplaceLabel: 'före ersättning av ”{query}” med ”{replacement}”',
  reasonBeforeReplace: 'före ersättning',
};

export const enSearch: Record<keyof typeof svSearch, string> = {
  searchLabel: 'Search the report',
  searchQuery: 'Search',
  searchReplace: 'Replace with',
  searchMatchCase: 'Match case',
  searchWholeWord: 'Whole words only',
  searchCount: '{current} of {total}',
  searchNone: 'No matches',
  searchNext: 'Next',
  searchPrevious: 'Previous',
  searchReplaceOne: 'Replace',
  searchReplaceAll: 'Replace all',
  searchUndoAll: 'Undo replace all',
  searchClose: 'Close search',
  searchReplaced: 'Replaced {count|# occurrence|# occurrences} in {answers|# answer|# answers}.',
  searchReplaceLabel: 'before replacing “{query}” with “{replacement}”',
  reasonBeforeReplace: 'before a replace',
};
