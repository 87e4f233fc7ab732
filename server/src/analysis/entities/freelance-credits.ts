// A freelance photographer's credit inside a caption written as story: "Riders pack a train at
// Suburban Station. (Photo by Jane Doe/For the Metro Ledger)". The tokenizer keeps "Doe/For" as
// one word, so the tagger's person ends in "/For": the person is the name before the slash, a
// credit, and the outlet after "For (the)" is an organisation (the caption reader does the same
// for such a credit alone on its line, segment/captions.ts).
import { rawMention, type RawMention } from './raw-mention';

/** "/For the Metro Ledger)": the outlet, one to four capitalised words, then the bracket. */
const FOR_OUTLET = /\/For (?:[Tt]he )?(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3})\)/uy;

export function freelanceCredits(text: string, mentions: RawMention[]): void {
  const n = mentions.length;
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    if (m.type !== 'PERSON' || !m.text.endsWith('/For')) continue;
    const slash = m.text.length - 4;
    if (slash <= 0) continue;
    FOR_OUTLET.lastIndex = m.start + slash;
    const r = FOR_OUTLET.exec(text);
    m.end = m.start + slash;
    m.text = m.text.slice(0, slash);
    m.credit = true;
    if (!r) continue;
    const start = r.index + r[0].length - 1 - r[1].length;
    const end = start + r[1].length;
    if (mentions.some((o) => o.start < end && o.end > start)) continue;
    mentions.push(rawMention(start, end, r[1], 'ORGANIZATION', true));
  }
}
