// Dates of minutes: first YYYY-MM-DD in a file name, else the first date written in the text. Shared by CLI and import.

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ALT = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const ISO_G = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
// "15 January 2025", "15th Jan 2025", "Wednesday 15 January, 2025"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ALT})\\.?,?\\s+(\\d{4})\\b`, 'gi');
// "January 15, 2025"
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
// "15/01/2025" or "15.01.2025": UK order, day first.
const DMY_NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Returns "YYYY-MM-DD" when the parts make a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** True for a well-formed, real "YYYY-MM-DD". */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** The first real YYYY-MM-DD in a file name (directories ignored), or null. */
export function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  ISO_G.lastIndex = 0;
  for (let m = ISO_G.exec(base); m; m = ISO_G.exec(base)) {
    const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  return null;
}

/** The earliest-placed date written in the text (ISO, "15 January 2025", "January 15, 2025", "15/01/2025"), or null. */
export function firstDateInText(text: string): string | null {
  let best: { index: number; date: string } | null = null;
  const consider = (re: RegExp, toDate: (m: RegExpExecArray) => string | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) return;
      const date = toDate(m);
      if (date) {
        best = { index: m.index, date };
        return;
      }
    }
  };
  consider(ISO_G, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  consider(DAY_MONTH_YEAR, (m) => isoDate(Number(m[3]), monthIndex(m[2]), Number(m[1])));
  consider(MONTH_DAY_YEAR, (m) => isoDate(Number(m[3]), monthIndex(m[1]), Number(m[2])));
  consider(DMY_NUMERIC, (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  return (best as { date: string } | null)?.date ?? null;
}

export type DateSource = 'file-name' | 'text' | 'none';

/** The date rule shared by `stats` and the history import: file name first, then text. */
export function detectDate(fileName: string, text?: string): { date: string | null; source: DateSource } {
  const fromName = dateFromFileName(fileName);
  if (fromName) return { date: fromName, source: 'file-name' };
  const fromText = text ? firstDateInText(text) : null;
  if (fromText) return { date: fromText, source: 'text' };
  return { date: null, source: 'none' };
}

