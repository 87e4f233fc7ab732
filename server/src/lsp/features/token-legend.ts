// The semantic token legend. package.json's semanticTokenTypes/Modifiers declare the same names
// (a test checks they agree), and semanticTokenScopes maps each to TextMate scopes.
export const TOKEN_TYPES = [
  'person',
  'organization',
  'location',
  'misc',
  'figure',
  'quote',
  'attributionCue',
  'attributionSource',
  'claim',
] as const;

export const TOKEN_MODIFIERS = [
  'credit',
  'source',
  'approximate',
  'bound',
  'direct',
  'indirect',
  'mixed',
  'unattributed',
  'continuation',
  'tagged',
  'drifted',
  'orphaned',
  'unverified',
  'checking',
  'verified',
  'false',
  'misleading',
  'unverifiable',
  // A figure that is a date or a time of day (coloured apart from amounts).
  'date',
  // Coloured with News Annotator's palette (setting newsAnnotator.colors = "annotator"); without
  // it, editors colour each type as the theme colours its TextMate scope.
  'palette',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const TYPE_INDEX = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;

export function modifierBits(...mods: Array<TokenModifier | false | null | undefined>): number {
  let bits = 0;
  for (const m of mods) if (m) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return bits;
}

export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
