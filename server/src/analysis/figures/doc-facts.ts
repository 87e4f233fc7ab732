// Facts about the whole article that decide how a figure is read, each worked out once, the first
// time a figure needs it (most articles never ask):
//   - which dollar a bare "$" is: the Canadian dollar in Canadian copy ("OTTAWA --", "(CP)",
//     "The Canadian Press", "$600-million" beside "province"), the Australian dollar in
//     Australian copy ("SYDNEY (AAP) -", or an article whose institutions are Australian: the
//     RBA, the ASX), the New Zealand dollar in New Zealand's, Singapore's in Singapore's papers, the US
//     dollar otherwise;
//   - whether "pounds" is money: only with sterling in sight, otherwise a weight in copy that
//     has no British money or places in it;
//   - which rupee a bare "Rs" is, and whether "P45" and "N800" are pesos and naira.
import type { Segmentation } from '../types';

/** Canadian places that open a dateline, upper case. */
const CANADIAN_PLACES: ReadonlySet<string> = new Set([
  'OTTAWA', 'TORONTO', 'MONTREAL', 'MONTRÉAL', 'VANCOUVER', 'CALGARY', 'EDMONTON', 'WINNIPEG', 'HALIFAX',
  'REGINA', 'SASKATOON', 'QUEBEC CITY', 'QUÉBEC CITY', 'QUEBEC', 'VICTORIA', "ST. JOHN'S", 'ST. JOHN’S',
  'FREDERICTON', 'CHARLOTTETOWN', 'WHITEHORSE', 'YELLOWKNIFE', 'IQALUIT', 'HAMILTON', 'KITCHENER',
  'MONCTON', 'SUDBURY', 'THUNDER BAY', 'KELOWNA', 'KAMLOOPS', 'NANAIMO', 'SURREY', 'BURNABY',
  'MISSISSAUGA', 'BRAMPTON', 'GATINEAU', 'SHERBROOKE', 'LAVAL', 'LETHBRIDGE', 'RED DEER', 'ST. CATHARINES',
  'OSHAWA', 'BARRIE', 'GUELPH', 'PETERBOROUGH', 'BRANDON', 'PRINCE GEORGE', 'FORT MCMURRAY', 'SAINT JOHN',
]);

/** Provinces and territories after a dateline place ("HALIFAX, N.S."). */
const CANADIAN_REGIONS: ReadonlySet<string> = new Set([
  'Ont.', 'Que.', 'B.C.', 'Alta.', 'Man.', 'Sask.', 'N.S.', 'N.B.', 'N.L.', 'P.E.I.', 'Nfld.', 'Y.T.', 'N.W.T.',
  'Nunavut', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'New Brunswick', 'Newfoundland', 'Prince Edward Island', 'Yukon', 'Canada',
  // Postal abbreviations, as press releases write them ("HALIFAX, NS", "CALGARY, AB").
  'ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'PEI', 'YT', 'NT', 'NU',
]);

/** Agencies that write the Canadian dollar as "C$", so their bare "$" is the US dollar. */
const C_DOLLAR_AGENCIES: ReadonlySet<string> = new Set(['reuters', 'ap', 'afp', 'bloomberg', 'upi', 'dpa']);

/** Canadian outlets and agencies named in credits and sign-offs. */
const CANADIAN_OUTLETS = /\b(?:The Canadian Press|Canadian Press|Globe and Mail|Postmedia|National Post|Toronto Star|CBC News|CTV News)\b/;

/** Canadian words in the text, counted when the copy writes "$600-million". */
const CANADIAN_WORDS = /\b(?:Canada|Canadian|Canadians|Ottawa|province|provincial|provinces|premier|Ontario|Quebec|Alberta|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|Newfoundland|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|TSX|Bay Street|Bank of Canada)\b/g;

/**
 * A country whose papers write their own dollar as a bare "$": the places of its datelines, its
 * agencies, its outlets in credits, and names only its copy is full of (central bank, exchange,
 * statistics office, regions, capital). Two different such names, with the country named, make an
 * undated page that country's copy.
 */
interface HomeDollar {
  code: string;
  places: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  outlets: RegExp;
  country: RegExp;
  words: RegExp;
}

const HOME_DOLLARS: readonly HomeDollar[] = [
  {
    code: 'AUD',
    places: new Set([
      'SYDNEY', 'MELBOURNE', 'CANBERRA', 'BRISBANE', 'PERTH', 'ADELAIDE', 'HOBART', 'DARWIN', 'GOLD COAST',
      'NEWCASTLE', 'WOLLONGONG', 'GEELONG', 'TOWNSVILLE', 'CAIRNS', 'LAUNCESTON', 'ALICE SPRINGS',
    ]),
    agencies: new Set(['aap', 'australian associated press']),
    // "ABC News" alone is also American.
    outlets: /\b(?:Australian Associated Press|AAP|Sydney Morning Herald|The Age|The Australian|ABC News Australia|news\.com\.au|SBS News|Australian Financial Review|AFR)\b/,
    country: /\bAustralia/,
    words: /\b(?:RBA|Reserve Bank of Australia|ASX|Australian Bureau of Statistics|ABS|Canberra|New South Wales|NSW|Queensland|Tasmania|South Australia|Western Australia|Northern Territory|Centrelink|Medicare levy|Commonwealth Bank|Westpac|ANZ|NAB|Albanese|Dutton)\b/g,
  },
  {
    code: 'NZD',
    places: new Set(['AUCKLAND', 'WELLINGTON', 'CHRISTCHURCH', 'HAMILTON', 'DUNEDIN', 'TAURANGA', 'NAPIER', 'NELSON', 'QUEENSTOWN']),
    agencies: new Set(['nzpa', 'rnz']),
    outlets: /\b(?:RNZ|Radio New Zealand|NZ Herald|New Zealand Herald|Stuff|1News|Newsroom NZ|The Post|Otago Daily Times)\b/,
    country: /\bNew Zealand/,
    words: /\b(?:RBNZ|Reserve Bank of New Zealand|NZX|Stats NZ|Statistics New Zealand|Wellington|Auckland|Christchurch|Beehive|Kiwis?|Te Whatu Ora|Waitangi|Luxon|Hipkins)\b/g,
  },
  {
    // The Straits Times and CNA write Singapore's dollar as a bare "$" ("SINGAPORE -").
    code: 'SGD',
    places: new Set(['SINGAPORE']),
    agencies: new Set(['cna']),
    outlets: /\b(?:The Straits Times|Straits Times|CNA|Channel NewsAsia|The Business Times|Lianhe Zaobao|Mothership)\b/,
    country: /\bSingapore/,
    words: /\b(?:MAS|Monetary Authority of Singapore|SGX|Singapore Exchange|HDB|Housing Board|CPF|Central Provident Fund|Changi|Jurong|Tampines|Punggol|Sentosa|Temasek|GIC|Straits Times Index|Singaporeans?|People's Action Party|Lawrence Wong|Istana)\b/g,
  },
];

/** The United States in the text: an article about Australia written for Americans keeps its "$" American. */
const AMERICAN_WORDS = /\b(?:U\.S\.|United States|American|Americans|Washington|Federal Reserve|Wall Street|Congress|White House)\b/g;

/** Sterling in sight: the pound sign, "sterling", "pence", British places and institutions. */
const STERLING_SIGNS = /£|\b(?:sterling|pence|Bank of England|Britain|British|U\.K\.|UK|(?<!New )England|Scotland|Wales|London|Londoner|Northern Ireland)\b/;

/** Countries whose papers write "Rs" and "rupees" for their own rupee: their datelines and words. */
const RUPEE_HOMES: ReadonlyArray<{ code: string; places: ReadonlySet<string>; words: RegExp }> = [
  {
    code: 'PKR',
    places: new Set(['KARACHI', 'LAHORE', 'ISLAMABAD', 'PESHAWAR', 'QUETTA', 'RAWALPINDI', 'FAISALABAD', 'MULTAN']),
    words: /\b(?:Pakistan|Pakistani|Karachi|Lahore|Islamabad|Peshawar|Quetta|Rawalpindi|SBP|PSX|KSE-100)\b/g,
  },
  { code: 'LKR', places: new Set(['COLOMBO', 'KANDY', 'GALLE', 'JAFFNA']), words: /\b(?:Sri Lanka|Sri Lankan|Colombo|Kandy|CBSL)\b/g },
  { code: 'NPR', places: new Set(['KATHMANDU', 'POKHARA', 'LALITPUR']), words: /\b(?:Nepal|Nepali|Nepalese|Kathmandu)\b/g },
];

/**
 * Countries whose papers write their own money as a letter against every sum, small ones too: the
 * Philippines' "P45" (elsewhere "P" needs a multiplier: a grade, a form) and Nigeria's "N800"
 * (elsewhere "N" needs a decimal or grouping: "N95"). Their datelines, outlets, names and words.
 */
const LETTER_MONEY_HOMES: ReadonlyArray<{ code: string; places: ReadonlySet<string>; outlets: RegExp; country: RegExp; words: RegExp }> = [
  {
    code: 'PHP',
    places: new Set([
      'MANILA', 'QUEZON CITY', 'MAKATI', 'MAKATI CITY', 'PASIG', 'PASIG CITY', 'TAGUIG', 'CEBU', 'CEBU CITY', 'DAVAO', 'DAVAO CITY',
      'BAGUIO', 'BAGUIO CITY', 'ILOILO', 'ILOILO CITY', 'ZAMBOANGA', 'ZAMBOANGA CITY', 'CAGAYAN DE ORO', 'LEGAZPI', 'TACLOBAN',
    ]),
    outlets: /\b(?:Inquirer|Philstar|Philippine Star|Manila Bulletin|Manila Times|BusinessWorld|Rappler|GMA News|ABS-CBN|Philippine News Agency|PNA|SunStar)\b/,
    country: /Philippine|Filipino/,
    words: /\b(?:Philippines|Philippine|Filipinos?|Metro Manila|Manila|Malacañang|Malacanang|Bangko Sentral|BSP|PSEi|Mindanao|Luzon|Visayas|Cebu|Davao|Quezon City|barangays?|Marcos)\b/g,
  },
  {
    code: 'NGN',
    places: new Set(['LAGOS', 'ABUJA', 'KANO', 'IBADAN', 'PORT HARCOURT', 'ENUGU', 'KADUNA', 'BENIN CITY', 'ABEOKUTA', 'JOS', 'OWERRI', 'CALABAR']),
    outlets: /\b(?:Punch|Vanguard|Premium Times|ThisDay|THISDAY|BusinessDay|Daily Trust|Leadership|Channels TV|Nigerian Tribune|Sahara Reporters|NAN)\b/,
    country: /Nigeria/,
    words: /\b(?:Nigeria|Nigerian|Nigerians|Lagos|Abuja|Tinubu|CBN|Central Bank of Nigeria|NNPC|NNPCL|EFCC|naira|Naira|Kano|FCT|Federal Executive Council)\b/g,
  },
];

/** India's datelines and words: an Indian story that mentions Pakistan keeps its rupee Indian. */
const INDIAN_PLACES: ReadonlySet<string> = new Set(['MUMBAI', 'NEW DELHI', 'DELHI', 'BENGALURU', 'BANGALORE', 'CHENNAI', 'KOLKATA', 'AHMEDABAD', 'PUNE']);
const INDIAN_WORDS = /\b(?:India|Indian|Indians|New Delhi|Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Kolkata|RBI|Sensex|Nifty|BSE|NSE)\b/g;

export class DocFacts {
  private dollarCode: string | undefined;
  private sterling: boolean | undefined;
  private rupeeCode: string | undefined;
  private letterHomes: number | undefined;
  /** Which facts were asked for since it was last cleared (1: dollar, 2: sterling, 4: rupee, 8: letter money), for the incremental analyser. */
  asked = 0;

  constructor(private readonly seg: Segmentation) {}

  /** The currency of a bare "$", "dollars" or "cents": "CAD" in Canadian copy, "AUD" in Australian, "NZD" in New Zealand's, else "USD". */
  dollar(): string {
    this.asked |= 1;
    if (this.dollarCode === undefined) this.dollarCode = this.canadian() ? 'CAD' : this.homeDollar() ?? 'USD';
    return this.dollarCode;
  }

  /** The currency of a bare "Rs" or "rupees": Pakistan's, Sri Lanka's or Nepal's in their copy, else India's. */
  rupee(): string {
    this.asked |= 4;
    if (this.rupeeCode === undefined) this.rupeeCode = this.homeRupee();
    return this.rupeeCode;
  }

  private homeRupee(): string {
    const { dateline, text } = this.seg;
    const place = dateline?.place?.text.toUpperCase();
    if (place !== undefined && INDIAN_PLACES.has(place)) return 'INR';
    for (const home of RUPEE_HOMES) if (place !== undefined && home.places.has(place)) return home.code;
    const indian = text.match(INDIAN_WORDS)?.length ?? 0;
    for (const home of RUPEE_HOMES) {
      const words = text.match(home.words)?.length ?? 0;
      if (words >= 2 && words > indian) return home.code;
    }
    return 'INR';
  }

  /** True when this is the home copy of the country whose money `code` is written as a letter ("P45" in Philippine copy). */
  writesLetterMoney(code: string): boolean {
    const k = LETTER_MONEY_HOMES.findIndex((h) => h.code === code);
    return k >= 0 && (this.letterMoneyHomes() & (1 << k)) !== 0;
  }

  /** The countries of LETTER_MONEY_HOMES (a bit each, in its order) whose home copy this is. */
  letterMoneyHomes(): number {
    this.asked |= 8;
    if (this.letterHomes === undefined) {
      const { dateline, boilerplate, text } = this.seg;
      const place = dateline?.place?.text.toUpperCase();
      let homes = 0;
      LETTER_MONEY_HOMES.forEach((home, k) => {
        const homeCopy = (place !== undefined && home.places.has(place))
          || boilerplate.some((b) => (b.kind === 'byline' || b.kind === 'caption') && home.outlets.test(b.text))
          // The country named (a quick scan of the whole text) and one more of its words.
          || (home.country.test(text) && new Set(text.match(home.words)).size >= 2);
        if (homeCopy) homes |= 1 << k;
      });
      this.letterHomes = homes;
    }
    return this.letterHomes;
  }

  /** True when the article has British money or places in it, so "pounds" is sterling. */
  hasSterling(): boolean {
    this.asked |= 2;
    if (this.sterling === undefined) this.sterling = STERLING_SIGNS.test(this.seg.text);
    return this.sterling;
  }

  private canadian(): boolean {
    const { dateline, boilerplate, text } = this.seg;
    const agency = dateline?.agency?.text.toLowerCase() ?? '';
    if (C_DOLLAR_AGENCIES.has(agency)) return false;
    // "TORONTO 1996-08-22" is 1996 Reuters copy, which writes "C$" too.
    if (dateline?.date && /^\d{4}-/.test(dateline.date.text)) return false;
    if (agency === 'cp' || agency === 'the canadian press') return true;
    if (dateline?.place && CANADIAN_PLACES.has(dateline.place.text)) return true;
    if (dateline?.region && CANADIAN_REGIONS.has(dateline.region.text)) return true;
    for (const b of boilerplate) if ((b.kind === 'byline' || b.kind === 'caption') && CANADIAN_OUTLETS.test(b.text)) return true;
    // "$600-million" is the Globe and Mail's style; with Canadian words about, it is Canadian copy.
    if (/\$\d[\d.,]*-(?:million|billion|trillion)\b/.test(text)) {
      const words = text.match(CANADIAN_WORDS);
      if (words && words.length >= 2) return true;
    }
    return false;
  }

  /** The home dollar of the country whose copy this is, or null ("A$" and "NZ$" are read as written). */
  private homeDollar(): string | null {
    const { dateline, boilerplate, text } = this.seg;
    const agency = dateline?.agency?.text.toLowerCase() ?? '';
    // Reuters, AP and the others write "A$" and "NZ$" for the local dollars.
    if (C_DOLLAR_AGENCIES.has(agency)) return null;
    for (const home of HOME_DOLLARS) {
      if (home.agencies.has(agency)) return home.code;
      // "WELLINGTON, Fla." is American: a dateline region says so.
      if (dateline?.place && !dateline.region && home.places.has(dateline.place.text)) return home.code;
      for (const b of boilerplate) if ((b.kind === 'byline' || b.kind === 'caption') && home.outlets.test(b.text)) return home.code;
      if (!home.country.test(text)) continue;
      const words = text.match(home.words);
      if (!words || new Set(words).size < 2) continue;
      if ((text.match(AMERICAN_WORDS)?.length ?? 0) < words.length) return home.code;
    }
    return null;
  }
}
