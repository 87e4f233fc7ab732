// `--format text`: the article with entities, figures and attributions coloured, then a summary.
import type { Analysis, EntityType } from '../analysis';
import { figureValueText } from '../shared/figure-text';
import { excerpt } from '../shared/text';
import { sourceNameOf } from '../shared/source-name';

/** How many check-worthy sentences the summary lists (the best-scored). */
const TOP_CLAIMS = 10;

const ESC = '\u001b[';
const STYLE: Record<string, string> = {
  PERSON: `${ESC}1;36m`,
  ORGANIZATION: `${ESC}1;35m`,
  LOCATION: `${ESC}1;32m`,
  MISC: `${ESC}33m`,
  figure: `${ESC}1;34m`,
  quote: `${ESC}3m`,
  cue: `${ESC}4m`,
  boilerplate: `${ESC}2m`,
  heading: `${ESC}1m`,
};
const RESET = `${ESC}0m`;

interface Mark {
  start: number;
  end: number;
  style: string;
}

/** Paints the marks; where they nest, the styles combine (a name inside a quote keeps both). */
function paint(text: string, marks: Mark[]): string {
  const points: Array<{ at: number; on: boolean; style: string }> = [];
  for (const m of marks) {
    points.push({ at: m.start, on: true, style: m.style }, { at: m.end, on: false, style: m.style });
  }
  points.sort((a, b) => a.at - b.at || Number(a.on) - Number(b.on));
  let out = '';
  let pos = 0;
  const active: string[] = [];
  for (const p of points) {
    out += text.slice(pos, p.at);
    pos = p.at;
    if (p.on) active.push(p.style);
    else active.splice(active.lastIndexOf(p.style), 1);
    out += RESET + active.join('');
  }
  return out + text.slice(pos) + RESET;
}

const TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'People',
  ORGANIZATION: 'Organisations',
  LOCATION: 'Places',
  MISC: 'Other names',
};

export function renderText(a: Analysis, opts: { file?: string; color: boolean }): string {
  const c = (style: string, s: string) => (opts.color ? STYLE[style] + s + RESET : s);
  const lines: string[] = [];
  if (opts.file) lines.push(c('heading', `== ${opts.file}`), '');
  if (opts.color) {
    const marks: Mark[] = [];
    for (const t of a.attributions) {
      marks.push({ start: t.content.start, end: t.content.end, style: STYLE.quote });
      if (t.cue) marks.push({ start: t.cue.start, end: t.cue.end, style: STYLE.cue });
    }
    for (const m of a.mentions) marks.push({ start: m.start, end: m.end, style: STYLE[m.type] });
    for (const f of a.figures) marks.push({ start: f.start, end: f.end, style: STYLE.figure });
    for (const b of a.boilerplate) marks.push({ start: b.start, end: b.end, style: STYLE.boilerplate });
    lines.push(paint(a.text, marks).trimEnd(), '');
  }

  lines.push(c('heading', 'Entities'));
  for (const type of Object.keys(TYPE_LABEL) as EntityType[]) {
    const list = a.entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (list.length === 0) continue;
    lines.push(`  ${TYPE_LABEL[type]} (${list.length})`);
    for (const e of list) {
      const aliases = e.aliases.filter((x) => x !== e.name);
      const credit = e.role === 'credit' ? ' [credit]' : '';
      lines.push(`    ${c(type, e.name)} ×${e.mentions.length}${aliases.length ? ` (also ${aliases.join(', ')})` : ''}${credit}`);
    }
  }

  lines.push('', c('heading', `Quotes and attributions (${a.attributions.length})`));
  const bySource = new Map<string, typeof a.attributions>();
  for (const t of a.attributions) {
    const key = sourceNameOf(t, (id) => a.entities.find((e) => e.id === id)?.name) ?? '(no source)';
    bySource.set(key, [...(bySource.get(key) ?? []), t]);
  }
  for (const [source, list] of bySource) {
    lines.push(`  ${source} (${list.length})`);
    for (const t of list) {
      const content = excerpt(t.content.text, 90);
      lines.push(`    [${t.kind}] ${t.cue ? c('cue', t.cue.text) + ': ' : ''}${c('quote', content)}`);
    }
  }

  lines.push('', c('heading', `Figures (${a.figures.length})`));
  for (const f of a.figures) {
    const v = figureValueText(f);
    lines.push(`  ${c('figure', f.text)}  ${f.kind}${v ? ` = ${v}` : ''}`);
  }
  if (a.claims.length > 0) {
    lines.push('', c('heading', `Check-worthy sentences (${a.claims.length}), best-scored first`));
    // Ties keep the text order (the sort is stable).
    const best = [...a.claims].sort((x, y) => y.score - x.score).slice(0, TOP_CLAIMS);
    for (const cl of best) lines.push(`  ${cl.score.toFixed(2)}  ${excerpt(cl.text, 100)}  (${cl.reasons.join(', ')})`);
    const more = a.claims.length - best.length;
    if (more > 0) lines.push(`  … and ${more} more (--format json lists them all)`);
  }
  if (a.boilerplate.length > 0) {
    lines.push('', c('heading', `Boilerplate (${a.boilerplate.length})`));
    for (const b of a.boilerplate) lines.push(`  ${b.kind}: ${b.text}`);
  }
  return lines.join('\n') + '\n';
}
