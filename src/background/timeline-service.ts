/**
 * Answers the side panel's timelines from the enabled sets. A whole set is
 * read from the store once per revision and kept while the background runs;
 * a background that was stopped reads it again on the next question.
 */
import { type SpeakerTimeline, sideStatements } from '../core/refset/timeline.ts';
import type { RefSet } from '../core/refset/types.ts';
import type { RefSetStore } from '../shared/refset-store/index.ts';

type Store = Pick<RefSetStore, 'listEnabled' | 'getSet'>;

export class TimelineService {
  private readonly sets = new Map<string, { revision: number; set: Promise<RefSet | undefined> }>();

  constructor(private readonly store: Store) {}

  async timelines(names: readonly string[]): Promise<SpeakerTimeline[]> {
    const sets = await this.enabledSets();
    return names.map((name) => sideStatements(sets, name));
  }

  private async enabledSets(): Promise<RefSet[]> {
    const enabled = await this.store.listEnabled();
    const wanted = new Set(enabled.map((entry) => entry.id));
    for (const id of this.sets.keys()) if (!wanted.has(id)) this.sets.delete(id);
    const sets = await Promise.all(
      enabled.map((entry) => {
        let cached = this.sets.get(entry.id);
        if (cached?.revision !== entry.revision) {
          cached = {
            revision: entry.revision,
            set: this.store.getSet(entry.id).catch(() => undefined),
          };
          this.sets.set(entry.id, cached);
        }
        return cached.set;
      }),
    );
    return sets.filter((set): set is RefSet => set !== undefined);
  }
}
