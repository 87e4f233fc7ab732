// Boilerplate: lines and line tails that are page or wire furniture, not story. Sign-up banners,
// footers, share and comment widgets, adverts, "read more" links, story codes, photo captions and
// credits, promos ("Watch: …"), editors' notes ("(Adds detail on …)"), bylines and agency
// sign-offs, publication times. Patterns are anchored and free of nested quantifiers.
import type { Boilerplate, BoilerplateKind } from '../types';
import { isFilesNote, isNameLine, isSignOff, readByline } from './bylines';
import { isCaptionLine } from './captions';

interface LineRule {
  kind: BoilerplateKind;
  /** Matches a whole paragraph line. */
  line: RegExp;
}

/** Labels a finance page puts above the tickers a story mentions ("In this article:"). */
const TICKER_LIST_LABEL = /^(?:In this article|Related [Tt]ickers|Related [Qq]uotes|Mentioned in this (?:article|story)):?$/;

/** A publication time's label alone on its line, the time on the next. */
const STAMP_LABEL = /^(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)$/;

/** A day and a month alone ("4 September", "Sept. 4"): a publication time under its label, a heading elsewhere. */
const DAY_AND_MONTH = /^(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})$/;

/** True when `line` is the date under a publication time's label alone on the line before. */
export function isDateUnderStampLabel(label: string, line: string): boolean {
  return STAMP_LABEL.test(label) && DAY_AND_MONTH.test(line);
}

const LINE_RULES: LineRule[] = [
  { kind: 'signup', line: /^(?:Sign up|Subscribe|Register)(?: now)?\b.{0,120}$/i },
  { kind: 'signup', line: /^(?:Get|Receive) (?:our|the) .{0,60}(?:newsletter|briefing).{0,60}$/i },
  // "Join our WhatsApp Channel for breaking news", "Follow our Telegram channel".
  { kind: 'signup', line: /^(?:Join|Follow) (?:us on |our )(?:WhatsApp|Telegram|Viber|Signal|Instagram|YouTube)(?: [Cc]hannel| [Cc]ommunity| [Gg]roup)?\b.{0,80}$/ },
  // A newsletter box's lines: "Free weekly newsletter", "Privacy Notice: Newsletters may contain …".
  { kind: 'signup', line: /^(?:Free (?:daily |weekly |monthly )?(?:newsletter|email)|Privacy [Nn]otice: .{0,300}|Enter your email(?: address)?|Your email address|Newsletter sign[- ]up)$/ },
  // A paywall: "Already a subscriber? Log in", "This article is for subscribers only. Subscribe for $1 a week."
  { kind: 'signup', line: /^(?:Already (?:a|an) (?:subscriber|member)\?.{0,60}|This (?:article|story|content|post) is (?:for|only for|only available to|available to|exclusive to) (?:paying |paid )?(?:subscribers|members)\b.{0,200})$/ },
  { kind: 'signup', line: /^Thanks for reading\b.{0,40}[!.] (?:Subscribe|Sign up)\b.{0,120}$/ },
  { kind: 'footer', line: /^Our Standards:.{0,100}$/ },
  // A business site's closing plug: "Catch all the Business News, Market News … on Live Mint. Download The Mint News App …".
  { kind: 'footer', line: /^Catch all the (?:\p{Lu}[\p{L}]* )+News\b.{0,300}$/u },
  // A paper's print note: "A version of this article appears in print on Dec. 8, 2026, Section B, Page 3 …".
  { kind: 'footer', line: /^A version of this (?:article|story|review|column) appear(?:s|ed) in print on .{0,400}$/ },
  // A funder's note under a story: "The Associated Press receives support from X for … AP is solely responsible for all content."
  { kind: 'footer', line: /^(?:The )?\p{Lu}[\p{L}.'’& -]{1,60} receives (?:financial )?support from .{1,300}\bresponsible for all content\.?$/u },
  { kind: 'footer', line: /^(?:©|Copyright\b).{0,120}$/i },
  // A longer rights notice: "Copyright 2026 The Daily Courier. All rights reserved. This material may not be published …".
  { kind: 'footer', line: /^(?:(?:©|Copyright\b).{0,160}\b[Aa]ll rights reserved\b|This material may not be (?:published|reproduced)\b).{0,300}$/ },
  { kind: 'footer', line: /^All rights reserved\.?$/i },
  // An agency's note on itself under its stories: "The Associated Press is an independent global news organization …".
  { kind: 'footer', line: /^(?:The )?\p{Lu}[\p{L}.'’& -]{1,60} is an independent (?:global |nonprofit |non-profit |international )?news (?:organization|organisation|agency|service|outlet)\b.{0,400}$/u },
  // A release's end mark and its contact lines: "###", "-30-", "Phone: (555) 201-3344", "Email: press@…".
  { kind: 'footer', line: /^(?:###|# # #|-30-|- 30 -|–30–|ENDS|-ENDS-|- ENDS -)$/ },
  { kind: 'footer', line: /^(?:Phone|Tel|Tel\.|Telephone|Mobile|Cell|Fax|Email|E-mail):? (?:\+?[\d()][\d() .+-]{5,24}|[^\s@]{1,60}@[^\s@]{1,60})$/ },
  // A page's call for tips and its appeal for money: "Have a news tip? Email us at …", "Support local journalism. Donate today."
  { kind: 'promo', line: /^(?:Have a (?:news )?tip|Got a (?:news )?tip|Got a story|Do you have a (?:news )?(?:tip|story))\b.{0,200}$/ },
  { kind: 'signup', line: /^(?:Support (?:local |independent |our |quality )?journalism|Donate (?:today|now)|Become a (?:member|subscriber|supporter|patron))\b.{0,200}$/ },
  // A page's source note under a chart or a story: "Sources: City council minutes, transit agency data."
  { kind: 'footer', line: /^Sources?: [^.!?]{1,160}\.?$/ },
  // A newsletter's footer links: "Privacy ∙ Terms ∙ Collection notice".
  { kind: 'footer', line: /^(?:Privacy(?: [Pp]olicy)?|Terms(?: of [Uu]se| of [Ss]ervice)?|Cookies?(?: [Pp]olicy)?|Contact us|About us)(?: [∙·•|] (?:Privacy(?: [Pp]olicy)?|Terms(?: of [Uu]se| of [Ss]ervice)?|Cookies?(?: [Pp]olicy)?|Collection notice|Contact us|About us|Accessibility|Sitemap))+$/ },
  // A press release's closing sections: "About Harbourline Energy", "Forward-Looking Statements" (the
  // paragraph under each is read with it: segment/index.ts).
  { kind: 'footer', line: /^(?:About \p{Lu}[\p{L}\d&.,'’ -]{1,60}|(?:Cautionary [Nn]ote [Rr]egarding )?Forward-[Ll]ooking (?:[Ss]tatements|[Ii]nformation)|Non-GAAP (?:[Ff]inancial )?[Mm]easures)$/u },
  // A press release's opening and closing labels.
  { kind: 'footer', line: /^(?:FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease|For further information(?:,? please contact)?:?|FOR FURTHER INFORMATION(?:,? PLEASE CONTACT)?:?|Media (?:contact|inquiries|enquiries):?|Investor (?:contact|relations):?|News provided by)$/ },
  // A release wire's closing lines: "SOURCE Harbourline Energy Inc.", "For further information: Media: Ola Berg, 902-555-0122".
  { kind: 'footer', line: /^SOURCE \p{Lu}[\p{L}\d.,&'’ -]{1,80}$/u },
  { kind: 'footer', line: /^(?:For further information|FOR FURTHER INFORMATION|Media [Cc]ontacts?|Investor [Cc]ontacts?|Contacts?): .{1,300}$/ },
  { kind: 'footer', line: /^(?:Report an (?:error|editorial error|typo)|Report a (?:technical (?:issue|problem)|typo|correction)|Editorial code of conduct|Corrections? policy)$/i },
  { kind: 'footer', line: /^(?:Reuse this content|Supported by|Explore more on these topics|Source: [\p{L} ,&'’.-]{2,60} (?:news )?agencies)$/u },
  { kind: 'comments', line: /^(?:Leave a Comment|Comments?|Show comments|View comments|\d+ Comments?|Comments? \(\d{1,6}\)|Responses? \(\d{1,6}\)|\d+ Responses?)$/i },
  // A cookie notice: "We use cookies to improve your experience. Accept all cookies".
  { kind: 'footer', line: /^(?:We use cookies|This (?:site|website) uses cookies|(?:Accept|Reject|Manage) (?:all |optional )?cookies)\b.{0,300}$/ },
  // A page footer's privacy controls: "Cookie settings", "Do Not Sell or Share My Personal Information".
  { kind: 'footer', line: /^(?:Cookie (?:[Ss]ettings|[Pp]references|[Cc]hoices)|Privacy (?:[Ss]ettings|[Pp]references|[Cc]hoices|[Dd]ashboard)|Terms and Privacy Policy|Manage (?:[Cc]ookies|[Cc]onsent|[Pp]references)|Do [Nn]ot [Ss]ell (?:or [Ss]hare )?[Mm]y [Pp]ersonal [Ii]nformation)$/ },
  // An outlet's note on its own trust: "Why you can trust SCMP".
  { kind: 'footer', line: /^Why (?:you can|should you) trust \S.{0,40}$/ },
  // A page's topic label on its own line (the topics under it are read with it: segment/index.ts).
  { kind: 'read-more', line: /^(?:Topics|Tags|Filed [Uu]nder|More on these topics)$/ },
  // A blog's category and tag lines: "Posted in: Transportation, City Hall", "Tags: bus lanes, council".
  { kind: 'read-more', line: /^(?:Posted in|Filed [Uu]nder|Categories|Category|Tags|Topics|Tagged): [^.!?]{1,200}$/ },
  { kind: 'share', line: /^(?:Share(?: this(?: article| story)?)?|Share (?:on|via) (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Bluesky|Email|E-mail|email)|Print|Email|Bookmark|Save(?: for later)?|Copy link|Gift (?:this )?(?:article|story)|Share full article)$/i },
  // A blog's share box: "Share this:", "Like this:", "Like Loading...", the platforms one a line, "Back to top".
  // A page's reading controls: "Link Copied!", "AA", "+Text Size", "- Small", "- Large".
  { kind: 'share', line: /^(?:Link [Cc]opied!?|AA|A\+|A-|\+ ?Text [Ss]ize|Text [Ss]ize|[-–•] (?:Small|Medium|Large|Larger|Extra [Ll]arge))$/ },
  { kind: 'share', line: /^(?:Share this|Like this|Share on|Share [Vv]ia|Spread the word|(?:Kindly |Please )?[Ss]hare this (?:story|article|post|news)):?$/ },
  { kind: 'share', line: /^(?:Facebook|X|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest|Telegram|Bluesky|Threads|Tumblr|Flipboard|Messenger|Like Loading(?:\.\.\.|…)|Back to top|Scroll to top)$/ },
  // The share buttons in a row: "Facebook  Twitter  WhatsApp  Email", "Share: Facebook | X | Email".
  { kind: 'share', line: /^(?:Share:? )?(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Telegram|Bluesky|Threads|Messenger|Email|E-mail|Print|Copy link)(?:(?: {1,3}|\t| ?[|·•,] ?)(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Telegram|Bluesky|Threads|Messenger|Email|E-mail|Print|Copy link)){2,9}$/ },
  // A newsletter post's buttons: "Like · Comment · Restack", "Listen to this article · 4 min".
  { kind: 'share', line: /^(?:Like|Comment|Restack|Share)(?: [∙·•|] (?:Like|Comment|Restack|Share))+$/ },
  { kind: 'share', line: /^Listen to this (?:article|story)(?: [∙·•|] \d{1,2} min(?:utes?)?)?$/ },
  // A byline's second line: "Reporting from Kansas City, Mo.".
  { kind: 'byline', line: /^Reporting from \p{Lu}[\p{L}.'’ -]{1,40}(?:, \p{Lu}[\p{L}.'’ -]{1,30}){0,2}\.?$/u },
  // A page's reading-list button: "Save articles to read later and create your own reading list."
  { kind: 'share', line: /^Save (?:articles|stories) to read later\b.{0,80}$/ },
  // A live page's controls and a browser notice: "Skip to content", "Key events", "Please turn on JavaScript …".
  { kind: 'share', line: /^(?:Skip to (?:main )?(?:content|navigation)|Key events|Show key events only|Please turn on JavaScript\b.{0,100})$/ },
  // A page's toggles and next-story button, alone on their lines: "More", "Less", "Read Next Story".
  { kind: 'share', line: /^(?:More|Less|Show more|Show less|See more|See less|Read [Nn]ext [Ss]tory|Next [Ss]tory|Previous [Ss]tory)$/ },
  // A newsletter post's access mark under its date: "∙ Paid", "· Free".
  { kind: 'share', line: /^[∙·•] (?:Paid|Free|Preview)$/ },
  // A page header's account and search controls, each alone on its line.
  { kind: 'share', line: /^(?:Sign in|Sign In|Log in|Log In|Sign out|Log out|My account|Menu|MENU|Search|Open menu|Close menu|Live Reporting|Live reporting|Get involved|Get in touch)$/ },
  // A blog platform's buttons and counts: "Follow", "Listen", "·", "Open in app", "Member-only story", "1.2K Followers", "Reply".
  { kind: 'share', line: /^(?:Follow|Following|Listen|·|•|Open in app|Member-only story|Reply|Report|Upvote|Downvote|\d[\d.,]*[KkMm]? (?:[Ff]ollowers|[Ss]ubscribers|[Cc]laps|[Ll]ikes))$/ },
  // A live page's call for readers' material: "Share your pictures and stories: email … or WhatsApp …".
  { kind: 'promo', line: /^(?:Share|Send (?:us )?) your (?:pictures|photos|videos|stories|story|views|experiences?|questions)\b.{0,200}$/ },
  { kind: 'advert', line: /^(?:Advertisement|ADVERTISEMENT|Sponsored|Story continues(?: below(?: advertisement)?)?|Skip Advertisement|Continue reading(?: below)?|Loading(?:\.\.\.|…)?)$/ },
  { kind: 'read-more', line: /^(?:READ MORE|Read [Mm]ore|Related|RELATED|See also)\b:?.{0,160}$/ },
  { kind: 'read-more', line: /^(?:More on this story|More from [\p{L} ]{2,40}|Most read|Most viewed|Most popular|Top stories|Trending|TRENDING|Trending [Nn]ow|Popular now|Recommended [Ss]tories|Recommended for you)$/u },
  // A finance page's label over the tickers it quotes (read with them: segment/index.ts).
  { kind: 'read-more', line: TICKER_LIST_LABEL },
  // The BBC's accessible labels: "Image source, Getty Images", "Image caption, Residents …".
  { kind: 'caption', line: /^(?:Image|Video|Media) (?:source|caption), .{1,300}$/ },
  { kind: 'read-more', line: /^(?:Read|See|Click here (?:to|for)) (?:the )?(?:rest|full (?:story|article|report|text))\b.{0,40}$/i },
  { kind: 'read-more', line: /^(?:Click|Tap) here\b.{0,100}$/i },
  // Promos: "Watch: Trudeau says …", "VIDEO: …", "Follow us on Twitter", a video length alone.
  { kind: 'promo', line: /^(?:Watch|WATCH|Listen|LISTEN|Video|VIDEO|Photos|PHOTOS|Podcast|PODCAST|Also [Rr]ead|ALSO READ|Have your say|HAVE YOUR SAY|MORE|Trending|TRENDING|Recommended|Don['’]t miss|DON['’]T MISS|Must read|MUST READ|Top stories|Related video|RELATED VIDEO|Related coverage|Up next|UP NEXT|Now playing|NOW PLAYING) ?[:|] ?.{0,240}$/ },
  { kind: 'promo', line: /^Watch (?:the )?(?:full |live )?(?:video|interview|clip|livestream|live stream|highlights|below|above)\b.{0,80}$/i },
  { kind: 'promo', line: /^(?:Video|Now Playing|Duration|Play Video|Play)?:? ?\d{1,2}:\d\d(?::\d\d)?$/ },
  { kind: 'promo', line: /^(?:Follow|Like) (?:us|@\S{1,40}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) on (?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn)\b.{0,60}$/u },
  // A link with a label: "AP MLS: https://apnews.com/hub/mls", "Follow our coverage at https://…".
  { kind: 'promo', line: /^(?:[^.!?]{0,100}[:\s])?https?:\/\/\S{1,200}$/ },
  { kind: 'promo', line: /^\((?:For|To) [^()]{0,200}\b(?:click|see|tap|open)\b[^()]{0,120}\)\.?$/i },
  // Editors' notes: "(Adds detail on …)", "EDITOR'S NOTE — …", "This story has been corrected …".
  { kind: 'editor-note', line: /^\((?:Adds|Updates|Recasts|Rewrites|Corrects|Changes|Refiles|Repeats|Fixes|Moves|Inserts|Removes|Clarifies|Deletes|Edits|Advances|Releases|Reissues|Writes through|Combines|Tops|Restores|Resends|Re-sends|Amends|New throughout|The story|This story|This article|This version)\b[^()]{0,300}\)\.?$/ },
  { kind: 'editor-note', line: /^\((?:This|The) [^()]{0,40}\b(?:story|article|version|report)\b[^()]{0,300}\)\.?$/ },
  { kind: 'editor-note', line: /^(?:Editor['’]?s['’]? [Nn]ote|EDITOR['’]S NOTE|EDITORS['’] NOTE|Note to (?:readers|editors)|NOTE TO (?:READERS|EDITORS))\b.{0,1200}$/ },
  { kind: 'editor-note', line: /^This (?:story|article|report|version) (?:has been|was|is being) (?:updated|corrected|refiled|amended|revised|changed)\b.{0,300}$/i },
  // "This interview has been edited for length and clarity."
  { kind: 'editor-note', line: /^(?:This|The following) (?:interview|conversation|transcript|Q&A|exchange) (?:has been|was|is) (?:lightly |slightly )?(?:edited|condensed)\b.{0,120}$/i },
  { kind: 'editor-note', line: /^(?:CORRECTION|Correction|CLARIFICATION|Clarification)s? ?[:—–-] .{0,600}$/ },
  // Publication and reading times: "Published December 7, 2020", "Updated 5 hours ago", "3 Min Read".
  { kind: 'timestamp', line: /^(?:Published|PUBLISHED|Updated|UPDATED|Posted|POSTED|Last [Uu]pdated|Last [Mm]odified|First [Pp]ublished|Originally published|Modified)(?: [Oo]n| [Aa]t)?(?: ?[:–—-])? (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}|\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?|\d{1,2} ?(?:h|m|d|w|hours?|hrs?|minutes?|mins?|days?|weeks?) ago|an? (?:hour|minute|day|week) ago|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}|yesterday|today)\b.{0,120}$/ },
  { kind: 'timestamp', line: /^\d{1,2} (?:Min|min|Minute|minute)s? (?:Read|read)$/ },
  // The BBC's label on its own line, the time on the next: "Published" / "3 hours ago" or "4 September"
  // (a date alone is read so only under the label: segment/index.ts).
  { kind: 'timestamp', line: STAMP_LABEL },
  // A comment's age: "2h ago", "5 min ago", "3d ago".
  { kind: 'timestamp', line: /^\d{1,3} ?(?:s|m|h|d|w|mo|y|min|mins|hr|hrs|hour|hours|day|days|week|weeks) ago$/ },
  // A live page's entry time on a line of its own: "14:20 GMT", "9.05am BST".
  { kind: 'timestamp', line: /^\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?$/ },
  { kind: 'timestamp', line: /^(?:Reading time|Read time):? \d{1,2} (?:min|minutes?)\.?$/i },
  // A date alone (after an agency in capitals), with its time and a short label after a bar or dot:
  // "December 7, 2026 5:00 AM ET", "12/07/2026 05:00 AM EST", "Dec 7, 2026 - Politics & Policy",
  // "7 December 2026 · 2 min read", "KYODO NEWS - Dec 7, 2026 - 10:32".
  { kind: 'timestamp', line: /^(?:[A-Z][A-Z&.]+(?: [A-Z&.]+){0,3} [-–—] )?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6},? \d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:,? (?:at |[-–|] )?\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?(?: [-–—|·•] [^.!?]{1,40})?$/ },
];

interface TailRule {
  kind: BoilerplateKind;
  tail: RegExp;
}

const TAIL_RULES: TailRule[] = [
  { kind: 'read-more', tail: /\s(?:read more|Read more|READ MORE)$/ },
  // Story codes such as "L4N2TM22L": 8-12 capitals and digits, at least two of each.
  { kind: 'story-code', tail: /\s([A-Z0-9]{8,12})$/ },
];

function isStoryCode(code: string): boolean {
  const digits = code.replace(/[^0-9]/g, '').length;
  return digits >= 2 && code.length - digits >= 2;
}

/** A press release's section labels whose paragraphs are furniture too ("About X", "Forward-Looking Statements"). */
const RELEASE_SECTION = /^(?:About \p{Lu}|(?:Cautionary [Nn]ote [Rr]egarding )?Forward-[Ll]ooking |Non-GAAP )/u;

export function opensReleaseSection(line: string): boolean {
  return RELEASE_SECTION.test(line);
}

/** Labels a page puts above a list of its topics, one a line ("Related Topics", "Explore more on these topics"). */
const TAG_LIST_LABEL = /^(?:Related [Tt]opics|Topics|More on these topics|Explore more on these topics|Tags|Filed [Uu]nder)$/;

export function opensTagList(line: string): boolean {
  return TAG_LIST_LABEL.test(line);
}

/** Labels a page puts alone over links to its other stories, one headline a line ("Read More", "Related"). */
const STORY_LIST_LABEL = /^(?:READ MORE|Read [Mm]ore|Related|RELATED|More on this story|Related [Ss]tories|Related [Nn]ews|RELATED (?:NEWS|STORIES)|More [Ss]tories|MORE STORIES|More from us|You may also like|See also)$/;

export function opensStoryList(line: string): boolean {
  return STORY_LIST_LABEL.test(line);
}

/** Another story's headline as a link: three to sixteen words, no sentence's end or quotation. */
export function isStoryLinkLine(line: string): boolean {
  if (line.length > 120 || /[.!?:;"“”]$/.test(line)) return false;
  const words = line.split(' ').length;
  return words >= 3 && words <= 16;
}

/** Labels a page puts above its ranked list of other stories ("Trending", "Most read"). */
const RANKED_LIST_LABEL = /^(?:Trending|TRENDING|Trending [Nn]ow|Most read|Most viewed|Most popular|Popular now|Top stories)$/;

export function opensRankedList(line: string): boolean {
  return RANKED_LIST_LABEL.test(line);
}

export function opensTickerList(line: string): boolean {
  return TICKER_LIST_LABEL.test(line);
}

/** A ticker or its day's move, one a line: "NVDA", "BRK.B", "^GSPC", "-3.21%", "+0.4%". */
export function isTickerLine(line: string): boolean {
  return line.length <= 10 && /^(?:\^?[A-Z]{1,5}(?:\.[A-Z])?|[+\-−]?\d{1,4}(?:\.\d{1,2})?%)$/.test(line);
}

/** A story in such a list: "1. Police identify man found in park", "2) Five things to do". */
export function isRankedLine(line: string): boolean {
  return line.length <= 160 && /^\d{1,2}[.)] \S/.test(line);
}

/** A topic in such a list: one to four words, no sentence's end, no digits ("Trade unions", "Glasgow"). */
export function isTagLine(line: string): boolean {
  if (line.length > 40 || /[.!?:;"“”\d]/.test(line)) return false;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32 && ++spaces > 3) return false;
  return true;
}

/** Characters that stand for themselves at the start of a pattern. */
const PLAIN_START = /^[\p{L}\d©@#'’"“ ]$/u;

/**
 * The characters a line must open with for an anchored pattern to match, read from the
 * pattern's source ("^(?:Sign up|Subscribe|Register)…" → S, R), or null when it cannot tell (a
 * class, an escape, an optional first character). Lets a story line skip most patterns without
 * running them, and without compiling them: most of a one-sentence call's furniture time was V8
 * compiling patterns the line could never match.
 */
export function firstCharacters(re: RegExp): Set<string> | null {
  if (!re.source.startsWith('^')) return null;
  const out = new Set<string>();
  return opensWith(re.source.slice(1), re.flags.includes('i'), out) ? out : null;
}

/** A quantifier that may leave out what comes before it ("?", "*", "{0,…}"). */
const optional = (src: string, i: number): boolean => src[i] === '?' || src[i] === '*' || (src[i] === '{' && src[i + 1] === '0');

/** Adds to `out` the characters `src` (a pattern's source after "^") can open with; false when it cannot tell. */
function opensWith(src: string, ignoreCase: boolean, out: Set<string>): boolean {
  if (src.startsWith('(?:')) {
    // An alternation: what each alternative opens with ("(?:Sign up|(?:Accept|Reject) all|\d+ …)").
    let depth = 0;
    let from = 3;
    let i = 3;
    const alternatives: string[] = [];
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') { i++; continue; }
      if (c === '[') { while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1; continue; }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '|' && depth === 0) {
        alternatives.push(src.slice(from, i));
        from = i + 1;
      }
    }
    if (i >= src.length) return false;
    alternatives.push(src.slice(from, i));
    // "(?:…)?" may be left out: then the line may open with anything after it.
    if (optional(src, i + 1)) return false;
    return alternatives.every((a) => opensWith(a, ignoreCase, out));
  }
  let c = src[0] ?? '';
  let next = 1;
  if (c === '\\') {
    c = src[1] ?? '';
    next = 2;
    if (c === 'd') {
      if (optional(src, next)) return false;
      for (let d = 0; d <= 9; d++) out.add(String(d));
      return true;
    }
    if (!'()[]{}.?*+|/-$^'.includes(c)) return false; // \p{…}, \s …
  } else if (!PLAIN_START.test(c)) return false;
  if (optional(src, next)) return false;
  out.add(c);
  if (ignoreCase) {
    out.add(c.toLowerCase());
    out.add(c.toUpperCase());
  }
  return true;
}

/** Each rule's first characters (null: always tried). */
const FIRST_CHARACTERS: ReadonlyArray<Set<string> | null> = LINE_RULES.map((r) => firstCharacters(r.line));

/** One menu item: one to three words, each capitalised or "&" ("Home", "World News", "Arts & Culture"). */
const MENU_ITEM = /^(?:\p{Lu}[\p{L}'’-]*|&)(?: (?:\p{Lu}[\p{L}'’-]*|&)){0,2}$/u;

/** A section label's item: one or two capitalised words ("News", "World", "Local News"). */
const SECTION_ITEM = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;

/**
 * A page's menu: four or more items between bars or dots ("Home | News | Business | Sport"), its
 * section label: two or three short items between bars ("News | Environment"), or its breadcrumb
 * trail: three or more between slashes or arrows ("Home / Local News / Transit").
 */
function isNavigationLine(line: string): boolean {
  if (line.length > 160) return false;
  const items = line.split(/ [|·•] /);
  if (items.length >= 4 && items.every((item) => MENU_ITEM.test(item))) return true;
  if (items.length >= 2 && / \| /.test(line) && items.every((item) => SECTION_ITEM.test(item))) return true;
  const trail = line.split(/ [/>›»] /);
  return trail.length >= 3 && trail.every((item) => MENU_ITEM.test(item));
}

const TIMESTAMP_RULES: readonly RegExp[] = LINE_RULES.filter((r) => r.kind === 'timestamp').map((r) => r.line);

/** What a page puts between a desk and its publication time: bars, slashes, dots. */
const STAMP_SEPARATORS: readonly string[] = [' | ', ' / ', ' · ', ' • '];

/**
 * A publication time with the desk, agency or writer before it, between bars or slashes: "TNN |
 * Updated: Dec 7, 2026, 10:32 IST", "TOI City Desk / TNN / Updated: …", "Staff Reporter | Published
 * 7 December 2026", "Sipho Ngcobo | 8 December 2026". The pieces that are no time, or null when the
 * line is no such line.
 */
function stampPieces(line: string): string[] | null {
  if (line.length > 160) return null;
  const separator = STAMP_SEPARATORS.find((sep) => line.indexOf(sep) >= 0);
  if (separator === undefined) return null;
  const pieces = line.split(separator);
  if (pieces.length > 4) return null;
  const others: string[] = [];
  for (const piece of pieces) {
    if (TIMESTAMP_RULES.some((re) => re.test(piece))) continue;
    if (piece.length > 40 || /[.!?]$/.test(piece) || piece.split(' ').length > 5) return null;
    others.push(piece);
  }
  return others.length < pieces.length ? others : null;
}

/**
 * The writers named before a publication time between bars, as [start, end) in the line: a name
 * alone ("Sipho Ngcobo | 8 December 2026") or a byline ("By ZHANG Wei | chinadaily.com.cn |
 * Updated: …"); null when the line is no such line or names no one.
 */
export function stampedWriters(line: string): Array<[number, number]> | null {
  const others = stampPieces(line);
  if (others === null) return null;
  for (const piece of others) {
    const at = line.indexOf(piece);
    const by = readByline(piece);
    if (by && by.names.length > 0) return by.names.map(([a, b]): [number, number] => [at + a, at + b]);
    if (isNameLine(piece)) return [[at, at + piece.length]];
  }
  return null;
}

/** The kind of furniture a whole (trimmed) line is, or null when it is story. */
export function lineKind(line: string): BoilerplateKind | null {
  const first = line[0] ?? '';
  for (let k = 0; k < LINE_RULES.length; k++) {
    const firsts = FIRST_CHARACTERS[k];
    if (firsts !== null && !firsts.has(first)) continue;
    if (LINE_RULES[k].line.test(line)) return LINE_RULES[k].kind;
  }
  if (isCaptionLine(line)) return 'caption';
  if (isNavigationLine(line)) return 'read-more';
  if (isSignOff(line) || isFilesNote(line)) return 'byline';
  if (readByline(line)) return 'byline';
  if (stampPieces(line) !== null) return stampedWriters(line) !== null ? 'byline' : 'timestamp';
  return null;
}

/** Boilerplate at the end of a paragraph line [start, end): "… read more", story codes. */
export function findTailBoilerplate(text: string, start: number, end: number): Boilerplate[] {
  const line = text.slice(start, end);
  const trimmed = line.trimEnd();
  const out: Boilerplate[] = [];
  if (trimmed.length === 0) return out;
  let tailEnd = trimmed.length;
  // Most lines end in neither "more" nor a capital or digit: no tail rule can match them.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const capitalOrDigit = (last >= 65 && last <= 90) || (last >= 48 && last <= 57);
  if (!capitalOrDigit && !/more$/i.test(trimmed.slice(-4))) return out;
  for (let pass = 0; pass < 2; pass++) {
    const body = line.slice(0, tailEnd);
    for (const rule of TAIL_RULES) {
      const m = rule.tail.exec(body);
      if (!m) continue;
      const piece = m[1] ?? m[0].trim();
      if (rule.kind === 'story-code' && !isStoryCode(piece)) continue;
      const s = start + m.index + m[0].indexOf(piece);
      out.push({ start: s, end: s + piece.length, text: piece, kind: rule.kind });
      tailEnd = m.index;
      break;
    }
  }
  return out;
}
