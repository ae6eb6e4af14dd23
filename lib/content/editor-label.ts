// A name people can read for an editor on the page ("Minutes", "Actions"), so the panel can say where a row belongs.

const MAX = 40;

function clean(text: string | null | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > MAX ? `${t.slice(0, MAX - 1)}…` : t;
}

/**
 * The editor's accessible name as the page gives it (aria-label, aria-labelledby, a <label>, title, placeholder),
 * else its kind and its number among the editors checked on the page ("Text box 2").
 */
export function editorLabel(el: HTMLElement, n: number): string {
  const doc = el.ownerDocument;
  const byIds = el
    .getAttribute('aria-labelledby')
    ?.split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ');
  const labelled = (el as HTMLTextAreaElement).labels?.[0]?.textContent;
  const named =
    clean(el.getAttribute('aria-label')) ||
    clean(byIds) ||
    clean(labelled) ||
    clean(el.getAttribute('title')) ||
    clean(el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder'));
  if (named) return named;
  return `${el.localName === 'textarea' ? 'Text box' : 'Editor'} ${n}`;
}
