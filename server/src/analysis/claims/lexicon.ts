// Word classes the check-worthiness features and reasons use. Lower case, straight apostrophes.
// Each word maps to a bit mask of its classes, so a token costs one look-up.

export const W = {
  /** A superlative adjective or adverb ("largest", "worst"); "latest" is left out on purpose. */
  SUPERLATIVE: 1 << 0,
  /** "most", "least", "fewest": superlative only after "the" ("the most", not "at least"). */
  MOST: 1 << 1,
  /** Comparison words ("more", "than", "higher", "twice"). */
  COMPARATIVE: 1 << 2,
  /** A change over time ("rose", "fell", "doubled", "increase"). */
  TREND: 1 << 3,
  /** A record or first ("record", "unprecedented", "ever"). */
  RECORD: 1 << 4,
  /** A causal connective that needs no partner ("because", "caused", "therefore"). */
  CAUSAL: 1 << 5,
  /** Causal only with a following "to", "in", "of", "by" ("due to", "led to", "resulted in"). */
  CAUSAL_HEAD: 1 << 6,
  /** A forecast ("will", "expected", "projected"). */
  FUTURE: 1 << 7,
  /** Obligation and advice ("should", "must", "need"): opinion, not fact. */
  MODAL: 1 << 8,
  /** Verbs of opinion and wish ("think", "believe", "hope", "want"). */
  OPINION: 1 << 9,
  /** First-person words ("I", "we", "my", "let's"). */
  FIRST_PERSON: 1 << 10,
  /** Second person ("you", "your"). */
  SECOND_PERSON: 1 << 11,
  /** Third-person pronouns ("he", "she", "they"). */
  THIRD_PERSON: 1 << 12,
  /** A past-tense verb or auxiliary ("was", "had", "said", "took"). */
  PAST: 1 << 13,
  /** "has", "have": with a past participle, the present perfect. */
  PERFECT: 1 << 14,
  /** Sweeping words ("never", "always", "every", "nobody"). */
  ABSOLUTE: 1 << 15,
  /** Negation ("not", "no", "don't"). */
  NEGATION: 1 << 16,
  /** Quantity words ("million", "percent", "half", "average"). */
  QUANTITY: 1 << 17,
  /** Conditionals and hedges ("if", "maybe", "perhaps"). */
  HEDGE: 1 << 18,
  /** Courtesy, fillers and stage directions ("thank", "okay", "applause"). */
  FILLER: 1 << 19,
  /** Verbs that open a promotion or instruction ("watch", "click", "subscribe"). */
  PROMO: 1 << 20,
  /** Verbs of saying ("said", "told"): the attribution, not the event. */
  SPEECH: 1 << 23,
  /** Words of law, money and public life that checkable claims are about ("tax", "law", "jobs"). */
  POLICY: 1 << 21,
  /** The sweeping words a fact-checker would test ("never", "always", "nobody"). */
  SWEEPING: 1 << 22,
} as const;

const LISTS: Array<[number, string]> = [
  [W.SUPERLATIVE, `best worst largest biggest highest lowest longest shortest fastest slowest deadliest greatest
    smallest oldest youngest richest poorest strongest weakest safest cheapest hottest coldest wettest driest
    heaviest busiest warmest tallest widest deepest steepest sharpest hardest toughest strictest wealthiest
    healthiest costliest bloodiest largest-ever lightest loudest lowest-paid highest-paid fewest`],
  [W.MOST, 'most least fewest'],
  [W.COMPARATIVE, `more less fewer than higher lower larger smaller bigger greater worse better faster slower
    cheaper richer poorer stronger weaker twice double triple compared versus outnumber outpaced exceed exceeds
    exceeded`],
  [W.TREND, `rose risen rise rises rising fell fallen fall falls falling increased increase increases increasing
    decreased decrease decreases decreasing declined decline declines declining grew grown grow grows growing
    growth shrank shrunk shrinking doubled tripled quadrupled halved soared soaring plunged plunging jumped
    dropped drop drops surged climbed slumped tumbled slashed cut cuts boosted reduced raised lowered gained
    lost skyrocketed`],
  [W.RECORD, 'record unprecedented ever first-ever all-time historic'],
  [W.CAUSAL, `because caused causes causing therefore blamed triggered hence consequently responsible thanks
    prompted`],
  [W.CAUSAL_HEAD, 'due owing led leads lead result resulted results contributed attributable'],
  [W.FUTURE, `will won't shall expected expects expect forecast forecasts predicted predicts projected projects
    likely going`],
  [W.MODAL, `should must ought need needs needed shouldn't mustn't gotta`],
  [W.OPINION, `think thinks thought believe believes feel feels hope hopes want wants wanted wish guess suppose
    agree disagree sure proud love afraid glad happy sorry honestly frankly clearly obviously opinion`],
  [W.FIRST_PERSON, `i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves let's`],
  [W.SECOND_PERSON, `you you're you've you'd you'll your yours yourself`],
  [W.THIRD_PERSON, `he he's she she's they they're they've his her their them him it's`],
  [W.PAST, `was wasn't were weren't had hadn't did didn't been went made took gave got came saw knew lost
    won paid left built sent spent rose fell grew began became brought bought sold held kept ran
    met found thought put set cut hit led fought broke chose drove flew forgot froze hid lay meant rode sang sat
    slept spoke stood stole struck swore taught threw understood woke wore`],
  [W.PERFECT, `has have hasn't haven't 've`],
  [W.ABSOLUTE, `never always every everyone everybody everything all none nobody nothing no-one only entire
    entirely completely totally`],
  [W.NEGATION, `not no never n't don't doesn't didn't isn't aren't wasn't weren't won't can't cannot couldn't
    wouldn't shouldn't haven't hasn't hadn't`],
  [W.QUANTITY, `million millions billion billions trillion trillions thousand thousands hundred hundreds percent
    per-cent percentage dozen dozens half third quarter majority minority average rate rates number numbers
    total amount share tons tonnes miles barrels dollars euros pounds times`],
  [W.SWEEPING, 'never always everyone everybody nobody no-one none'],
  [W.SPEECH, `said says say told tells added stated announced reported asked claimed insisted noted argued
    wrote warned explained according`],
  [W.HEDGE, 'if unless maybe perhaps possibly might may could probably'],
  [W.FILLER, `thank thanks okay ok yes yeah oh hello goodbye applause laughter crosstalk inaudible welcome
    please sir ma'am folks`],
  [W.PROMO, 'watch click subscribe follow sign listen read see tap download join register'],
  [W.POLICY, `tax taxes taxpayers budget deficit debt spending jobs unemployment unemployed wages income
    economy inflation prices law laws bill bills vote voted votes voting congress senate court crime murders
    deaths died killed people percent insurance healthcare medicare medicaid social security immigrants
    immigration border troops war weapons oil energy emissions coal schools students teachers poverty
    billion million trillion gdp trade tariffs deal deals sanctions cases vaccine virus covid pandemic`],
];

export const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [flag, words] of LISTS) {
    for (const w of words.split(/\s+/)) if (w) m.set(w, (m.get(w) ?? 0) | flag);
  }
  return m;
})();

/** Words ending in "ed" that are not past tense (the "-ed" rule skips them). */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'indeed', 'speed', 'seed', 'feed', 'proceed', 'succeed', 'exceed', 'bed', 'red', 'shed', 'breed',
  'greed', 'creed', 'hundred', 'embed', 'deed', 'weed', 'bleed', 'heed', 'sacred', 'naked', 'wicked', 'wretched',
  'kindred', 'rugged', 'ragged', 'jagged', 'crooked', 'beloved', 'learned', 'aged', 'biased', 'based', 'used',
  'supposed', 'concerned', 'interested', 'tired', 'married', 'united', 'limited', 'related', 'advanced',
  'detailed', 'divided', 'talented', 'qualified', 'experienced', 'educated', 'skilled', 'armed', 'red',
]);

