import type { RefSet } from '../../core/refset/types.ts';
import { type RefSetEntry, RefSetStore, watchRefSets } from '../../shared/refset-store/index.ts';
import { type RunningImport, startImport } from './import-client.ts';
import type { ImportFormatChoice, ImportStage } from './import-protocol.ts';

/** What the reference-set section can do, as one object: components never open the store themselves. */
export interface RefSetsConnection {
  list(): Promise<RefSetEntry[]>;
  /** Calls `onChange` when another context (an import worker, another tab) changed the sets. */
  watch(onChange: () => void): () => void;
  setEnabled(id: string, enabled: boolean): Promise<unknown>;
  remove(id: string): Promise<void>;
  /** Gives an imported set a new title. */
  rename(id: string, title: string): Promise<unknown>;
  /** The whole set, to browse its statements. */
  getSet(id: string): Promise<RefSet | undefined>;
  /** The set as a Backstory JSON file. */
  exportFile(id: string): Promise<Blob | undefined>;
  startImport(
    file: File,
    format: ImportFormatChoice,
    onStage: (stage: ImportStage) => void,
  ): RunningImport;
}

export function browserRefSets(store = new RefSetStore()): RefSetsConnection {
  return {
    list: () => store.list(),
    watch: watchRefSets,
    setEnabled: (id, enabled) => store.setEnabled(id, enabled),
    remove: (id) => store.delete(id),
    rename: (id, title) => store.rename(id, title),
    getSet: (id) => store.getSet(id),
    exportFile: (id) => store.getSetFile(id),
    startImport: (file, format, onStage) => startImport(file, format, onStage),
  };
}
