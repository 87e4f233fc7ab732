// Word lists for figures, built once as Maps and Sets. Keys are lower case.

/** Cardinal number words below a hundred. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply what precedes them ("19 million", "4.5 bln"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['mn', 1e6], ['bln', 1e9], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12], ['trln', 1e12],
  ['lakh', 1e5], ['crore', 1e7],
]);

/** Suffixes glued to digits: "300m", "4.5bn", "5k". */
export const NUMERAL_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
]);

/** Plural counts with no single value ("dozens", "hundreds of"): approximate, value null. */
export const VAGUE_PLURALS: ReadonlySet<string> = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions',
]);

/** Determiners that make a following multiplier vague ("a few hundred", "several thousand"). */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['few', 'several', 'many', 'couple']);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

/** Denominators of fractions, singular and plural ("a fifth", "two-thirds"). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10], ['hundredth', 100], ['hundredths', 100],
]);

/** Units of time, singular and plural, to their canonical singular. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'],
  ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'], ['mins', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['day', 'day'], ['days', 'day'], ['night', 'night'], ['nights', 'night'],
  ['week', 'week'], ['weeks', 'week'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
  ['yr', 'year'], ['yrs', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'], ['millennium', 'millennium'],
  ['millennia', 'millennium'],
]);

/** Plural time units that make a vague duration on their own ("for decades"). */
export const VAGUE_TIME_PLURALS: ReadonlySet<string> = new Set([
  'decades', 'years', 'months', 'weeks', 'days', 'hours', 'centuries', 'minutes',
]);

/** Words before a bare plural time unit that make it a duration ("for decades"). */
export const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'over', 'within', 'in']);

/** Units of measure to their canonical name (QUANTITY). */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kms', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'],
  ['kilometers', 'km'], ['m', 'meter'], ['metre', 'meter'], ['metres', 'meter'],
  ['meter', 'meter'], ['meters', 'meter'], ['cm', 'cm'], ['centimetres', 'cm'],
  ['centimeters', 'cm'], ['mm', 'mm'], ['millimetres', 'mm'], ['millimeters', 'mm'],
  ['mile', 'mile'], ['miles', 'mile'], ['foot', 'foot'], ['feet', 'foot'], ['ft', 'foot'],
  ['inch', 'inch'], ['inches', 'inch'], ['yard', 'yard'], ['yards', 'yard'],
  ['kg', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilogramme', 'kg'],
  ['kilogrammes', 'kg'], ['gram', 'g'], ['grams', 'g'], ['g', 'g'], ['tonne', 'tonne'],
  ['tonnes', 'tonne'], ['ton', 'ton'], ['tons', 'ton'],
  // Emissions and harvests: "37.4 gigatonnes", "412 MtCO2e", "180 bushels", "11.3 t/ha".
  ['gigatonne', 'Gt'], ['gigatonnes', 'Gt'], ['gigaton', 'Gt'], ['gigatons', 'Gt'], ['megatonne', 'Mt'], ['megatonnes', 'Mt'],
  ['megaton', 'Mt'], ['megatons', 'Mt'], ['mtco2e', 'MtCO2e'], ['gtco2e', 'GtCO2e'], ['bushel', 'bushel'], ['bushels', 'bushel'], ['t/ha', 't/ha'], ['lb', 'pound'], ['lbs', 'pound'],
  ['ounce', 'ounce'], ['ounces', 'ounce'], ['oz', 'ounce'],
  ['mg', 'mg'], ['milligram', 'mg'], ['milligrams', 'mg'], ['microgram', 'µg'], ['micrograms', 'µg'],
  ['µg', 'µg'], ['mcg', 'µg'], ['ppm', 'ppm'], ['ppb', 'ppb'],
  ['litre', 'liter'], ['litres', 'liter'], ['liter', 'liter'], ['liters', 'liter'],
  ['gallon', 'gallon'], ['gallons', 'gallon'], ['barrel', 'barrel'], ['barrels', 'barrel'],
  ['bpd', 'barrel per day'], ['b/d', 'barrel per day'], ['mb/d', 'million barrels per day'], ['mbpd', 'million barrels per day'], ['boe/d', 'boe per day'], ['boepd', 'boe per day'],
  ['boe', 'boe'], ['mcf/d', 'mcf per day'], ['mmcf/d', 'mmcf per day'], ['hectare', 'hectare'], ['hectares', 'hectare'], ['ha', 'hectare'],
  ['acre', 'acre'], ['acres', 'acre'], ['degree', 'degree'], ['degrees', 'degree'],
  ['mph', 'mph'], ['mm/h', 'mm/h'], ['mm/hr', 'mm/h'], ['km/h', 'km/h'], ['kph', 'km/h'], ['knots', 'knot'], ['km/s', 'km/s'], ['m/s', 'm/s'],
  ['light-year', 'light-year'], ['light-years', 'light-year'],
  ['watt', 'W'], ['watts', 'W'], ['kilowatt', 'kW'], ['kilowatts', 'kW'], ['megawatt', 'MW'], ['megawatts', 'MW'],
  ['gigawatt', 'GW'], ['gigawatts', 'GW'], ['terawatt', 'TW'], ['terawatts', 'TW'],
  ['kilowatt-hour', 'kWh'], ['kilowatt-hours', 'kWh'], ['megawatt-hour', 'MWh'], ['megawatt-hours', 'MWh'],
  ['gigawatt-hour', 'GWh'], ['gigawatt-hours', 'GWh'], ['terawatt-hour', 'TWh'], ['terawatt-hours', 'TWh'],
  ['mw', 'MW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'],
  ['twh', 'TWh'], ['bcm', 'bcm'], ['calories', 'calorie'], ['bytes', 'byte'],
  ['gigabytes', 'GB'], ['terabytes', 'TB'], ['gb', 'GB'], ['tb', 'TB'], ['megabytes', 'MB'], ['petabytes', 'PB'],
  // Data and its speed: "100 megabits per second", "50 Mbps", "614GB/s" ("Gb/s" in bits: numerals.ts).
  ['kilobytes', 'kB'], ['megabit', 'Mbit'], ['megabits', 'Mbit'], ['gigabit', 'Gbit'], ['gigabits', 'Gbit'], ['kilobits', 'kbit'],
  ['terabits', 'Tbit'], ['mbps', 'Mbit/s'], ['gbps', 'Gbit/s'], ['kbps', 'kbit/s'], ['mb/s', 'MB/s'], ['gb/s', 'GB/s'], ['tb/s', 'TB/s'],
  ['hz', 'Hz'], ['hertz', 'Hz'], ['khz', 'kHz'], ['mhz', 'MHz'], ['megahertz', 'MHz'], ['ghz', 'GHz'], ['gigahertz', 'GHz'],
  ['mtpa', 'Mtpa'], ['teu', 'TEU'], ['teus', 'TEU'], ['dwt', 'dwt'],
  // Concentrations in blood, water and air ("172 nmol/L", "240 mg/dL", "310 µg/m3").
  ['mg/dl', 'mg/dL'], ['g/dl', 'g/dL'], ['mmol/l', 'mmol/L'], ['nmol/l', 'nmol/L'], ['µmol/l', 'µmol/L'], ['umol/l', 'µmol/L'],
  ['mg/l', 'mg/L'], ['ng/ml', 'ng/mL'], ['µg/m3', 'µg/m³'], ['µg/m³', 'µg/m³'], ['ug/m3', 'µg/m³'], ['mcg/m3', 'µg/m³'],
  ['mmhg', 'mmHg'], ['nm', 'nm'], ['nanometre', 'nm'], ['nanometres', 'nm'], ['nanometer', 'nm'], ['nanometers', 'nm'],
]);

/** Words that make a following unit an area or volume ("square kilometres"). */
export const MEASURE_PREFIXES: ReadonlySet<string> = new Set(['square', 'sq', 'cubic', 'cu', 'nautical']);

export {
  CENT_SIGN_PREFIXES, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, GLUED_ONLY_CURRENCIES, LETTER_CURRENCIES, POUND_PREFIXES,
} from '../currencies';

/** Currency words after a number. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'],
  ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rbl', 'RUB'], ['rbls', 'RUB'], ['franc', 'CHF'], ['francs', 'CHF'],
  ['peso', 'peso'], ['pesos', 'peso'], ['tenge', 'KZT'], ['lira', 'TRY'], ['liras', 'TRY'],
  ['rand', 'ZAR'], ['real', 'BRL'], ['reais', 'BRL'], ['rupiah', 'IDR'], ['ringgit', 'MYR'],
  ['baht', 'THB'], ['dinar', 'dinar'], ['dinars', 'dinar'], ['riyal', 'SAR'], ['riyals', 'SAR'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['kronor', 'SEK'], ['kroner', 'crown'], ['naira', 'NGN'],
  ['shillings', 'shilling'], ['cents', 'cent'], ['cent', 'cent'], ['pence', 'penny'], ['paise', 'paisa'], ['paisa', 'paisa'],
  ['schillings', 'ATS'], ['marks', 'DEM'], ['guilders', 'NLG'], ['pesetas', 'ESP'], ['lire', 'ITL'],
  ['escudos', 'PTE'], ['drachmas', 'GRD'], ['forints', 'HUF'], ['forint', 'HUF'], ['korunas', 'CZK'],
  ['crowns', 'crown'], ['levs', 'BGN'], ['leva', 'BGN'], ['lei', 'RON'], ['kwacha', 'ZMW'],
  ['cedis', 'GHS'], ['birr', 'ETB'], ['taka', 'BDT'], ['dong', 'VND'], ['som', 'KGS'],
]);

/** Adjectives that may stand between a number and a currency word ("U.S. dollars"). */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['u.s.', 'USD'], ['us', 'USD'], ['american', 'USD'], ['canadian', 'CAD'],
  ['australian', 'AUD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['swiss', 'CHF'],
  ['mexican', 'MXN'], ['philippine', 'PHP'], ['argentine', 'ARS'], ['egyptian', 'EGP'],
  ['swedish', 'SEK'], ['norwegian', 'NOK'], ['danish', 'DKK'], ['czech', 'CZK'],
  ['indian', 'INR'], ['pakistani', 'PKR'], ['chinese', 'CNY'], ['japanese', 'JPY'],
  ['russian', 'RUB'], ['turkish', 'TRY'], ['south', ''], ['new', ''], ['hong', ''], ['kong', 'HKD'],
]);


/** Words after a number that make it a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'per-cent', 'percentage']);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11],
  ['december', 12],
]);

/** Abbreviated months, with or without their period: only taken before a day or year. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['jan.', 1], ['feb', 2], ['feb.', 2], ['mar', 3], ['mar.', 3], ['apr', 4],
  ['apr.', 4], ['jun', 6], ['jun.', 6], ['jul', 7], ['jul.', 7], ['aug', 8], ['aug.', 8],
  ['sep', 9], ['sep.', 9], ['sept', 9], ['sept.', 9], ['oct', 10], ['oct.', 10], ['nov', 11],
  ['nov.', 11], ['dec', 12], ['dec.', 12],
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Parts of the day that extend a weekday ("Friday morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set([
  'morning', 'afternoon', 'evening', 'night', 'overnight', 'midday', 'lunchtime',
]);

export const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** Deictic words that make a date out of a calendar unit ("last year", "next week"). */
export const DEICTICS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past', 'coming']);

/** Calendar units that take a deictic ("last year"). */
export const CALENDAR_UNITS: ReadonlySet<string> = new Set([
  'week', 'weekend', 'month', 'year', 'decade', 'century', 'quarter',
]);

/** Date words complete on their own. */
export const DATE_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow']);

/** Time words complete on their own. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['noon', 'midnight', 'midday', 'tonight']);

/** Modifiers before a month or year that belong to the date ("early 2019", "late March"). */
export const DATE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);

/** Words after a number of time units that make a point in time ("three years ago"). */
export const AGO_WORDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later']);

/** Words after a clock reading ("10 a.m.", "1030 GMT"). */
export const CLOCK_SUFFIXES: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'et', 'est', 'edt', 'bst', 'cet',
  'cest', 'pt', 'pst', 'pdt', 'ct', 'cst', 'msk', 'ist', "o'clock", 'o’clock', 'hrs',
]);

/** Prepositions that point to a year before a bare four-digit number ("in 2019"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'between',
  'through', 'to', 'and', 'early', 'late', 'mid', 'fiscal', 'the', 'in', 'year', 'around',
  'circa', 'about', 'season', 'summer', 'spring', 'autumn', 'winter', 'fall', ',', 'for',
]);

/** Nouns after a bare four-digit number that show it counts things ("1500 people"). */
/** Parts of a period joined to a month or a year ("mid-March", "end-2027", "early-2026"). */
export const PART_OF_PERIOD: ReadonlySet<string> = new Set(['mid', 'early', 'late', 'end', 'start']);

export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'troops', 'soldiers', 'workers', 'jobs', 'homes',
  'houses', 'cases', 'deaths', 'members', 'votes', 'units', 'employees', 'students',
  'grandchildren', 'great-grandchildren', 'cattle', 'sheep', 'fish', 'aircraft', 'personnel',
]);

/** Words before "one" that make it a pronoun ("no one", "the one"). */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'which', 'any', 'every', 'each', 'some', 'someone', 'another',
  'a', 'only', 'little', 'new', 'old', 'last', 'first', 'next', 'other',
]);

/** Words after "one" that make it a pronoun or an idiom ("one another", "one day"). */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(['another', 'day', 'way', 'by', 'bit', 'iota', 'jot']);

/** Counted things after an age ("45 years old"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);

/** Possessives in "in his 60s". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);

/** Nouns for people that take an age in apposition ("her son, 7,"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'boy', 'girl',
  'man', 'woman', 'child', 'baby', 'grandmother', 'grandfather', 'widow', 'partner', 'friend',
]);

/** Third-person verbs that end in "s" and follow a bare count ("70 was", "the 18 says"). */
export const VERBS_IN_S: ReadonlySet<string> = new Set([
  'was', 'has', 'is', 'does', 'says', 'remains', 'seems', 'looks', 'makes', 'goes', 'gets', 'comes',
  'takes', 'means', 'shows', 'stands', 'lies', 'needs', 'plus', 'less', 'versus', 'across', 'this',
  'thus', 'its', 'his', 'hers', 'yes', 'as', 'us', 'towards',
]);

/**
 * Verbs that move a figure ("fell $1.12 to $72.05"): after one, "X to Y" is the change and the
 * new level, not a range. Past tense and participles, as news writes them.
 */
export const MOVEMENT_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'fell', 'fallen', 'climbed', 'dropped', 'declined', 'gained', 'lost', 'slipped',
  'jumped', 'edged', 'added', 'shed', 'increased', 'decreased', 'grew', 'grown', 'shrank', 'shrunk',
  'slid', 'sank', 'sunk', 'surged', 'soared', 'plunged', 'tumbled', 'rallied', 'eased', 'dipped',
  'advanced', 'retreated', 'cut', 'raised', 'lowered', 'reduced', 'trimmed', 'slashed', 'hiked',
  'lifted', 'boosted', 'widened', 'narrowed', 'firmed', 'weakened', 'strengthened', 'inched', 'ticked',
]);
