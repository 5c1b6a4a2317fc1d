/**
 * The published JSON Schema (docs/refset.schema.json), generated from the
 * validator's own valibot schema so the two cannot drift. What JSON Schema
 * cannot express (ids that must exist or be unique, stances on a topic's
 * scale, trimming) is left to the validator and said in the description.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  DateSchema,
  IdSchema,
  RefSetShape,
  ReviewSchema,
  SourceSchema,
  SpeakerSchema,
  StatementSchema,
  TopicSchema,
  UrlSchema,
} from './schema.ts';
import { REFSET_VERSION } from './types.ts';

export function refSetJsonSchema(): string {
  const schema = toJsonSchema(RefSetShape, {
    errorMode: 'ignore',
    target: 'draft-2020-12',
    definitions: {
      Id: IdSchema,
      Date: DateSchema,
      Url: UrlSchema,
      Topic: TopicSchema,
      Speaker: SpeakerSchema,
      Source: SourceSchema,
      Review: ReviewSchema,
      Statement: StatementSchema,
    },
  });
  const published = {
    $schema: schema.$schema,
    $id: 'https://backstory.invalid/refset.schema.json',
    title: `Backstory reference set, format version ${REFSET_VERSION}`,
    description:
      "Who said what, when, where. Generated from the validator (src/core/refset/schema.ts) by `backstory refset schema`; see docs/refset-format.md. The validator also checks what this schema cannot: unique ids, speakerId and memberOf naming speakers of the set, no membership cycles, stance keys naming defined topics listed in the statement, positions on the topic's scale, and real calendar days.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
