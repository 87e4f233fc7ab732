import { strict as assert } from 'node:assert';
import { about, runAttributions as run, showAttributions } from './attribution-helpers';

// Issue 11, round 12: what our blind batch 14 (a CBC-style story of paraphrase and documents, a
// city hall story, a business story with a research note, a court story, a health story with a
// patient) and PolNeAR train's misses showed wrong. Invented sentences in our own words.

describe('attributions: a doubled-apostrophe quotation before a long appositive speaker', () => {
  it("''…,'' Name, director of X and a professor at Y, said: the quotation is the content, the name the source", () => {
    const list = run("''The levy is simple and fair, and it will raise more than the old one ever did,'' Nora Blake, director of the Harbour Tax Centre and a professor at the School of Public Policy of Eastfield University, said of the plan.");
    const a = about(list, 'simple and fair');
    assert.ok(!a.content.text.includes('Nora Blake'), showAttributions(list));
    assert.equal(a.source?.text, 'Nora Blake', showAttributions(list));
  });
});

describe('attributions: "said of X" names what was talked about, never who spoke', () => {
  it('a long speaker phrase left of the cue does not make "of the plan" the source', () => {
    const list = run("''It will not last, and everyone in this building knows it will not last,'' Ivo Marsh, chair of the Harbour Trust and a lecturer at the Faculty of Law of Eastfield University, said of the plan.");
    const a = about(list, 'It will not last');
    assert.ok(!(a.source?.text ?? '').startsWith('of '), showAttributions(list));
  });
});

describe('attributions: a second clause after an inner cue', () => {
  it('", X said, until it went …" reports the clause after the cue too', () => {
    const list = run('The mill was the biggest employer in town, Mr. Dunn said, until it went bankrupt in 1999.');
    assert.equal(about(list, 'until it went bankrupt').source?.text, 'Mr. Dunn', showAttributions(list));
  });
});

describe('attributions: aggregates and charts are documents that show', () => {
  it('"the polling average shows X leading" and "a chart shows" report what they show', () => {
    const list = run('The provincial polling average shows the Liberals leading by four points. A new chart shows debt falling after 2028.');
    assert.equal(about(list, 'the Liberals leading').cue?.text, 'shows', showAttributions(list));
    assert.equal(about(list, 'debt falling').cue?.text, 'shows', showAttributions(list));
  });
});

describe('attributions: a proposal verb with a gerund clause', () => {
  it('"The report recommends replacing …" and "proposed raising …" are reported proposals', () => {
    const list = run('The report recommends replacing the oldest portables first. The panel proposed raising the fee to $40.');
    assert.equal(about(list, 'replacing the oldest portables').source?.text, 'The report', showAttributions(list));
    assert.equal(about(list, 'raising the fee').cue?.text, 'proposed', showAttributions(list));
  });
  it('"recommends nothing" reports no proposal', () => {
    const list = run('The report recommends nothing new.');
    assert.ok(!list.some((a) => a.content.text.includes('nothing')), showAttributions(list));
  });
});

describe('attributions: a name given in quotation marks', () => {
  it('"called him a “liar” who is “…” and a “bully”" runs over the list of names', () => {
    const list = run('Marchand called the mayor a "coward" who is "afraid of his own council" and a "bully."');
    assert.ok(about(list, 'coward').content.text.includes('bully'), showAttributions(list));
  });
  it('"called the plan “a mess” in a post on X" ends with the quotation', () => {
    const list = run('Coun. Ada Lim called the plan "a mess" in a post on X on Monday.');
    assert.ok(!about(list, 'a mess').content.text.includes('post'), showAttributions(list));
  });
});

describe('attributions: "called for" with a quotation inside the demand', () => {
  it('the demand starts after "for", not at the object before the quotation', () => {
    const list = run('Harlow has called for taxing so-called "windfall" profits at a higher rate.');
    const a = about(list, 'windfall');
    assert.ok(a.content.text.startsWith('taxing'), showAttributions(list));
    assert.equal(a.cue?.text, 'called for', showAttributions(list));
  });
});
