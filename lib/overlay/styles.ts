// Styles of the overlay's shadow root: underline colours per category (none is spell-check red) and the card.
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; overflow: hidden; }
.u { position: fixed; pointer-events: none; box-sizing: border-box; }
/* Blame: amber zigzag (gradients, no images, so page CSP cannot block it). Org-centric: blue dashed. Output-only: purple dotted. */
.u-blame { --c: #c77700; background-image:
  linear-gradient(45deg, transparent 62%, var(--c) 62%, var(--c) 88%, transparent 88%),
  linear-gradient(-45deg, transparent 62%, var(--c) 62%, var(--c) 88%, transparent 88%);
  background-size: 6px 100%; background-repeat: repeat-x; background-position: left bottom; }
.u-org-centric { --c: #1f6feb; border-bottom: 2px dashed var(--c); }
.u-output-only { --c: #8250df; border-bottom: 2.5px dotted var(--c); }
.s-hint { opacity: .55; }
.s-info { opacity: .75; }
.s-warning { opacity: .95; }
.s-error { opacity: 1; }
.u-org-centric.s-error, .u-output-only.s-error { border-bottom-width: 3px; }
/* Partnership language (optional): a faint row of green dots under the words, sparse enough not to read as a line. */
.pm { position: fixed; pointer-events: auto; box-sizing: border-box; cursor: help;
  background-image: radial-gradient(circle at center, rgba(26, 127, 55, .6) 0 1px, transparent 1.4px);
  background-size: 6px 3px; background-repeat: repeat-x; background-position: left center; }
.pm[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .pm { background-image: radial-gradient(circle at center, rgba(87, 171, 90, .7) 0 1px, transparent 1.4px); } }
.hl { position: fixed; pointer-events: none; border-radius: 2px; }
.hl-blame { background: rgba(199, 119, 0, .16); }
.hl-org-centric { background: rgba(31, 111, 235, .14); }
.hl-output-only { background: rgba(130, 80, 223, .14); }
.card { position: fixed; pointer-events: auto; max-width: 360px; min-width: 240px; box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-left: 4px solid var(--c, #57606a); border-radius: 6px;
  box-shadow: 0 8px 24px rgba(31,35,40,.18); padding: 10px 12px; z-index: 1; }
.card[hidden] { display: none; }
.card .head { display: flex; gap: 8px; align-items: baseline; }
.card .match { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.card .cat { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--c); font-weight: 600; }
.card .msg { margin: 4px 0 8px; }
.card .practice { margin: 0 0 8px; padding: 6px 8px; background: #f6f8fa; border-radius: 4px; }
.card .practice b { display: block; font-weight: 600; }
.card .row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.card button { font: inherit; font-size: 12px; cursor: pointer; border-radius: 4px; padding: 3px 8px;
  border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; }
.card button.fix { background: #1f6feb; border-color: #1f6feb; color: #fff; font-weight: 600; }
.card button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.card .tip { margin: 2px 0; color: #57606a; font-style: italic; }
.card .note { margin: 0 0 8px; font-size: 12px; color: #57606a; }
.card .notice { margin-top: 6px; color: #9a3412; }
.card .notice:empty { display: none; }
.toast { position: fixed; right: 16px; bottom: 16px; pointer-events: auto; background: #1f2328; color: #fff;
  font: 13px/1.4 system-ui, sans-serif; padding: 8px 12px; border-radius: 6px; max-width: 360px; }
.toast[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .card { background: #161b22; color: #e6edf3; border-color: #30363d; }
  .card .practice, .card button { background: #21262d; color: #e6edf3; border-color: #30363d; }
  .card .tip { color: #8b949e; }
}
`;
