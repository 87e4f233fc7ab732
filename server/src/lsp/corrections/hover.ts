// A hover section saying what the person corrected here (so the screen tells a correction
// from the engine's own finding), and how to take it back.
import { NAMES_FILE } from '../../annotations/names';
import { correctedEntityId } from '../../corrections';
import type { Snapshot } from '../documents';
import type { ClaimsRegistry } from '../claims/claims-registry';
import { excerpt } from '../lookup';
import { TYPE_CHOICE_LABEL } from './code-actions';
import { dismissedLabel, inOccurrence } from './words';

/** True when a mention at one of `spans` belongs to `entity`. */
function sameEntityAs(snap: Snapshot, entity: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return snap.analysis.mentions.some((m) => m.entity === entity && spans.some((s) => s.start === m.start && s.end === m.end));
}

const by = (author: string | null, at: string) => `${author ? ` by ${author}` : ''}, ${at.slice(0, 10)}`;

export function correctionHover(registry: ClaimsRegistry) {
  return (uri: string, offset: number, snap: Snapshot): string | null => {
    const list = snap.corrections;
    if (list.length === 0 && !snap.names?.size) return null;
    const lines: string[] = [];
    const mention = snap.analysis.mentions.find((m) => m.start <= offset && offset < m.end);
    for (const c of list) {
      if (c.anchor === 'orphaned') continue;
      const { start, end } = c.target.position;
      if (c.kind === 'entity-type' && c.type === 'NONE' && !mention && inOccurrence(snap.analysis.text, c.target.quote.exact, offset)) {
        lines.push(`*Corrected:* “${excerpt(c.target.quote.exact, 40)}” is not a name${by(c.author, c.updatedAt)}`);
      } else if (c.kind === 'entity-type' && mention && mention.text === c.target.quote.exact && c.type) {
        lines.push(`*Corrected:* every “${excerpt(mention.text, 40)}” is ${TYPE_CHOICE_LABEL[c.type].toLowerCase()}${by(c.author, c.updatedAt)}`);
      } else if (c.kind === 'entity-merge' && mention && c.with && sameEntityAs(snap, mention.entity, [c.target.position, c.with.target.position])) {
        lines.push(`*Corrected:* “${excerpt(c.with.target.quote.exact, 30)}” merged with “${excerpt(c.target.quote.exact, 30)}”${by(c.author, c.updatedAt)}`);
      } else if (c.kind === 'entity-split' && mention && mention.text === c.target.quote.exact) {
        lines.push(`*Corrected:* “${excerpt(mention.text, 30)}” split from its group${by(c.author, c.updatedAt)}`);
      } else if (c.kind === 'quote-source' && start <= offset && offset < end) {
        lines.push(`*Corrected:* source set by hand${c.source ? '' : ' (unnamed)'}${by(c.author, c.updatedAt)}`);
      } else if (c.kind === 'dismiss' && c.code && start <= offset && offset < end) {
        const reason = c.reason ? ` — “${excerpt(c.reason, 60)}”` : '';
        lines.push(`*Dismissed:* ${dismissedLabel(c.code)}${reason}${by(c.author, c.updatedAt)}`);
      }
    }
    const fromNames = mention ? snap.names?.get(mention.text) : undefined;
    if (mention && fromNames && lines.length === 0) {
      lines.push(`*Workspace name:* “${excerpt(mention.text, 40)}” is ${TYPE_CHOICE_LABEL[fromNames].toLowerCase()} (${NAMES_FILE})`);
    }
    if (mention && mention.entity === correctedEntityId(mention.text) && lines.length === 0) lines.push('*Corrected:* marked as a name by hand');
    if (lines.length === 0 || !registry.get(uri)) return null;
    if (lines.some((l) => !l.startsWith('*Workspace name:*'))) lines.push('Undo: the quick fix “Undo correction: …”');
    return lines.join('  \n');
  };
}
