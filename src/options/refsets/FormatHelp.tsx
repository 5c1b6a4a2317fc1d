/** What each import format is, in short; docs/refset-format.md has every field. */
export function FormatHelp() {
  return (
    <details class="format-help">
      <summary>Which files can I import?</summary>
      <dl>
        <dt>Backstory JSON</dt>
        <dd>
          The format Backstory exports: speakers (with aliases and the organisations they speak for)
          and their statements, each with its date, context, source and stances. A set keeps its own
          id and title.
        </dd>
        <dt>ClaimReview</dt>
        <dd>
          The schema.org JSON-LD that fact-checkers publish: each review’s{' '}
          <code>claimReviewed</code> becomes a claim by <code>itemReviewed.author</code>, with its
          date, verdict (<code>reviewRating</code>) and review <code>url</code>.
        </dd>
        <dt>CSV</dt>
        <dd>
          A spreadsheet saved as CSV, with a header row. Only <code>text</code> is required; the
          other columns read are <code>speaker</code>, <code>date</code> (YYYY, YYYY-MM or
          YYYY-MM-DD), <code>source_title</code>, <code>source_url</code>,{' '}
          <code>source_outlet</code>, <code>context</code>, <code>kind</code> (quote, paraphrase or
          claim), <code>speaker_kind</code>, <code>topics</code> and <code>id</code>.
        </dd>
      </dl>
      <p class="muted">
        “Detect” tells them apart by their content. A file with a problem is not imported at all:
        the list says what to fix, line by line or field by field.
      </p>
    </details>
  );
}
