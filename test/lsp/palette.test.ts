// The colours: package.json contributes exactly what client/src/palette.ts defines, every rule
// selects token types and modifiers the server really sends, and the palette reads in the four
// kinds of theme (WCAG contrast against the background and over the claim bands, and a
// CIEDE2000 distance between classes that only colour tells apart).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CLAIM_LOOK,
  CLAIM_STATUS_IDS,
  colorContributions,
  MEASURED_ON,
  PALETTE,
  semanticTokenColorCustomizations,
  THEME_KINDS,
  tokenColorCustomizations,
  type TextStyle,
} from '../../client/src/palette';
import { CLAIM_STATUSES } from '../../server/src/shared/vocabulary';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/lsp/features/token-legend';
import { blend, contrast, deltaE } from './colour-math';
import { ROOT } from './harness';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const styleOf = (s: TextStyle) => [s.italic && 'italic', s.bold && 'bold', s.underline && 'underline'].filter(Boolean).join('+') || 'plain';
/** Two classes in the same style must differ this much by colour alone (ΔE00; 10 already reads as another colour). */
const MIN_DISTANCE = 15;

describe('Palette', () => {
  it('is what package.json contributes (rules, legend swatches, claim colours)', () => {
    const expected = semanticTokenColorCustomizations();
    assert.deepEqual(pkg.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'], expected,
      `package.json configurationDefaults should be:\n${JSON.stringify(expected, null, 2)}`);
    assert.deepEqual(pkg.contributes.configurationDefaults['editor.tokenColorCustomizations'], tokenColorCustomizations(),
      `package.json configurationDefaults should be:\n${JSON.stringify(tokenColorCustomizations(), null, 2)}`);
    assert.deepEqual(pkg.contributes.colors, colorContributions(), `package.json colors should be:\n${JSON.stringify(colorContributions(), null, 2)}`);
  });

  it('selects only token types and modifiers the server sends; colours need the palette modifier, styles do not', () => {
    const rules = semanticTokenColorCustomizations() as Record<string, { rules?: Record<string, unknown> } & Record<string, unknown>>;
    const all = [rules.rules as Record<string, unknown>, ...Object.entries(rules).filter(([k]) => k.startsWith('[')).map(([, v]) => (v as { rules: Record<string, unknown> }).rules)];
    for (const block of all) {
      for (const selector of Object.keys(block)) {
        const [head, language] = selector.split(':');
        assert.equal(language, 'news-article', selector);
        const [type, ...mods] = head.split('.');
        assert.ok(type === '*' || (TOKEN_TYPES as readonly string[]).includes(type), `${selector}: type ${type}`);
        for (const m of mods) assert.ok((TOKEN_MODIFIERS as readonly string[]).includes(m), `${selector}: modifier ${m}`);
        const rule = block[selector];
        // Colours only while newsAnnotator.colors is "annotator"; styles (no colour) always.
        if (typeof rule === 'string' || (rule as { foreground?: string }).foreground) assert.ok(mods.includes('palette'), `${selector} colours only with the palette modifier`);
        else assert.ok(!mods.includes('palette'), `${selector} is a style, kept with the theme's colours`);
        assert.notEqual(type, 'claim', 'a claim is never recoloured');
      }
      assert.equal(Object.keys(block).length, Object.keys(all[0]).length, 'every theme block defines every rule (VS Code keeps only the last matching block)');
    }
  });

  it('has a colour and an icon for every claim status', () => {
    assert.deepEqual([...CLAIM_STATUS_IDS], [...CLAIM_STATUSES]);
    for (const s of CLAIM_STATUS_IDS) assert.ok(CLAIM_LOOK[s].glyph.startsWith('M'), s);
  });

  for (const kind of THEME_KINDS) {
    const m = MEASURED_ON[kind];
    describe(`in ${m.theme}`, () => {
      it(`every class has a contrast of at least ${m.minContrast}:1 with the background`, () => {
        for (const c of PALETTE) {
          const ratio = contrast(c.colors![kind], m.background);
          assert.ok(ratio >= m.minContrast, `${c.label} ${c.colors![kind]} on ${m.background}: ${ratio.toFixed(2)}`);
        }
      });

      it('every class stays readable over every claim band (at least 4.5:1)', () => {
        for (const s of CLAIM_STATUS_IDS) {
          const band = blend(CLAIM_LOOK[s].background[kind], m.background);
          for (const c of PALETTE) {
            const ratio = contrast(c.colors![kind], band);
            assert.ok(ratio >= 4.5, `${c.label} on the ${s} band ${band}: ${ratio.toFixed(2)}`);
          }
        }
      });

      it('the status colours are visible against the background (at least 3:1, as icons need)', () => {
        for (const s of CLAIM_STATUS_IDS) {
          const ratio = contrast(CLAIM_LOOK[s].color[kind], m.background);
          assert.ok(ratio >= 3, `${s} ${CLAIM_LOOK[s].color[kind]}: ${ratio.toFixed(2)}`);
        }
      });

      it(`classes in the same style are at least ΔE00 ${MIN_DISTANCE} apart, and apart from the body text`, () => {
        const body = { label: 'body text', colors: { [kind]: m.text }, style: {} as TextStyle };
        const items = [...PALETTE, body];
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            const a = items[i];
            const b = items[j];
            if (styleOf(a.style) !== styleOf(b.style)) continue; // told apart by italic, bold or underline
            const d = deltaE(a.colors![kind]!, b.colors![kind]!);
            assert.ok(d >= MIN_DISTANCE, `${a.label} / ${b.label}: ΔE00 ${d.toFixed(1)}`);
          }
        }
      });
    });
  }
});
