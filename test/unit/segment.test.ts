import { strict as assert } from 'node:assert';
import { segment } from '../../server/src/analysis/segment';

const STORY = `Harbour strike ends after pay deal, union says

  • Dock workers return on Monday
  • Deal worth 4.2% a year

PORTVALE, March 3 (Wirewire) – Dock workers at the port of Portvale voted on Sunday to end a nine-day strike. Mr. Okafor, who leads the union, said the U.S. shipping lines had agreed to the terms. Jan. deliveries resume.

Subscribe now for unlimited access to Wirewire.com

The port handles a third of the region's grain exports. read more

Reporting by Ana Lima; Editing by Tom Reed

Leave a Comment`;

describe('segmentation', () => {
  const seg = segment(STORY);
  const roles = seg.paragraphs.map((p) => p.role);

  it('gives paragraphs their roles', () => {
    assert.deepEqual(roles, ['headline', 'bullet', 'bullet', 'body', 'boilerplate', 'body', 'credit', 'boilerplate']);
  });

  it('takes a line of a lone "*" (a section break) as a paragraph of its own, whatever sits either side', () => {
    const text = 'The council met on Tuesday.\n*\n(Minutes of the meeting follow in the order they were taken)\n*\nItem one was the harbour budget.';
    const seg = segment(text);
    assert.deepEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end)), [
      'The council met on Tuesday.', '*', '(Minutes of the meeting follow in the order they were taken)', '*', 'Item one was the harbour budget.',
    ]);
  });

  it('reads the dateline', () => {
    assert.ok(seg.dateline);
    assert.equal(seg.dateline.place?.text, 'PORTVALE');
    assert.equal(seg.dateline.date?.text, 'March 3');
    assert.equal(seg.dateline.agency?.text, 'Wirewire');
  });

  it('does not end sentences at abbreviations', () => {
    const texts = seg.sentences.map((s) => STORY.slice(s.start, s.end));
    assert.ok(texts.includes('Mr. Okafor, who leads the union, said the U.S. shipping lines had agreed to the terms.'), texts.join('\n'));
    assert.ok(texts.includes('Jan. deliveries resume.'));
  });

  it('does not end sentences at police and council titles', () => {
    const text = 'Const. Mireille Roy told reporters the road was closed. Coun. Deb Nyman and Cst. Paul Oduya agreed.';
    const s = segment(text);
    assert.deepEqual(
      s.sentences.map((x) => text.slice(x.start, x.end)),
      ['Const. Mireille Roy told reporters the road was closed.', 'Coun. Deb Nyman and Cst. Paul Oduya agreed.'],
    );
  });

  it('ends a sentence at "D.C." or "S.A." when a sentence starter follows, and not inside one', () => {
    const text = 'The firm moved to Washington, D.C. It has 40 staff. Harbour Lines S.A. The deal closed. The D.C. office and Atlas S.A. shares rose.';
    const s = segment(text);
    assert.deepEqual(
      s.sentences.map((x) => text.slice(x.start, x.end)),
      ['The firm moved to Washington, D.C.', 'It has 40 staff.', 'Harbour Lines S.A.', 'The deal closed.', 'The D.C. office and Atlas S.A. shares rose.'],
    );
  });

  it('does not end sentences at the initials of a name', () => {
    const text = 'Board chair Marta Q. Lindqvist said the vote was close. The report was signed by A. J. Okoro. It ends at Plan B. The rest waits.';
    const s = segment(text);
    assert.deepEqual(
      s.sentences.map((x) => text.slice(x.start, x.end)),
      [
        'Board chair Marta Q. Lindqvist said the vote was close.',
        'The report was signed by A. J. Okoro.',
        'It ends at Plan B.',
        'The rest waits.',
      ],
    );
  });

  it('ends a sentence at a temperature\'s unit after a number ("above 10 C."), not at an initial', () => {
    const text = 'Bears wake when the ground warms above 4 C. Rangers then close the trail. The high was 81 F. Crews were sent home. The study lead, Rosa K. Amundsen, agreed.';
    const s = segment(text);
    assert.deepEqual(
      s.sentences.map((x) => text.slice(x.start, x.end)),
      [
        'Bears wake when the ground warms above 4 C.',
        'Rangers then close the trail.',
        'The high was 81 F.',
        'Crews were sent home.',
        'The study lead, Rosa K. Amundsen, agreed.',
      ],
    );
  });

  it('gives a straight quotation mark after a sentence\'s end to the sentence it opens', () => {
    const text = `The ferry line said in a statement. "We will sail again on Monday," it added. "It was hard." Crews agreed. 'Not yet,' one said.`;
    const s = segment(text);
    assert.deepEqual(
      s.sentences.map((x) => text.slice(x.start, x.end)),
      [
        'The ferry line said in a statement.',
        '"We will sail again on Monday," it added.',
        '"It was hard."',
        'Crews agreed.',
        "'Not yet,' one said.",
      ],
    );
  });

  it('ends a sentence after "a.m." or "p.m." when a new one starts, not before a day, a month or a time zone', () => {
    const text = 'Stocks rose at 9:45 a.m. Economists expect a cut. The vote is at 7 p.m. Tuesday. Trading ended at 4 p.m. ET with gains. It opens at 9 a.m. Tokyo time. Doors open at 8 a.m. Mayor Reyes will speak.';
    const s = segment(text);
    assert.deepEqual(
      s.sentences.map((x) => text.slice(x.start, x.end)),
      [
        'Stocks rose at 9:45 a.m.',
        'Economists expect a cut.',
        'The vote is at 7 p.m. Tuesday.',
        'Trading ended at 4 p.m. ET with gains.',
        'It opens at 9 a.m. Tokyo time.',
        'Doors open at 8 a.m.',
        'Mayor Reyes will speak.',
      ],
    );
  });

  it('finds boilerplate and keeps it out of sentences', () => {
    assert.deepEqual(seg.boilerplate.map((b) => b.kind), ['signup', 'read-more', 'comments']);
    for (const t of seg.tokens) {
      for (const b of seg.boilerplate) assert.ok(t.end <= b.start || t.start >= b.end, `token ${t.text} inside boilerplate`);
    }
  });

  it('recognises other kinds of boilerplate lines', () => {
    const lines = ['Read the rest here.', 'Click here to read the full report', 'Advertisement', 'Share this article', '© 2026 Wirewire. All rights reserved.', '12 Comments'];
    const s = segment(`Body text here.\n\n${lines.join('\n\n')}\n\nMore body text.`);
    assert.equal(s.boilerplate.length, lines.length, JSON.stringify(s.boilerplate));
    assert.equal(s.paragraphs.filter((p) => p.role === 'body').length, 2);
  });

  it('reads the names in credit lines', () => {
    assert.deepEqual(seg.credits[0].names.map((n) => n.text), ['Ana Lima', 'Tom Reed']);
    const text = 'Harbour news\n\nThe port reopened on Monday.\n\nAdditional reporting by Jae-min Seo in Seoul; Editing by Tom Reed';
    assert.deepEqual(segment(text).credits[0].names.map((n) => n.text), ['Jae-min Seo', 'Tom Reed']);
  });

  it('splits possessives and keeps numbers whole', () => {
    const words = seg.tokens.map((t) => t.text);
    assert.ok(words.includes("region"));
    assert.ok(words.includes("'s"));
    assert.ok(words.includes('4.2'));
    for (const t of seg.tokens) assert.equal(STORY.slice(t.start, t.end), t.text);
  });
});
