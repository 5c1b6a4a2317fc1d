/** How the reference-set section words origins and progress; counts and sizes are src/ui/counts.ts. */
import { t } from '../../shared/i18n.ts';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { formatRecordedDate } from '../../ui/dates.ts';
import type { ImportStage } from './import-protocol.ts';

/** Where the set came from and when. */
export function provenance(entry: RefSetEntry): string {
  return entry.origin === 'bundled'
    ? t('options_originBundled', entry.packageVersion ?? '').trimEnd()
    : t(
        'options_originImported',
        entry.fileName ?? t('options_originAFile'),
        formatRecordedDate(entry.importedAt),
      );
}

/** The import's stages in order, each as the progress line names it. */
export const IMPORT_STAGES: ImportStage[] = ['reading', 'checking', 'indexing', 'saving'];

export function stageLabel(stage: ImportStage): string {
  switch (stage) {
    case 'reading':
      return t('options_stageReading');
    case 'checking':
      return t('options_stageChecking');
    case 'indexing':
      return t('options_stageIndexing');
    case 'saving':
      return t('options_stageSaving');
  }
}
