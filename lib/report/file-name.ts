// File names for downloaded reports: a short, safe slug of the document title plus the date.
export function reportFileName(title: string, date: string, ext: 'md' | 'html'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `review-${slug || 'notes'}-${date}.${ext}`;
}
