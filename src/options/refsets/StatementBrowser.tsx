import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { searchStatements } from '../../core/refset/browse.ts';
import type { RefSet } from '../../core/refset/types.ts';
import { t } from '../../shared/i18n.ts';
import { formatNumber } from '../../ui/counts.ts';

/** Rows drawn at once: enough to browse, few enough that a 100,000-statement set stays quick. */
const SHOWN = 50;

interface StatementBrowserProps {
  /** Reads the set; the browser is remounted (keyed by revision) when the set changes. */
  load: () => Promise<RefSet | undefined>;
}

/** A set's statements, read only when opened, with a search over text, speakers and sources. */
export function StatementBrowser({ load }: StatementBrowserProps) {
  const [open, setOpen] = useState(false);
  const [set, setSet] = useState<RefSet | null | 'failed'>(null);
  const [query, setQuery] = useState('');
  // The newest loader, without reading the set again each time the row redraws.
  const loader = useRef(load);
  loader.current = load;
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    loader.current().then(
      (loaded) => current && setSet(loaded ?? 'failed'),
      () => current && setSet('failed'),
    );
    return () => {
      current = false;
    };
  }, [open]);

  const found = useMemo(
    () => (set && set !== 'failed' ? searchStatements(set, query, SHOWN) : null),
    [set, query],
  );

  return (
    <details
      ref={details}
      class="statement-browser"
      onToggle={() => setOpen(details.current?.open ?? false)}
    >
      <summary>{t('options_browseStatements')}</summary>
      {set === null && open && <p class="muted">{t('common_loading')}</p>}
      {set === 'failed' && <p class="problem">{t('options_browseFailed')}</p>}
      {found && (
        <>
          <label class="statement-search">
            {t('options_browseSearchLabel')}
            <input
              type="search"
              value={query}
              placeholder={t('options_browseSearchPlaceholder')}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </label>
          <p class="statement-count muted" aria-live="polite">
            {found.total === 0
              ? t('options_browseNoMatch', query)
              : t(
                  'options_browseShown',
                  formatNumber(found.rows.length),
                  formatNumber(found.total),
                )}
          </p>
          <ol class="statement-rows">
            {found.rows.map(({ statement, speaker }) => (
              <li key={statement.id} class="statement-row">
                <q class="statement-text">{statement.text}</q>
                <span class="statement-meta muted">
                  {speaker ?? t('common_speakerUnknown')} · {statement.date ?? t('common_undated')}
                  {statement.source.title ? ` · ${statement.source.title}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
