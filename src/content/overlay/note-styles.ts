/**
 * The note card's styles. They live in the card's shadow root, so the page
 * cannot restyle the card and the card cannot restyle the page.
 */
export const NOTE_STYLES = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; }
.card {
  position: absolute;
  z-index: 2147483647;
  box-sizing: border-box;
  width: min(400px, calc(100vw - 16px));
  max-height: min(70vh, 560px);
  overflow-y: auto;
  padding: 0;
  border: 1px solid #e2d7c3;
  border-radius: 10px;
  background: #fffdf8;
  color: #1f1a14;
  box-shadow: 0 12px 32px rgba(40, 30, 10, 0.22), 0 2px 6px rgba(40, 30, 10, 0.12);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
  text-align: left;
}
header {
  position: sticky;
  top: 0;
  display: flex;
  align-items: baseline;
  gap: 8px;
  padding: 10px 12px 8px 14px;
  background: #fffdf8;
  border-bottom: 1px solid #efe6d6;
}
.brand { font-weight: 700; color: #9a6200; text-transform: uppercase; letter-spacing: 0.06em; font-size: 11px; }
.title { flex: 1; color: #6b6256; font-size: 12px; }
.close {
  border: 0; background: none; color: #6b6256; font-size: 20px; line-height: 1;
  cursor: pointer; padding: 0 4px; border-radius: 4px;
}
.close:hover, .close:focus-visible { background: #f3ead9; color: #1f1a14; outline: none; }
.finding { padding: 10px 14px; color: #4a4238; font-style: italic; border-bottom: 1px solid #efe6d6; }
.finding-speaker { font-style: normal; color: #6b6256; }
.statements { list-style: none; margin: 0; padding: 0; }
.statement { padding: 12px 14px; border-bottom: 1px solid #efe6d6; }
.statement:last-child { border-bottom: 0; }
.tags { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 4px; }
.tag { font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 999px; background: #f3ead9; color: #5a4a2e; }
.stance.contradicts { background: #fbe1dc; color: #8a2416; }
.stance.shifts { background: #fdf0cf; color: #7a5300; }
.stance.repeats { background: #e0efe3; color: #245c32; }
.tag.from-reading { background: #e3ecf7; color: #1f4a7a; }
.date { font-size: 12px; color: #6b6256; }
.who { margin: 0; font-weight: 650; }
.said { margin: 4px 0; padding-left: 10px; border-left: 3px solid #e6c77d; }
.said .kind { color: #6b6256; font-size: 12px; font-style: italic; }
.why { margin: 4px 0 0; font-size: 12px; color: #6b6256; }
.source { display: inline-block; margin-top: 4px; font-size: 12px; color: #9a6200; }
@media (prefers-color-scheme: dark) {
  .card, header { background: #1e1b17; color: #f3ede4; border-color: #3a342c; }
  .finding, .statement, header { border-color: #3a342c; }
  .finding { color: #d8cfc2; }
  .tag { background: #3a342c; color: #f3ede4; }
  .title, .date, .why, .finding-speaker, .close { color: #b5aa9a; }
  .source { color: #f0b84a; }
}
`;
