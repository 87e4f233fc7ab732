// The colour legend: what each colour and style means, in the status bar item's tooltip and the
// Article view's "Colours" section. The swatches are the `newsAnnotator.palette.*` theme
// colours, so they follow the theme kind like the text does. With `newsAnnotator.colors` set to
// "theme" the legend says which kind of code each class is coloured as instead.
import * as vscode from 'vscode';
import { CLAIM_STATUSES, STATUS_DETAIL } from '../../../server/src/shared/vocabulary';
import { PALETTE, type PaletteClass, type TextStyle } from '../palette';

export type ColourMode = 'annotator' | 'theme';

export function colourMode(): ColourMode {
  return vscode.workspace.getConfiguration('newsAnnotator').get<string>('colors') === 'theme' ? 'theme' : 'annotator';
}

function styleWords(s: TextStyle): string {
  return [s.italic && 'italic', s.bold && 'bold', s.underline && 'underlined'].filter(Boolean).join(', ');
}

const cssVar = (id: string) => `var(--vscode-${id.replace(/\./g, '-')})`;

function sample(c: PaletteClass): string {
  let label = c.label;
  if (c.style.italic) label = `<em>${label}</em>`;
  if (c.style.bold) label = `<strong>${label}</strong>`;
  return `<span style="color:${cssVar(`newsAnnotator.palette.${c.id}`)};">${label}</span>`;
}

/** The legend as Markdown (with the few inline styles VS Code's hovers keep). */
export function legendMarkdown(mode: ColourMode = colourMode()): string {
  if (mode === 'theme') {
    const rows = PALETTE.map((c) => `- ${c.label}: coloured as ${c.themeScope}${styleWords(c.style) ? `, ${styleWords(c.style)}` : ''}`);
    return `**Colours** from your theme (\`newsAnnotator.colors\` is "theme")\n\n${rows.join('\n')}`;
  }
  const rows = PALETTE.map((c) => `- ${sample(c)} — ${c.detail}`);
  return `**Colours**\n\n${rows.join('\n')}\n\nClaims: an icon in the gutter and a band behind the text, by status. Set \`newsAnnotator.colors\` to "theme" for your theme's colours.`;
}

export interface LegendNode {
  label: string;
  description: string;
  icon: vscode.ThemeIcon;
  tooltip: string;
}

/** One row per class, then one per claim status (the Article view's "Colours" section). */
export function legendNodes(mode: ColourMode = colourMode()): LegendNode[] {
  const rows = PALETTE.map((c) => {
    const style = styleWords(c.style);
    return mode === 'theme'
      ? {
          label: c.label,
          description: `as ${c.themeScope}${style ? `, ${style}` : ''}`,
          icon: new vscode.ThemeIcon('circle-outline'),
          tooltip: `${c.label}: ${c.detail}. Coloured by your theme as ${c.themeScope}.`,
        }
      : {
          label: c.label,
          description: c.detail,
          icon: new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(`newsAnnotator.palette.${c.id}`)),
          tooltip: `${c.label}: ${c.detail}.`,
        };
  });
  const statuses = CLAIM_STATUSES.map((s) => ({
    label: `Claim: ${s}`,
    description: STATUS_DETAIL[s],
    icon: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(`newsAnnotator.claim.${s}`)),
    tooltip: `A ${s} claim: a gutter icon and a band behind its text. ${STATUS_DETAIL[s]}.`,
  }));
  return [...rows, ...statuses];
}
