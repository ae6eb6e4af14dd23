// Word classes shared by the org-centric rules: organisation nouns, owners, apostrophes (regex source fragments).

/** A straight or curly apostrophe. */
export const AP = "['’]";

/** Nouns that name an organisation, sector, service or team (lower-case, regex alternation). */
export const ORG_NOUN =
  (
    '(?:council|local authority|authority|trust|icb|ics|ccg|pcn|practice|practices|surgery|hospital|acute|acute trust|' +
    'federation|hospice|charity|provider|providers|nhs|social care|primary care|secondary care|community services|mental health trust|' +
    'ambulance service|housing association|department|directorate|team|squad|service|services|organisation|school|academy|' +
    'board|agency|agencies|gps?|partner|partners)'
  );

/** Owners that point at one organisation: our, its, my, the trust's, our own, the council's own … */
/** "the council's", "the mental health trust's": a short noun phrase in the possessive, not spanning a clause. */
export const THE_ORG = `the (?:(?!(?:the|is|are|was|were|and|or|that|said|says)\\b)[\\w-]+ ){0,3}[\\w-]+${AP}s?`;

export const OWNER = `(?:our|its|my|${THE_ORG})(?: own)?`;

/** Organisational assets: money, standing, targets and kit an organisation may guard. */
export const ASSET =
  (
    '(?:performance|budgets?|finances|financial position|position|targets?|numbers|figures|bed base|beds|income|reputation|' +
    'brand|interests|recovery|activity|waiting lists?|priorities|bottom line|allocation|funding|money|surplus|underspend|' +
    'reserves|sprint|backlog|kpis?|ratings?|standing|image|name|patch|turf|share|corner|contract|pot|league table position|' +
    'elective \\w+|points|qof points|metrics|results|scores|stats|statistics|accounts|books|margins?|list size|market share|' +
    'headcount|league table)'
  );

/** People an organisation may call "its own" or "theirs" (us-versus-them about people). */
export const PEOPLE = '(?:patients|residents|people|clients|service users|pupils|families|tenants|population|list|caseload|users|customers)';

/** Neutralisers: the sentence argues against the framing or is a question about it. */
export const REJECTS =
  new RegExp(
    String.raw`\b(?:whether|rather than (?:protect|keep|put|guard)|instead of|avoid(?:ing)?|resist(?:ing)?|moved? away from|no longer|` +
    String.raw`getting in the way|got in the way|challenged|pushed back on|warned against|not tilting|should not be about|isn['’]t about|` +
    String.raw`is not about)\b`,
    '',
  );

/** Apostrophes for use inside a character class. */
export const APC = "'’";

/** A refusal to take something on, anywhere in a sentence: "leave us out of it", "we're not touching it", "enough on our plate". */
export const REFUSE_CUE = new RegExp(
  [
    `\\b(?:leav(?:e|ing)|keep(?:ing)?) (?:us|me|our [\\w-]+|the [\\w-]+(?: [\\w-]+)?|primary care|social care|acute|[\\w-]+) out of (?:it|this|that)\\b`,
    `\\benough on (?:our|my|their|its|his|her) plates?\\b`,
    `\\b(?:our|my) own (?:fires|problems|work|pressures|issues|priorities|battles|backlog|mess|patients|list) to\\b`,
    (
      `(?:\\bnot|n${AP}t|\\bnever)(?: really)? (?:be )?(?:going to )?(?:touch|touching|pick(?:ing)? (?:it|that|this|them) up|` +
      `pick(?:ing)? up|tak(?:e|ing) (?:it |that |this |them )?on|get(?:ting)? (?:involved|drawn in|dragged in|sucked in|` +
      `drawn into|dragged into)|step(?:ping)? in|fund(?:ing)?|pay(?:ing)? for|pay(?:ing)?|contribut(?:e|ing)|help(?:ing)? (?:out|` +
      `with (?:it|that|this|them))|chas(?:e|ing)|deal(?:ing)? with|cover(?:ing)?|own(?:ing)?|absorb(?:ing)?|handl(?:e|` +
      `ing)|sort(?:ing)? (?:it|that|this|them|out)|fix(?:ing)?|do(?:ing)? (?:it|that|this|anything))\\b`
    ),
    `\\bstay(?:ing)? out of (?:it|this|that)\\b`,
    // "the council can stay out", "health can butt out": a modal keeps another sector away (not "keep out of the way").
    `\\b(?:can|should|must|will|could|ought to|needs? to|had better|may|might) (?:just |simply |now |well )?(?:stay|keep|butt) (?:well )?out\\b(?! of (?!(?:it|this|that)\\b))`,
    `\\b(?:push|pass|dump|offload|shunt|load)(?:ing|ed|es|s)? (?:it|them|this|that|work|patients|the work|the problem) (?:onto|on to) `,
    `\\b(?:we|i)(?:${AP}re| are| am|${AP}m) (?:already |stretched |busy )?(?:stretched|at capacity|too busy|busy enough|stretched enough)\\b`,
    `\\bnot (?:our|my) (?:problem|job|concern|business|responsibility|lookout)\\b`,
    `\\bnothing to do with (?:us|me)\\b`,
  ].join('|'),
  'i',
);

/** "…, not us." / "…, not for teachers." / "…, not the NHS.": a closing contrast that hands the thing away. */
export const NOT_US_TAIL = new RegExp((
  `(?:,|;|—|–| -| and) not (?!(?:just|only|simply|merely|solely|purely|least|yet)\\b)(?:for |with )?(?:us|ours|me|` +
  `mine|(?:the )?[\\w${APC}-]+(?: [\\w${APC}-]+)?)\\s*(?:[.;!,)]|$)`
), 'i');

/** Governance bodies and shared owners: a matter "for the June board" or "for all partners" routes work, it does not refuse it. */
export const ROUTED_TO =
  new RegExp(
    String.raw`\b(?:board|committee|group|panel|meeting|forum|chair|coroner|court|ombudsman|partnership|all partners|everyone|` +
    String.raw`everybody|whole|residents|patients|families|people|community(?! (?:trust|services?|teams?|health|pharmacy|providers?|` +
    String.raw`sector|hospitals?|nurses|matrons?))|members|agenda|review|workshop|sub-?group|steering|june|july|march|april|may|` +
    String.raw`next)\b`,
    'i',
  );

/** Heads that make a phrase name an organisation, sector or other team. */
export const ORGISH = new RegExp((
  `\\b(?:${ORG_NOUN.slice(3, -1)}|commissioners?|count(?:y|ies)|boroughs?|districts?|city|region|parish|head office|` +
  `hq|corporate centre|centre|landlords?|employers?|insurers?|contractors?|suppliers?|vendors?|camhs|highways|estates|` +
  `facilities|housing|social services|(?:environmental|public|mental) health|health|education|police|probation|fire service|` +
  `dwp|jobcentre|(?:district |practice |school |community )?nurses|health visitors|social workers|teachers|pharmacists|` +
  `therapists|paramedics|gps|consultants|doctors|children${AP}s services|nhs|nhs england|them|someone else|somebody else|` +
  `the other side|[\\w-]+ (?:sector|side|department|desk|function|unit|directorate|division|office|squad|crew|ward|` +
  `wing))\\b`
), 'i');

/** Exclusivity that a contract, law or national rule sets: a fact to record, not a choice to put oneself first. */
export const LEGITIMATE_BASIS =
  new RegExp(
    String.raw`\b(?:as set out in|under the (?:contract|terms|national|statutory)|in the contract|in line with (?:the )?(?:contract|` +
    String.raw`national|statutory|guidance|regulations)|national rules|by law|statutory (?:duty|requirement)|regulations? (?:require|` +
    String.raw`say)|as commissioned|licen[cs]e terms)\b`,
    '',
  );
