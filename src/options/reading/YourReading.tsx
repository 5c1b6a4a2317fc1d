import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { ReadingStatus } from '../../shared/protocol.ts';
import {
  type ArticleRecord,
  DEFAULT_LIMIT,
  type ReadingSearchHit,
  type ReadingState,
  type ReadingStore,
  watchReading,
} from '../../shared/reading-store/index.ts';
import {
  loadReadingStatus,
  saveReadingStatus,
  watchReadingStatus,
} from '../../shared/reading-store/status.ts';
import { type Settings, siteKey } from '../../shared/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../../shared/settings-store.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Switch } from '../../ui/Switch.tsx';
import { saveFile } from '../../ui/save-file.ts';
import { exportReadingFile, importReadingFile } from './reading-actions.ts';

const SHOWN_ARTICLES = 50;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The options page's "Your reading" section: the switch that records what
 * the user reads (off until chosen), the sites never remembered, how much
 * is held, browsing and searching it, forgetting an article, a site or
 * everything, export and import, the size limit, and why recording stopped
 * if a write failed.
 */
export function YourReading({ store }: { store: ReadingStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<ReadingState | null>(null);
  const [articles, setArticles] = useState<ArticleRecord[]>([]);
  const [status, setStatus] = useState<ReadingStatus>({ stopped: null });
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ReadingSearchHit[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [newSite, setNewSite] = useState('');
  const [limit, setLimit] = useState('');

  const refresh = useCallback(async () => {
    try {
      const [held, list, speakerNames] = await Promise.all([
        store.state(),
        store.articles(),
        store.speakerNames(),
      ]);
      setState(held);
      setArticles(list);
      setNames(speakerNames);
      setLimit(String(held.limit));
      setProblem(null);
    } catch (error) {
      setProblem(t('readingUnreadable', messageOf(error)));
    }
  }, [store]);

  useEffect(() => {
    loadSettings().then(setSettings);
    loadReadingStatus().then(setStatus);
    refresh();
    const unwatch = [
      watchSettings(setSettings),
      watchReadingStatus(setStatus),
      watchReading(refresh),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [refresh]);

  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next);
  };

  /** Runs a change, says how it went, and reads the set back either way. */
  const change = async (action: () => Promise<string>) => {
    try {
      setSaid(await action());
    } catch (error) {
      setSaid(t('readingFailed', messageOf(error)));
    }
    await refresh();
    if (hits) setHits(await store.search(query));
  };

  const forget = (article: ArticleRecord) =>
    change(async () => {
      await store.forgetArticles([article.id]);
      return t('readingForgot', article.title ?? article.url);
    });

  const search = async (event: Event) => {
    event.preventDefault();
    setHits(query.trim() ? await store.search(query) : null);
  };

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    change(async () => {
      const added = await importReadingFile(store, await file.text());
      return t('readingImported', added.statements, added.articles);
    });
  };

  const addUnremembered = (event: Event) => {
    event.preventDefault();
    const site = siteKey(
      newSite
        .trim()
        .replace(/^https?:\/\//, '')
        .split('/')[0] ?? '',
    );
    if (!settings || !site) return;
    const sites = [...new Set([...settings.unrememberedSites, site])].sort();
    update({ ...settings, unrememberedSites: sites });
    setNewSite('');
  };

  const full = state !== null && (state.evicted > 0 || state.statementCount >= state.limit);
  const shown = hits ?? null;

  return (
    <section class="reading" aria-labelledby="reading-heading">
      <h2 id="reading-heading">{t('readingHeading')}</h2>
      <p class="muted">{t('readingExplained')}</p>
      {settings && (
        <Switch
          label={t('readingRemember')}
          checked={settings.rememberReading}
          onChange={(rememberReading) => update({ ...settings, rememberReading })}
        />
      )}
      {status.stopped && (
        <div class="problem" role="alert">
          <p>{t('readingStoppedQuota', status.stopped.message)}</p>
          <button type="button" onClick={() => saveReadingStatus({ stopped: null })}>
            {t('readingResume')}
          </button>
        </div>
      )}
      {problem && <p class="problem">{problem}</p>}
      {state && (
        <p class="reading-counts">{t('readingCounts', state.statementCount, state.articleCount)}</p>
      )}
      {full && state && (
        <p class="note reading-full" role="note">
          {t('readingLimitReached', state.limit, state.evicted)}
        </p>
      )}

      <h3>{t('readingSitesHeading')}</h3>
      {settings && settings.unrememberedSites.length === 0 && (
        <p class="muted">{t('readingNoSites')}</p>
      )}
      {settings && settings.unrememberedSites.length > 0 && (
        <ul class="site-list reading-sites">
          {settings.unrememberedSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                onClick={() =>
                  update({
                    ...settings,
                    unrememberedSites: settings.unrememberedSites.filter((s) => s !== site),
                  })
                }
              >
                {t('readingRememberSiteAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="reading-add-site" onSubmit={addUnremembered}>
        <label>
          {t('readingAddSiteLabel')}{' '}
          <input
            type="text"
            value={newSite}
            placeholder={t('readingSitePlaceholder')}
            onInput={(event) => setNewSite((event.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">{t('readingAddSite')}</button>
      </form>

      <h3>{t('readingBrowseHeading')}</h3>
      <form class="reading-search" onSubmit={search}>
        <label>
          {t('readingSearchLabel')}{' '}
          <input
            type="search"
            value={query}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">{t('readingSearch')}</button>
      </form>
      {shown && shown.length === 0 && <p class="muted">{t('readingNoHits')}</p>}
      {shown && shown.length > 0 && (
        <ul class="reading-hits">
          {shown.map(({ statement, article }) => (
            <li key={statement.id} class="reading-hit">
              <q>{statement.text}</q>{' '}
              <span class="muted">
                {statement.attribution ??
                  (statement.speakerId ? names.get(statement.speakerId) : null) ??
                  ''}
              </span>
              <ArticleLine article={article} />
              <button type="button" onClick={() => forget(article)}>
                {t('readingForgetArticle')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!shown && articles.length > 0 && (
        <ul class="reading-articles">
          {articles.slice(0, SHOWN_ARTICLES).map((article) => (
            <li key={article.id} class="reading-article">
              <ArticleLine article={article} />
              <span class="muted"> {t('readingStatementCount', article.seqs.length)}</span>{' '}
              <button type="button" onClick={() => forget(article)}>
                {t('readingForgetArticle')}
              </button>{' '}
              <button
                type="button"
                onClick={() =>
                  change(async () => {
                    const gone = await store.forgetSite(article.site);
                    return t('readingForgotSite', gone, article.site);
                  })
                }
              >
                {t('readingForgetSite', article.site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!shown && articles.length > SHOWN_ARTICLES && (
        <p class="muted">{t('readingMoreArticles', articles.length - SHOWN_ARTICLES)}</p>
      )}

      <h3>{t('readingManageHeading')}</h3>
      <div class="reading-actions">
        <button
          type="button"
          onClick={() =>
            change(async () => {
              saveFile(await exportReadingFile(store), 'your-reading.json');
              return t('readingExported');
            })
          }
        >
          {t('readingExport')}
        </button>{' '}
        <label class="button">
          {t('readingImport')}
          <input
            type="file"
            accept=".json,application/json"
            class="reading-import"
            onChange={(event) => importFile(event.currentTarget as HTMLInputElement)}
          />
        </label>{' '}
        <button type="button" class="danger" onClick={() => setConfirmClear(true)}>
          {t('readingClear')}
        </button>
      </div>
      <form
        class="reading-limit"
        onSubmit={(event) => {
          event.preventDefault();
          const value = Math.floor(Number(limit));
          if (!Number.isFinite(value) || value < 1) return;
          change(async () => {
            const evicted = await store.setLimit(value);
            return t('readingLimitSaved', value, evicted);
          });
        }}
      >
        <label>
          {t('readingLimitLabel')}{' '}
          <input
            type="number"
            min="1"
            step="1"
            value={limit}
            placeholder={String(DEFAULT_LIMIT)}
            onInput={(event) => setLimit((event.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">{t('readingLimitSave')}</button>
      </form>
      <p class="reading-said" role="status" aria-live="polite">
        {said}
      </p>
      {confirmClear && (
        <Dialog title={t('readingClearTitle')} onCancel={() => setConfirmClear(false)}>
          <p>{t('readingClearExplained')}</p>
          <div class="dialog-actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmClear(false);
                change(async () => {
                  await store.clear();
                  return t('readingCleared');
                });
              }}
            >
              {t('readingClearConfirm')}
            </button>
            <button type="button" autofocus onClick={() => setConfirmClear(false)}>
              {t('readingKeep')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

function ArticleLine({ article }: { article: ArticleRecord }) {
  return (
    <span class="reading-source">
      {' '}
      <a href={article.url} target="_blank" rel="noopener noreferrer">
        {article.title ?? article.url}
      </a>{' '}
      <span class="muted">
        {article.outlet} · {article.visitDated ? t('readingReadOn', article.date) : article.date}
      </span>
    </span>
  );
}
