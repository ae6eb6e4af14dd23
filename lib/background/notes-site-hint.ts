// On known notes sites the toolbar button shows a dot, offering to turn checking on (no site access needed).
import { NOTES_HOST_SUFFIXES } from '../content/sites.ts';

/** Chrome's declarativeContent, typed for the two calls used here (absent in Firefox). */
interface DeclarativeContent {
  onPageChanged: {
    removeRules(ids: undefined, done: () => void): void;
    addRules(rules: { conditions: unknown[]; actions: unknown[] }[]): void;
  };
  PageStateMatcher: new (o: { pageUrl: { hostSuffix: string; schemes: string[] } }) => unknown;
  SetIcon: new (o: { imageData: Record<number, ImageData> }) => unknown;
}

/** The toolbar icon with an offer dot: a purple "C" and a green dot in the corner. */
function hintIcon(size: number): ImageData | null {
  if (typeof OffscreenCanvas !== 'function') return null;
  const ctx = new OffscreenCanvas(size, size).getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#8250df';
  ctx.beginPath();
  ctx.roundRect(0, 0, size, size, size / 5);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${Math.round(size * 0.7)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('C', size * 0.45, size * 0.55);
  ctx.fillStyle = '#1a7f37';
  ctx.beginPath();
  ctx.arc(size * 0.78, size * 0.22, size * 0.2, 0, Math.PI * 2);
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

export function registerNotesSiteHint(): void {
  const dc = (globalThis as unknown as { chrome?: { declarativeContent?: DeclarativeContent } }).chrome?.declarativeContent;
  if (!dc) return;
  const small = hintIcon(16);
  const large = hintIcon(32);
  if (!small || !large) return;
  dc.onPageChanged.removeRules(undefined, () => {
    dc.onPageChanged.addRules([
      {
        conditions: NOTES_HOST_SUFFIXES.map((hostSuffix) => new dc.PageStateMatcher({ pageUrl: { hostSuffix, schemes: ['https'] } })),
        actions: [new dc.SetIcon({ imageData: { 16: small, 32: large } })],
      },
    ]);
  });
}
