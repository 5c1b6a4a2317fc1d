/**
 * How the reading set's segments are built and chosen for merging: the one
 * place both the background (recording, compaction) and the options page
 * (import) take them from.
 */
import { buildSegmentIndex, nextMerge } from '../../core/match/index-append.ts';
import { READING_SET_ID, READING_SET_TITLE, speakersUsed } from '../../core/reading/index.ts';
import type { MergePlanner, SegmentBuilder } from './store.ts';

export const buildReadingSegment: SegmentBuilder = (statements, speakers) =>
  buildSegmentIndex(
    { id: READING_SET_ID, title: READING_SET_TITLE },
    statements,
    speakersUsed(
      statements.map((s) => s.speakerId),
      speakers,
    ),
  );

export const planReadingMerge: MergePlanner = (segments) => nextMerge(segments);
