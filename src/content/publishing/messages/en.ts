// The interface's words in English: the source every other catalog translates. A catalog is
// typed by this one, so a missing or stray key is a compile error; tests/unit/content/publishing/messages.test.ts
// also checks the placeholders ({count}, {query}…) and the plural forms of each language.
// Placeholders are filled with text only: a message never becomes markup.

/** A message that depends on a number: one text per plural category of the language (Intl.PluralRules), `other` always. */
export type Plural = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

/** The English catalog. */
export const en = {
  'layout.skip': 'Skip to content',
  'layout.loading': 'Loading',
  'layout.searchHint': 'Press {key} to search, {shortcuts}.',
  'layout.shortcutsHint': '{key} for all keyboard shortcuts',

  'meta.readingTime': { one: '{count} min read', other: '{count} min read' },
  'meta.byline': 'By {author}',

  'list.latest': 'Latest articles',
  'list.emptyTitle': 'No articles yet',
  'list.emptyText': 'Articles will appear here as soon as they are published.',
  'list.count': { one: '{count} article', other: '{count} articles' },
  'list.countInArchive': { one: '{count} article in the archive', other: '{count} articles in the archive' },
  'list.continue': 'Continue reading',
  'list.percentRead': '{percent}% read',
  'list.read': '✓ Read',
  'list.inProgress': 'In progress',

  'title.tagged': 'Articles tagged “{tag}”',

  'title.byAuthor': 'Articles by {author}',

  'title.inSection': 'Articles in {section}',
  'title.from': 'Articles from {when}',
  'title.older': 'Older articles',
  'title.page': '{title}, page {page}',
  'title.search': '“{query}” — search',
  'head.listDescription': { one: '{count} article. {description}', other: '{count} articles. {description}' },
  'head.searchTitle': 'Search',
  'head.searchDescription': 'Search every article of the archive.',
  'head.notFoundTitle': 'Not found',
  'head.notFoundDescription': 'Nothing lives at this address.',

  'filter.label': 'Narrow the list',
  'filter.year': 'Year',
  'filter.allYears': 'All years',
  'filter.month': 'Month',
  'filter.allMonths': 'All months',
  'filter.tag': 'Tag',
  'filter.allTags': 'All tags',
  'filter.author': 'Author',
  'filter.allAuthors': 'All authors',
  'filter.section': 'Section',
  'filter.allSections': 'All sections',
  'filter.option': '{name} ({count})',

  'pages.label': 'Pages',
  'pages.newest': 'Newest',
  'pages.newestPage': 'Newest page',
  'pages.newer': 'Newer',
  'pages.newerPage': 'Newer page',
  'pages.older': 'Older',
  'pages.olderPage': 'Older page',
  'pages.oldest': 'Oldest',
  'pages.oldestPage': 'Oldest page',
  'pages.current': 'Page {page} of {count}',

  'reader.allArticles': 'All articles',
  'reader.related': 'Related articles',
  'reader.more': 'More articles',
  'reader.previous': 'Previous',
  'reader.next': 'Next',
  'reader.tags': 'Tags',
  'reader.sections': 'Sections',
  'reader.externalLink': '(opens another site)',
  'reader.progress': 'Reading progress',
  'reader.resumed': 'Continuing where you left off.',
  'reader.startOver': 'Start from the top',

  'share.button': 'Share',
  'share.copied': 'Link copied.',
  'share.copyThis': 'Copy this link:',
  'share.link': 'Link to this article',

  'matches.label': 'Search matches',
  'matches.none': 'No matches',
  'matches.position': '{current} of {count}',
  'matches.previous': 'Previous match',
  'matches.next': 'Next match',
  'matches.clear': 'Clear highlights',

  'offline.save': { one: 'Save the {count} article for offline reading ({size})', other: 'Save all {count} articles for offline reading ({size})' },
  'offline.saving': 'Saving for offline… {saved} of {total}',
  'offline.done': 'Every article is saved: the archive reads without a network.',
  'offline.failed': 'Saving stopped (the connection may have dropped). Try again to continue.',

  'search.label': 'Search articles',
  'search.placeholder': 'Search the archive',
  'search.clear': 'Clear search',
  'search.title': 'Search the archive',
  'search.noscript':
    'Search needs JavaScript: the archive is searched in your browser, and JavaScript is turned off. Turn it on to search, or browse the articles from the front page.',
  'search.prompt': 'Type a word or phrase in the search field.',
  'search.typos': 'Misspellings are fine.',
  'search.typosExample': 'Misspellings are fine: {typo} finds {word}.',
  'search.failedTitle': 'Search is unavailable',
  'search.failedText': 'The search index could not be loaded ({message}). Check the connection and try again.',
  'search.unavailable': 'Search is unavailable.',
  'search.searching': 'Searching…',
  'search.resultsFor': 'Results for “{query}”',
  'search.showing': 'Showing results for {query}',
  'search.instead': 'Search instead for {query}',
  'search.corrected': 'Showing results for {query}.',
  'search.none': 'No articles found.',
  'search.count': { one: '{count} article found.', other: '{count} articles found.' },
  'search.keysHint': 'Use ↑ and ↓ to move, Enter to open.',
  'search.nothingTitle': 'Nothing matches',
  'search.nothingText': 'Check the spelling of rarer words, use fewer words, or try another name for the same thing.',
  'search.more': 'Show more results',

  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.close': 'Close keyboard shortcuts',
  'shortcuts.next': 'Next article (in a list: move down)',
  'shortcuts.previous': 'Previous article (in a list: move up)',
  'shortcuts.search': 'Search the archive',
  'shortcuts.nextMatch': 'Next search match in an article',
  'shortcuts.previousMatch': 'Previous search match in an article',
  'shortcuts.help': 'Show these shortcuts',
  'shortcuts.escape': 'Close a panel; clear the search field',
  'shortcuts.escKey': 'Esc',
  'shortcuts.note': 'On a list, ↑ and ↓ move between articles too. Shortcuts pause while you type in a field.',

  'update.available': 'A new version of the archive is available.',
  'update.reload': 'Reload',

  'settings.title': 'Reading settings',
  'settings.close': 'Close reading settings',
  'settings.size': 'Size',
  'settings.smaller': 'Smaller text',
  'settings.larger': 'Larger text',
  'settings.sizeOf': 'Size {size} of {count}',
  'settings.theme': 'Theme',
  'settings.system': 'System',
  'settings.light': 'Light',
  'settings.sepia': 'Sepia',
  'settings.dark': 'Dark',
  'settings.font': 'Font',
  'settings.serif': 'Serif',
  'settings.sans': 'Sans-serif',
  'settings.width': 'Width',
  'settings.narrow': 'Narrow',
  'settings.medium': 'Medium',
  'settings.wide': 'Wide',
  'settings.spacing': 'Spacing',
  'settings.tight': 'Tight',
  'settings.normal': 'Normal',
  'settings.loose': 'Loose',

  'error.title': 'This page could not be loaded',
  'error.dropped': 'The connection may have dropped.',
  'error.retry': 'Try again',

  'notFound.articleTitle': 'No such article',
  'notFound.pageTitle': 'Page not found',
  'notFound.articleText': 'This article is not in the archive. It may have been removed, or the link may be mistyped.',
  'notFound.pageText': 'Nothing lives at this address. The link may be mistyped or out of date.',
  'notFound.help': 'Try the search field above, or go back to the list.',
  'notFound.back': 'Back to all articles',
} as const satisfies Record<string, string | Plural>;

/** Every message's name. */
export type MessageKey = keyof typeof en;

/** A complete catalog: every key of the English one, a plural where English has one. */
export type Catalog = { [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };
