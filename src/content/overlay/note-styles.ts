/**
 * The layer's styles. They live in its closed shadow root, so the page
 * cannot restyle the card and the card cannot restyle the page. The host's
 * own rules are !important: for important rules the shadow's own sheet
 * beats the page's, so a page cannot hide, blur or move the layer either.
 */
export const NOTE_STYLES = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  filter: none !important;
  transform: none !important;
  clip-path: none !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
}
.layer { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.marker {
  position: absolute;
  top: 0;
  left: 0;
  pointer-events: auto;
  box-sizing: border-box;
  min-width: 16px;
  height: 16px;
  padding: 0 4px;
  border: 0;
  border-radius: 8px;
  background: #8a5200;
  color: #fff;
  font: 700 11px/16px system-ui, -apple-system, 'Segoe UI', sans-serif;
  text-align: center;
  cursor: pointer;
  box-shadow: 0 1px 2px rgba(40, 30, 10, 0.35);
}
.marker:hover, .marker[aria-expanded="true"] { background: #5f3800; }
[popover] {
  position: fixed;
  inset: auto;
  top: 0;
  left: 0;
  margin: 0;
  padding: 0;
  border: 0;
  background: transparent;
  color: inherit;
  overflow: visible;
  pointer-events: auto;
}
.preview {
  box-sizing: border-box;
  max-width: min(420px, calc(100vw - 16px));
  padding: 5px 10px;
  border-radius: 6px;
  background: #2b241b;
  color: #fffaf0;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  pointer-events: none;
  box-shadow: 0 4px 12px rgba(40, 30, 10, 0.3);
}
.preview-more { margin-left: 8px; color: #f0c87a; }
.card-frame { display: flex; flex-direction: column; }
.card-frame:not(:popover-open) { display: none; }
.card {
  box-sizing: border-box;
  width: min(400px, calc(100vw - 16px));
  max-height: 100%;
  min-height: 0;
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
.brand { font-weight: 700; color: #8a5200; text-transform: uppercase; letter-spacing: 0.06em; font-size: 11px; }
.title { flex: 1; color: #5f574c; font-size: 12px; }
.close {
  border: 0; background: none; color: #5f574c; font-size: 20px; line-height: 1;
  cursor: pointer; padding: 0 4px; border-radius: 4px;
}
.close:hover { background: #f3ead9; color: #1f1a14; }
.finding { padding: 10px 14px; color: #4a4238; font-style: italic; border-bottom: 1px solid #efe6d6; }
.finding-speaker { font-style: normal; color: #5f574c; }
.statements { list-style: none; margin: 0; padding: 0; }
.statement { padding: 12px 14px; border-bottom: 1px solid #efe6d6; }
.statement:last-child { border-bottom: 0; }
.tags { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 4px; }
.tag { font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 999px; background: #f3ead9; color: #5a4a2e; }
.stance.contradicts { background: #fbe1dc; color: #8a2416; }
.stance.shifts { background: #fdf0cf; color: #6e4a00; }
.stance.repeats { background: #e0efe3; color: #245c32; }
.tag.from-reading { background: #e3ecf7; color: #1f4a7a; }
.date { font-size: 12px; color: #5f574c; }
.who { margin: 0; font-weight: 650; }
.said { margin: 4px 0; padding-left: 10px; border-left: 3px solid #e6c77d; }
.said .kind { color: #5f574c; font-size: 12px; font-style: italic; }
.verdict { margin: 4px 0 0; font-size: 12px; font-weight: 600; color: #1f1a14; }
.why { margin: 4px 0 0; font-size: 12px; color: #5f574c; }
a { color: #8a5200; }
.source { display: inline-block; margin-top: 4px; font-size: 12px; color: #8a5200; }
p.source { display: block; margin-bottom: 0; }
.feedback { display: flex; gap: 8px; margin-top: 8px; }
.feedback button {
  border: 1px solid #d9ccb4; border-radius: 6px; background: transparent; color: #4a4238;
  font: 12px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; padding: 2px 8px; cursor: pointer;
}
.feedback button:hover { background: #f3ead9; }
.status { margin: 0; padding: 0 14px; font-size: 12px; color: #5f574c; }
.status:not(:empty) { padding: 8px 14px 10px; }
@media (prefers-color-scheme: dark) {
  .card, header { background: #1e1b17; color: #f3ede4; border-color: #3a342c; }
  .finding, .statement, header { border-color: #3a342c; }
  .finding { color: #d8cfc2; }
  .tag { background: #3a342c; color: #f3ede4; }
  .title, .date, .why, .finding-speaker, .close, .status, .said .kind { color: #c2b8a9; }
  .verdict { color: #f3ede4; }
  a, .source, .brand { color: #f0b84a; }
  .feedback button { color: #e6ddd0; border-color: #5a5146; }
  .feedback button:hover, .close:hover { background: #3a342c; color: #f3ede4; }
}
`;
