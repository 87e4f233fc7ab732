// News Annotator's palette: one colour and style per class of text, for each of VS Code's four
// kinds of theme. It is plain data (no `vscode` import) so the tests can measure it.
//
// The text is coloured by the semantic-token rules built from this table, which package.json
// contributes as the default of `editor.semanticTokenColorCustomizations` (a test keeps the two
// equal). The rules select the `palette` modifier, which the server adds only while
// `newsAnnotator.colors` is "annotator": with "theme" they match nothing and every token takes
// its theme's colour through `semanticTokenScopes`. The same colours are contributed as theme
// colours (`newsAnnotator.palette.*`) for the legend, and the claim-status colours for the
// decorations (views/claim-decorations.ts).

export const THEME_KINDS = ['dark', 'light', 'highContrast', 'highContrastLight'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];
type PerTheme = Record<ThemeKind, string>;

/** The editor background and body text of the theme each kind was measured on. */
export const MEASURED_ON: Record<ThemeKind, { theme: string; background: string; text: string; minContrast: number }> = {
  dark: { theme: 'Dark Modern', background: '#1F1F1F', text: '#CCCCCC', minContrast: 4.5 },
  light: { theme: 'Light Modern', background: '#FFFFFF', text: '#3B3B3B', minContrast: 4.5 },
  highContrast: { theme: 'Dark High Contrast', background: '#000000', text: '#FFFFFF', minContrast: 7 },
  highContrastLight: { theme: 'Light High Contrast', background: '#FFFFFF', text: '#292929', minContrast: 7 },
};

export interface TextStyle {
  italic?: boolean;
  bold?: boolean;
  underline?: boolean;
}

export interface PaletteClass {
  /** Also the theme colour id `newsAnnotator.palette.<id>`. */
  id: string;
  label: string;
  /** What the class is, for the legend. */
  detail: string;
  /** Semantic-token selectors (type and modifiers, without `palette` and the language). */
  selectors: string[];
  style: TextStyle;
  /** Its colour in each kind of theme. */
  colors: PerTheme;
  /** The scope the "theme" setting colours it as, for the legend. */
  themeScope: string;
}

const BODY: PerTheme = { dark: '#CCCCCC', light: '#3B3B3B', highContrast: '#FFFFFF', highContrastLight: '#292929' };

export const PALETTE: readonly PaletteClass[] = [
  {
    id: 'person', label: 'Person', detail: 'a person named in the article', selectors: ['person'], style: {},
    colors: { dark: '#F7B955', light: '#925500', highContrast: '#FFC05C', highContrastLight: '#704000' },
    themeScope: 'a function name',
  },
  {
    id: 'organization', label: 'Organisation', detail: 'a company, ministry, agency, party', selectors: ['organization'], style: {},
    colors: { dark: '#35C9C0', light: '#006D71', highContrast: '#45DDD4', highContrastLight: '#005A5E' },
    themeScope: 'a type name',
  },
  {
    id: 'location', label: 'Place', detail: 'a country, city, region, site', selectors: ['location'], style: {},
    colors: { dark: '#84CC66', light: '#27700B', highContrast: '#92DE72', highContrastLight: '#1B5C06' },
    themeScope: 'a constant',
  },
  {
    id: 'misc', label: 'Other name', detail: 'a nationality, event, product, law', selectors: ['misc'], style: {},
    colors: { dark: '#F880B0', light: '#B8205E', highContrast: '#FF96BE', highContrastLight: '#8E1248' },
    themeScope: 'a control keyword',
  },
  {
    id: 'figure', label: 'Figure', detail: 'a count, amount, percentage, duration, age', selectors: ['figure'], style: {},
    colors: { dark: '#6AAEFF', light: '#0A5FC0', highContrast: '#88C0FF', highContrastLight: '#0648A0' },
    themeScope: 'a number',
  },
  {
    id: 'date', label: 'Date', detail: 'a date or a time of day', selectors: ['figure.date'], style: {},
    colors: { dark: '#B9A2FF', light: '#7534C8', highContrast: '#D2B8FF', highContrastLight: '#5A1EA6' },
    themeScope: 'a number',
  },
  {
    id: 'quote', label: 'Quotation', detail: 'a source’s own words, in quotation marks (italic)', selectors: ['quote'], style: { italic: true },
    colors: { dark: '#EE9A7E', light: '#B5401E', highContrast: '#FFA98F', highContrastLight: '#922A0A' },
    themeScope: 'a string',
  },
  {
    id: 'reportedSpeech', label: 'Reported speech', detail: 'what a source said, in the reporter’s words (italic)',
    selectors: ['quote.indirect', 'quote.mixed'], style: { italic: true },
    colors: { dark: '#E3D9A6', light: '#6B6524', highContrast: '#EFE7B8', highContrastLight: '#4F4A14' },
    themeScope: 'embedded text (usually uncoloured)',
  },
  {
    id: 'cue', label: 'Attribution cue', detail: '“said”, “told”, “according to” (bold)', selectors: ['attributionCue'], style: { bold: true },
    colors: BODY,
    themeScope: 'a keyword',
  },
  {
    id: 'source', label: 'Source', detail: 'who said it (underlined; a name keeps its colour)', selectors: ['attributionSource'], style: { underline: true },
    colors: BODY,
    themeScope: 'a variable',
  },
  {
    id: 'credit', label: 'Credited staff', detail: 'reporter, editor in the credit line (italic)',
    selectors: ['person.credit', 'organization.credit', 'location.credit', 'misc.credit'], style: { italic: true },
    colors: { dark: '#A0A0A0', light: '#6B6B6B', highContrast: '#A6A6A6', highContrastLight: '#595959' },
    themeScope: 'a comment',
  },
];

/** Names that are a quote's source keep their colour and are underlined, like other sources. */
const NAME_AS_SOURCE = '*.source';

/** The body text colour of each kind (cues and sources keep it). */
export const BODY_TEXT = BODY;

// ---- claim statuses -------------------------------------------------------------------------

export const CLAIM_STATUS_IDS = ['unverified', 'checking', 'verified', 'false', 'misleading', 'unverifiable'] as const;
export type ClaimStatusId = (typeof CLAIM_STATUS_IDS)[number];

export interface StatusLook {
  /** The gutter icon's glyph, drawn as an SVG path on a 16×16 grid. */
  glyph: string;
  /** Icon, overview ruler and (high contrast) border. */
  color: PerTheme;
  /** The band behind the claim's text: the status colour, faint; none in high contrast (a border instead). */
  background: PerTheme;
}

const NONE = '#00000000';
/** A band: the colour at this opacity (hex alpha). */
const band = (hex: string, alpha: string) => `${hex}${alpha}`;

const look = (glyph: string, dark: string, light: string, hc: string, hcLight: string): StatusLook => ({
  glyph,
  color: { dark, light, highContrast: hc, highContrastLight: hcLight },
  background: { dark: band(dark, '1F'), light: band(light, '1A'), highContrast: NONE, highContrastLight: NONE },
});

export const CLAIM_LOOK: Record<ClaimStatusId, StatusLook> = {
  // A hollow ring: tagged, not looked at yet.
  unverified: look('M8 3.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9zm0 2a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z', '#9DA5B4', '#6E7781', '#FFFFFF', '#292929'),
  // An hourglass: being checked.
  checking: look('M4 2h8v2.5L9.5 8L12 11.5V14H4v-2.5L6.5 8L4 4.5zm2 2v.3L8 7l2-2.7V4z', '#58A6FF', '#0969DA', '#79C0FF', '#0550AE'),
  // A tick.
  verified: look('M2.5 8.5l1.6-1.6L6.5 9.3l5.4-5.4l1.6 1.6l-7 7z', '#3FB950', '#1A7F37', '#56D364', '#116329'),
  // A cross.
  false: look('M3.4 4.8l1.4-1.4L8 6.6l3.2-3.2l1.4 1.4L9.4 8l3.2 3.2l-1.4 1.4L8 9.4l-3.2 3.2l-1.4-1.4L6.6 8z', '#F85149', '#CF222E', '#FF7B72', '#A40E26'),
  // A warning sign.
  misleading: look('M8 1.8l6.6 12H1.4zm-1 4.2v4h2V6zm0 5v2h2v-2z', '#E3A33B', '#BC4C00', '#F2CC60', '#8A4600'),
  // A dash in a square: cannot be checked.
  unverifiable: look('M2.5 2.5h11v11h-11zm2 4.5v2h7V7z', '#BC8CFF', '#8250DF', '#D2A8FF', '#6639BA'),
};

/** A claim whose text changed since it was tagged: a dashed outline in this colour. */
export const DRIFTED_BORDER: PerTheme = { dark: '#E3A33B', light: '#BC4C00', highContrast: '#F2CC60', highContrastLight: '#8A4600' };

// ---- what package.json contributes, derived from the table ----------------------------------

export const LANGUAGE = 'news-article';

type Rule = string | TextStyle;

/**
 * The semantic-token rules of one kind of theme. Colours select the `palette` modifier (only
 * with `newsAnnotator.colors` = "annotator"); the styles (italic speech, bold cues, underlined
 * sources) apply with the theme's colours too.
 */
export function semanticRules(kind: ThemeKind): Record<string, Rule> {
  const rules: Record<string, Rule> = {};
  for (const c of PALETTE) {
    for (const s of c.selectors) {
      if (c.colors) rules[`${s}.palette:${LANGUAGE}`] = c.colors[kind];
      if (Object.keys(c.style).length > 0) rules[`${s}:${LANGUAGE}`] = { ...c.style };
    }
  }
  rules[`${NAME_AS_SOURCE}:${LANGUAGE}`] = { underline: true };
  return rules;
}

/**
 * The default of `editor.semanticTokenColorCustomizations`. Rules outside a theme block apply
 * to every theme (dark ones by default); VS Code applies the last matching block, so the most
 * specific theme names come last. Themes are matched by name: a light theme without "Light" in
 * its name gets the dark colours (set `newsAnnotator.colors` to "theme" there).
 */
export function semanticTokenColorCustomizations(): Record<string, unknown> {
  return {
    rules: semanticRules('dark'),
    '[*Light*]': { rules: semanticRules('light') },
    '[*High Contrast*]': { rules: semanticRules('highContrast') },
    '[*High Contrast Light*][*Light High Contrast*]': { rules: semanticRules('highContrastLight') },
  };
}

/** The grammar's scopes for the credit line and boilerplate: greyed like credited staff, not as comments (green in Dark and Light Modern, like places). */
export const GREYED_SCOPES = ['comment.line.credit.news-article', 'comment.block.boilerplate.news-article'];

function textMateRules(kind: ThemeKind): Array<{ scope: string[]; settings: { foreground: string; fontStyle: string } }> {
  const credit = PALETTE.find((c) => c.id === 'credit')!.colors![kind];
  return [{ scope: GREYED_SCOPES, settings: { foreground: credit, fontStyle: 'italic' } }];
}

/**
 * The default of `editor.tokenColorCustomizations`: the TextMate colours of our grammar's credit
 * line and boilerplate (the text between the tokens there). Only our own scopes are touched.
 */
export function tokenColorCustomizations(): Record<string, unknown> {
  return {
    '[*Light*]': { textMateRules: textMateRules('light') },
    '[*High Contrast*]': { textMateRules: textMateRules('highContrast') },
    '[*High Contrast Light*][*Light High Contrast*]': { textMateRules: textMateRules('highContrastLight') },
    textMateRules: textMateRules('dark'),
  };
}

export interface ColorContribution {
  id: string;
  description: string;
  defaults: PerTheme;
}

const defaultsOf = (c: PerTheme) => ({ dark: c.dark, light: c.light, highContrast: c.highContrast, highContrastLight: c.highContrastLight });

/** package.json `contributes.colors`: the legend's swatches and the claim-status decorations. */
export function colorContributions(): ColorContribution[] {
  const out: ColorContribution[] = [];
  for (const c of PALETTE) {
    out.push({
      id: `newsAnnotator.palette.${c.id}`,
      description: `Legend swatch of ${c.label.toLowerCase()} (the text itself is coloured by editor.semanticTokenColorCustomizations).`,
      defaults: defaultsOf(c.colors),
    });
  }
  for (const s of CLAIM_STATUS_IDS) {
    out.push({ id: `newsAnnotator.claim.${s}`, description: `Gutter icon, overview ruler mark and high-contrast outline of a ${s} claim.`, defaults: defaultsOf(CLAIM_LOOK[s].color) });
    out.push({ id: `newsAnnotator.claim.${s}Background`, description: `Band behind the text of a ${s} claim.`, defaults: defaultsOf(CLAIM_LOOK[s].background) });
  }
  out.push({ id: 'newsAnnotator.claim.driftedBorder', description: 'Dashed outline of a claim whose text changed since it was tagged.', defaults: defaultsOf(DRIFTED_BORDER) });
  return out;
}
