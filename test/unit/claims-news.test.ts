// News is not debate: the classifier learned from debate transcripts, so these tests hold its
// hints on news copy to what a fact-checker expects. Sentences with statistics are flagged;
// furniture, bylines, line-ups, captions, promotions and questions never are.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../server/src/analysis';

// An invented wire story with the furniture and shapes news pages carry.
const JOBS = `Hiring doubles pace as jobless claims sink to three-decade low

  • Employers add 211,000 jobs in March
  • Wages up 4.1% from a year earlier

By Marta Olsen, Economics Correspondent

LISBURN, April 5 (Wirewire) – Employers in Calder added 211,000 jobs in March, roughly double the pace economists had expected, the national statistics office said on Friday.

Layoffs are at a three-decade low, and the jobless rate fell to 3.6% from 3.9% in February.

About 9,000 people lost their jobs in the cold snap, not 90,000 as a union leaflet claimed.

Watch 7 charts that explain the jobs report in 60 seconds:

Finance minister Ruth Adebayo welcomed the figures. "Why would anyone doubt these numbers?" she asked.

"I have never queued for a job in my life and why would I start now?" said one recruiter.

I think the government should do more for young workers, and we need a fairer tax system.

A shopper walks past a hiring sign in Lisburn, Calder, April 4, 2025. WIREWIRE/Jonas Berg

Team: Okafor; Brennan, Lutz, Marsh, Diaz; Kemp, Ahn, Suarez; Ito, Grieve, Novak.

Read more: Why the central bank is in no hurry to cut rates

Subscribe to our weekly economy newsletter

Reporting by Marta Olsen; Editing by Paul Reyes
`;

const flagged = (a: Analysis, fragment: string) => a.claims.some((c) => c.text.includes(fragment));

/** Checks that hold for any news article: nothing outside the story's sentences, no questions or lead-ins. */
function assertNewsShape(a: Analysis, name: string): void {
  const { paragraphs, dateline } = a.segmentation;
  for (const c of a.claims) {
    const p = paragraphs.find((x) => x.start <= c.start && c.end <= x.end);
    assert.ok(p && (p.role === 'body' || p.role === 'bullet' || p.role === 'headline'), `${name}: ${c.text} is in a ${p?.role} paragraph`);
    assert.ok(!dateline || c.end <= dateline.start || c.start >= dateline.end, `${name}: ${c.text} covers the dateline`);
    assert.ok(!a.boilerplate.some((b) => b.start < c.end && c.start < b.end), `${name}: ${c.text} covers boilerplate`);
    assert.ok(!c.text.includes('?'), `${name}: a question was flagged: ${c.text}`);
    assert.ok(!/:\s*$/.test(c.text), `${name}: a lead-in was flagged: ${c.text}`);
    assert.ok(c.reasons.length > 0, `${name}: ${c.text} has no reason`);
  }
}

/** Sentences of the story that state a percentage, a sum of money or a count in the thousands. */
function statisticSentences(a: Analysis): Array<{ start: number; end: number }> {
  const strong = a.figures.filter((f) => f.kind === 'PERCENT' || f.kind === 'MONEY' ||
    ((f.kind === 'CARDINAL' || f.kind === 'QUANTITY') && (f.value ?? 0) >= 1000));
  return a.segmentation.sentences.filter((s) => {
    const role = a.segmentation.paragraphs[s.paragraph].role;
    const story = role === 'body' || role === 'bullet' || role === 'headline';
    const isDateline = a.segmentation.dateline?.start === s.start;
    return story && !isDateline && strong.some((f) => f.start >= s.start && f.start < s.end) && !a.text.slice(s.start, s.end).includes('?');
  });
}

describe('claims on news copy', () => {
  const a = analyze(JOBS);

  it('flags the sentences with statistics', () => {
    assert.ok(flagged(a, 'added 211,000 jobs in March, roughly double the pace'));
    assert.ok(flagged(a, 'Layoffs are at a three-decade low'));
    assert.ok(flagged(a, 'About 9,000 people lost their jobs in the cold snap, not 90,000'));
    assert.ok(flagged(a, 'Wages up 4.1%'));
  });

  it('explains them in a fact-checker’s words', () => {
    const low = a.claims.find((c) => c.text.startsWith('Layoffs are at'));
    assert.ok(low?.reasons.includes('record or first'), low?.reasons.join(', '));
    assert.ok(low?.reasons.includes('change over time'), low?.reasons.join(', '));
    const jobs = a.claims.find((c) => c.text.includes('added 211,000 jobs'));
    assert.ok(jobs?.reasons.includes('attributed assertion') && jobs.reasons.includes('comparison'), jobs?.reasons.join(', '));
  });

  it('never flags the byline, dateline, promotion, questions, caption, line-up, read-more, sign-up or credit line', () => {
    for (const fragment of [
      'By Marta Olsen', 'LISBURN, April 5', 'Watch 7 charts', 'Why would anyone doubt', 'why would I start now',
      'A shopper walks past', 'WIREWIRE/Jonas Berg', 'Team: Okafor', 'Read more', 'Subscribe to our', 'Reporting by',
    ]) assert.ok(!flagged(a, fragment), `flagged: ${fragment}`);
  });

  it('leaves the speaker’s own opinion alone', () => {
    assert.ok(!flagged(a, 'I think the government should do more'));
  });

  it('keeps the news shape', () => {
    assertNewsShape(a, 'jobs story');
  });
});

describe('claims on the sample articles and the seed article', () => {
  const root = join(__dirname, '..', '..');
  const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.article')).map((f) => join(root, 'samples', f));

  for (const path of samples) {
    it(`${path.slice(root.length + 1)}: statistics flagged, furniture and questions never`, () => {
      const a = analyze(readFileSync(path, 'utf8'));
      assertNewsShape(a, path);
      const stats = statisticSentences(a);
      assert.ok(stats.length > 0, 'the sample has statistics');
      for (const s of stats) assert.ok(a.claims.some((c) => c.start === s.start), `not flagged: ${a.text.slice(s.start, s.end)}`);
    });
  }

  // The seed article is read where the team keeps it, never copied into the repository.
  const seed = join(root, '..', 'shared', 'fixtures', 'kazakhstan-reuters.txt');
  it('the seed article: statistics flagged, furniture and questions never', function () {
    if (!existsSync(seed)) this.skip();
    const a = analyze(readFileSync(seed, 'utf8'));
    assertNewsShape(a, 'seed');
    const stats = statisticSentences(a);
    assert.ok(stats.length >= 4, `${stats.length} statistic sentences`);
    for (const s of stats) assert.ok(a.claims.some((c) => c.start === s.start), `not flagged: ${a.text.slice(s.start, s.end)}`);
  });
});
