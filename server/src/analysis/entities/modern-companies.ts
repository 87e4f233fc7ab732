// Companies and platforms founded or grown famous after 1996 ("Spotify", "Nvidia", "TikTok",
// "OpenAI") are words the tagger never saw in its 1996 training text, and it reads them from
// their shape alone, often as places or MISC ("posted on Facebook"). Today's news names them all
// the time; a short list of names that mean nothing else makes each an organisation, sure, also
// where the tagger left it out. Not names that are also common words or places ("Amazon",
// "Meta", "Apple", "Zoom", "Telegram", "X").
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE } from './lexicon';
import { type TokenSpan, withUntagged, mergeByFrom, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const BRANDS = wordSet([
  'facebook', 'google', 'youtube', 'twitter', 'instagram', 'whatsapp', 'tiktok', 'bytedance', 'snapchat', 'linkedin',
  'reddit', 'pinterest', 'twitch', 'spotify', 'netflix', 'hulu', 'soundcloud', 'deezer', 'ticketmaster', 'nvidia',
  'qualcomm', 'tsmc', 'huawei', 'xiaomi', 'oppo', 'alibaba', 'tencent', 'baidu', 'weibo', 'wechat', 'paypal', 'ebay',
  'uber', 'lyft', 'airbnb', 'doordash', 'deliveroo', 'instacart', 'openai', 'spacex', 'palantir', 'shopify',
  'salesforce', 'moderna', 'biontech', 'novavax', 'tesla', 'rivian', 'foxconn', 'coinbase', 'binance', 'robinhood',
  'klarna', 'revolut', 'wework', 'etsy', 'zillow', 'wayfair', 'anthropic', 'deepmind', 'mediatek', 'asml',
  // Pollsters ('A Newspoll published on Monday').
  'newspoll', 'yougov', 'ipsos',
  // Market data providers ('according to Refinitiv data').
  'refinitiv', 'factset', 'dealogic',
  // Tip lines in local crime copy, one word in Britain ("Crimestoppers").
  'crimestoppers', 'gofundme',
]);
/** "Crime Stoppers": the tagger reads "Crime" as a common word and keeps "Stoppers" alone (round 18). */
const CRIME = hashLower('crime'), STOPPERS = hashLower('stoppers');
const AND = hashLower('and');

export function modernCompanies(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let split: TokenSpan[] | null = null;
  let prevTo = 0;
  for (const s of spans) {
    const len = s.to - s.from;
    const free = prevTo < s.from;
    prevTo = Math.max(prevTo, s.to);
    if (len === 1 && free && ctx.lower[s.from] === STOPPERS && ctx.lower[s.from - 1] === CRIME && ctx.cap[s.from - 1] === TITLE) {
      s.from--; s.type = ORGANIZATION; s.sure = true;
    } else if (len === 1) {
      if (s.type !== ORGANIZATION && BRANDS.has(ctx.lower[s.from])) { s.type = ORGANIZATION; s.sure = true; }
    } else if (len === 3 && ctx.lower[s.from + 1] === AND && BRANDS.has(ctx.lower[s.from]) && BRANDS.has(ctx.lower[s.from + 2])) {
      // "Huawei and Xiaomi" read as one name: two companies.
      (split ??= []).push(tokenSpan(s.from + 2, s.to, ORGANIZATION, true));
      s.to = s.from + 1; s.type = ORGANIZATION; s.sure = true;
    }
  }
  const all = split ? mergeByFrom(spans, split) : spans;
  // An untagged brand name written with a capital ("OpenAI", "TIKTOK").
  return withUntagged(ctx, all, ORGANIZATION, (k) => ctx.cap[k] >= TITLE && BRANDS.has(ctx.lower[k]));
}
