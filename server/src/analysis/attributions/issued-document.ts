// "The campaign issued a statement saying …": a participle after a message someone put out
// speaks for whoever put it out, not for the message (nor for its addressee in "sent a text
// message to supporters saying …").
import type { Doc, Range } from './phrases';
import { sourceLeftOf } from './subject';
import { isWord } from './words';

/** Verbs of putting out a message. */
const ISSUING = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing',
  'sent', 'sends', 'send', 'sending', 'posted', 'posts', 'post', 'posting', 'published', 'publishes', 'publish',
  'circulated', 'circulates', 'distributed', 'distributes', 'emailed', 'mailed', 'tweeted', 'put', 'puts']);
/** Messages a speaker puts out. */
const MESSAGES = new Set(['statement', 'statements', 'release', 'releases', 'email', 'emails', 'e-mail', 'message',
  'messages', 'letter', 'letters', 'memo', 'note', 'tweet', 'tweets', 'post', 'posts', 'notice', 'ad', 'advertisement',
  'video', 'appeal', 'communique', 'communiqué', 'bulletin', 'flier', 'flyer', 'mailer', 'mailing', 'text']);
/** How far left of the participle the issuing verb may be ("issued a brief written statement late Tuesday saying"). */
const REACH = 10;

/**
 * The one who put out the message that a participle without a comma follows ("X issued a
 * statement saying"), or null when the participle does not follow such a message.
 */
export function issuerOfMessage(doc: Doc, t: number, lo: number): Range | null {
  let message = false;
  for (let i = t - 1; i > lo && i >= t - REACH; i--) {
    const w = doc.lower[i];
    if (!isWord(doc.toks[i].text)) return null;
    if (MESSAGES.has(w)) message = true;
    else if (message && ISSUING.has(w)) {
      // "put" issues only with "out": "put out a statement".
      if ((w === 'put' || w === 'puts') && doc.lower[i + 1] !== 'out') return null;
      return sourceLeftOf(doc, i, lo);
    }
  }
  return null;
}
