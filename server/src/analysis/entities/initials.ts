// Middle initials: "Richard M. Burr" is one name, however the tagger cut it ("Richard" +
// "M. Burr", or "Fed Chair Janet" + "L. Yellen" untagged). A name word, an initial and a
// name word make one span; a title inside it is split off later (rules.ts).
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { initialLength, isNameWord } from './name-words';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { PERSON } from './labels';

export function joinAtInitials(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  if (spans.length === 0) return spans;
  let any = false;
  for (let k = 1; k < ctx.n - 1 && !any; k++) any = ctx.cap[k] === 4 && initialLength(seg, ctx, k) > 0;
  if (!any) return spans;
  const spanAt = new Int32Array(ctx.n).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.from, s.to));
  const drop = new Uint8Array(spans.length);
  const added: TokenSpan[] = [];
  for (let k = 1; k < ctx.n - 1; k++) {
    const init = initialLength(seg, ctx, k);
    if (init === 0 || k + init >= ctx.n || ctx.sentFirst[k + init] !== ctx.sentFirst[k - 1]) continue;
    const right = k + init;
    if (!isNameWord(ctx, k - 1) || !isNameWord(ctx, right)) continue;
    const leftSpan = spanAt[k - 1], rightSpan = spanAt[right];
    // Only where the tagger saw a name on at least one side.
    if (leftSpan < 0 && rightSpan < 0) continue;
    if (leftSpan >= 0 && leftSpan === rightSpan) continue;
    const from = leftSpan >= 0 ? spans[leftSpan].from : k - 1;
    let to = rightSpan >= 0 ? spans[rightSpan].to : right + 1;
    if (rightSpan < 0) while (to < ctx.sentEnd[k] && isNameWord(ctx, to) && to - right < 2) to++;
    // The left span's type is kept when it holds more than the first name (a title or an
    // organisation before it: split later); otherwise the whole is a person.
    const type = leftSpan >= 0 && spans[leftSpan].to - spans[leftSpan].from > 1 && spans[leftSpan].type !== PERSON ? spans[leftSpan].type : PERSON;
    if (leftSpan >= 0) drop[leftSpan] = 1;
    if (rightSpan >= 0) drop[rightSpan] = 1;
    const merged = tokenSpan(from, to, type);
    added.push(merged);
    for (let j = from; j < to; j++) spanAt[j] = -2;
    k = to - 1;
  }
  if (added.length === 0) return spans;
  return mergeByFrom(spans.filter((_, i) => !drop[i]), added);
}
