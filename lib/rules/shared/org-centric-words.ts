// Word classes shared by the org-centric rules: organisation nouns, owners, apostrophes (regex source fragments).

/** A straight or curly apostrophe. */
export const AP = "['’]";

/** Nouns that name an organisation, sector, service or team (lower-case, regex alternation). */
export const ORG_NOUN =
  '(?:council|local authority|authority|trust|icb|ics|ccg|pcn|practice|practices|surgery|hospital|acute|acute trust|federation|hospice|charity|provider|providers|nhs|social care|primary care|secondary care|community services|mental health trust|ambulance service|housing association|department|directorate|team|squad|service|services|organisation|school|academy|board|agency|agencies|gps?|partner|partners)';

/** Owners that point at one organisation: our, its, my, the trust's, our own, the council's own … */
/** "the council's", "the mental health trust's": a short noun phrase in the possessive, not spanning a clause. */
export const THE_ORG = `the (?:(?!(?:the|is|are|was|were|and|or|that|said|says)\\b)[\\w-]+ ){0,3}[\\w-]+${AP}s?`;

export const OWNER = `(?:our|its|my|${THE_ORG})(?: own)?`;

/** Organisational assets: money, standing, targets and kit an organisation may guard. */
export const ASSET =
  '(?:performance|budgets?|finances|financial position|position|targets?|numbers|figures|bed base|beds|income|reputation|brand|interests|recovery|activity|waiting lists?|priorities|bottom line|allocation|funding|money|surplus|underspend|reserves|sprint|backlog|kpis?|ratings?|standing|image|name|patch|turf|share|corner|contract|pot|league table position|elective \\w+|points|qof points|metrics|results|scores|stats|statistics|accounts|books|margins?|list size|market share|headcount|league table)';

/** People an organisation may call "its own" or "theirs" (us-versus-them about people). */
export const PEOPLE = '(?:patients|residents|people|clients|service users|pupils|families|tenants|population|list|caseload|users|customers)';

/** Neutralisers: the sentence argues against the framing or is a question about it. */
export const REJECTS =
  /\b(?:whether|rather than (?:protect|keep|put|guard)|instead of|avoid(?:ing)?|resist(?:ing)?|moved? away from|no longer|getting in the way|got in the way|challenged|pushed back on|warned against|not tilting|should not be about|isn['’]t about|is not about)\b/;

/** Apostrophes for use inside a character class. */
export const APC = "'’";
