// The cue lexicon as data: verbs that introduce reported speech, beliefs and documents.
// Sources: the project's own list, the Gender Gap Tracker's quote verbs
// (../shared/data/lexicons/ggt-quote-verbs.txt, MIT: the unambiguous ones, with the flags
// below) and manner-of-speaking verbs that PolNeAR's training split marks next to quotations.
// Each line lists the inflected forms of one verb (base form first; "!" marks a form that is
// too ambiguous to count), then optional flags after a colon:
//   tell    – the verb takes a recipient before its content ("told reporters that …")
//   that    – only a cue when a clause follows ("that", a quote, a colon): ambiguous verbs
//   belief  – a belief or intention rather than speech (PolNeAR counts them)
//   doc     – typically said of documents and polls ("the survey found")
//   as      – content follows "as" ("described the move as …")
//   quote   – only a cue with a quotation as its object ("called it “a disgrace”", "chanted “…”")
//   clause  – a stance toward a thing ("endorsed", "supported"): a cue only before "that …" or a
//             quotation ("agreed that …"), not before a plain object ("endorsed Cruz")
//   act     – a speech act aimed at a thing ("criticized the plan", "called for an inquiry"): the
//             object is what was said about; the content is the rest of the clause
//   to      – a pledge or plan: a cue only before "to …" or "that …" ("pledged to fight")
//   (shoot, fire, hit: a retort only as "shot back that …", frame.ts)
//   seem    – an evidential ("seemed to"): the subject and the "to" clause (none listed: evidentials
//             and intentions such as "is expected to", "wanted to" report no speech)

export interface CueEntry {
  lemma: string;
  tell: boolean;
  needsClause: boolean;
  belief: boolean;
  doc: boolean;
  as: boolean;
  quoteOnly: boolean;
  /** The content is the rest of the clause after the verb ("cited reports that …", "criticized the plan"). */
  clauseObject: boolean;
  /** A speech act aimed at a thing: a plain object counts as content ("criticized the plan"). */
  act: boolean;
  toClause: boolean;
  evidential: boolean;
  /** The form is a present participle ("saying"): its speaker is the clause's subject. */
  participle: boolean;
  /** The form can be a past participle ("said", "told"): after a form of "be" it is passive. */
  pastParticiple: boolean;
  /**
   * A participle of a verb that is no ":that" verb ("alleging", "warning"): besides "that …", a
   * clause with its subject and verb follows it as content (", alleging the company made them …").
   */
  bareClause: boolean;
}

const VERBS = `
say said says saying
tell told tells telling :tell
add added adds adding :that
note noted notes noting
write wrote writes !writing written
!tweet tweeted tweets !tweeting
announce announced announces !announcing
warn warned warns warning
!claim claimed claims claiming
insist insisted insists insisting
!demand demanded demands demanding :that
recommend recommended recommends recommending :that
argue argued argues arguing
!state stated !states stating :that
declare declared declares declaring :that
explain explained explains explaining
ask asked asks asking :tell
suggest suggested suggests suggesting
report reported reports reporting :that
acknowledge acknowledged acknowledges acknowledging
admit admitted admits admitting
confess confessed confesses confessing
concede conceded concedes conceding :that
!accept accepted accepts !accepting :clause
confirm confirmed confirms confirming :that
deny denied denies denying :that
predict predicted predicts predicting
forecast forecasted forecasts !forecasting :that
reply replied replies replying :that
respond responded responds responding :that
recall recalled recalls recalling :that
stress stressed stresses stressing
emphasize emphasized emphasizes emphasizing
emphasise emphasised emphasises emphasising
contend contended contends contending
assert asserted asserts asserting
maintain maintained maintains maintaining :that
observe observed observes observing :that
!promise promised promises promising
pledge pledged pledges pledging :to
vow vowed vows vowing
complain complained complains complaining
joke joked jokes joking
quip quipped quips quipping
boast boasted boasts boasting
allege alleged alleges alleging
testify testified testifies testifying
reveal revealed reveals revealing :that
disclose disclosed discloses disclosing :that
estimate estimated estimates estimating :that
conclude concluded concludes concluding
caution cautioned cautions cautioning
counter countered counters countering
retort retorted retorts retorting
!remark remarked !remarks remarking
mention mentioned mentions mentioning :that
continue continued continues continuing :that
indicate indicated indicates indicating :that
!specify specified specifies !specifying :that
hint hinted hints hinting :that
speculate speculated speculates speculating
charge charged charges charging :that
accuse accused accuses accusing :that
urge urged urges !urging :tell
assure assured assures assuring :tell
inform informed informs informing :tell
remind reminded reminds reminding :tell
describe described describes describing :as
characterize characterized characterizes characterizing :as
believe believed believes believing :belief
think !thought thinks thinking :belief
expect expected expects expecting :belief :that
hope hoped hopes hoping :belief :that
fear feared fears fearing :belief
worry worried worries worrying :belief :that
doubt doubted doubts doubting :belief
suspect suspected suspects suspecting :belief :that
feel felt feels feeling :belief :that
know knew knows knowing known :belief :that
guess guessed guesses guessing :belief
assume assumed assumes assuming :belief :that
understand understood understands !understanding :belief :that
show showed shows !showing shown :doc :that
call called calls calling :quote
accuse accused accuses !accusing
!question questioned !questions !questioning :act
!cite cited cites citing :act
!reiterate reiterated reiterates !reiterating :clause
!repeat repeated repeats !repeating :that
!post posted !posts !posting :that
!signal signaled signalled signals !signaling :that
lament lamented laments lamenting
!support supported !supports !supporting :clause
!offer offered !offers !offering :clause
!propose proposed proposes !proposing :act
!seek sought seeks !seeking :clause
!express !expressed !expresses !expressing :clause
!reject rejected rejects !rejecting :act
!blame blamed blames !blaming :act
!attack attacked !attacks !attacking :clause
!point pointed !points !pointing :act
!refer !referred !refers referring :clause
!agree agreed agrees !agreeing :clause
!endorse endorsed endorses !endorsing :clause
!criticize criticized criticizes !criticizing :act
!criticise criticised criticises !criticising :act
!praise praised praises !praising :act
!oppose !opposed !opposes !opposing :clause
!defend defended defends !defending :act
!blast blasted blasts !blasting :act
!condemn condemned condemns !condemning :act
!applaud applauded applauds !applauding :act
!mock mocked mocks !mocking :act
!shoot shot shoots !shooting :clause
!fire fired fires !firing :clause
!hit hits !hitting :clause
dub dubbed dubs dubbing :quote
label labeled labels labelled labeling labelling :quote
brand branded brands branding :quote
term termed terms :quote
chant chanted chants chanting :quote
yell yelled yells yelling :quote
shout shouted shouts shouting :quote
scream screamed screams screaming :quote
read reads :quote
echo echoed echoes echoing :quote
answer answered answers answering :quote
tout touted touts touting :quote
find found finds finding :doc :that
comment commented comments commenting :that
clarify clarified clarifies clarifying :that
exclaim exclaimed exclaims exclaiming
proclaim proclaimed proclaims proclaiming :that
restate restated restates restating :that
reassert reasserted reasserts reasserting :that
reconfirm reconfirmed reconfirms reconfirming :that
highlight highlighted highlights highlighting :that
preach preached preaches preaching :that
reckon reckoned reckons reckoning :belief
advise advised advises advising :tell :that
notify notified notifies notifying :tell :that
reassure reassured reassures reassuring :tell
decry decried decries decrying :act
denounce denounced denounces denouncing :act
dispute disputed disputes disputing :act
bark barked barks :quote
beam beamed beams :quote
gush gushed gushes :quote
fume fumed fumes :quote
snap snapped snaps :quote
sigh sighed sighs :quote
laugh laughed laughs :quote
muse mused muses :quote
marvel marveled marvelled marvels :quote
scoff scoffed scoffs :quote
wonder wondered wonders :quote
recount recounted recounts :quote
remember remembered remembers :quote
whisper whispered whispers :quote
mutter muttered mutters :quote
grumble grumbled grumbles :quote
grouse groused grouses :quote
tease teased teases :quote
plead pleaded pleads :quote
implore implored implores :quote
beg begged begs :quote
interject interjected interjects :quote
exult exulted exults :quote
`;

const CORE_PARTICIPLES = new Set(['saying', 'adding', 'noting', 'arguing', 'explaining', 'insisting', 'asking', 'telling', 'writing', 'declaring', 'stating']);

function parse(): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const raw of VERBS.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [formsPart, ...flagParts] = line.split(':');
    const flags = new Set(flagParts.map((f) => f.trim()));
    const forms = formsPart.trim().split(/\s+/);
    const lemma = forms[0].replace('!', '');
    for (const raw of forms) {
      // "!form": a form too ambiguous to be a cue (measured: mostly a noun or an adjective).
      if (raw.startsWith('!')) continue;
      const form = raw;
      const participle = form.endsWith('ing') && form !== lemma;
      map.set(form, {
        lemma,
        tell: flags.has('tell'),
        // Apart from the plain speech verbs, a participle is a cue only before a clause.
        needsClause: flags.has('that') || (participle && !CORE_PARTICIPLES.has(form)),
        belief: flags.has('belief'),
        doc: flags.has('doc'),
        as: flags.has('as'),
        quoteOnly: flags.has('quote'),
        clauseObject: flags.has('clause') || flags.has('act'),
        act: flags.has('act'),
        toClause: flags.has('to'),
        evidential: flags.has('seem'),
        participle,
        pastParticiple: form !== lemma && !form.endsWith('ing') && !form.endsWith('s'),
        bareClause: participle && !flags.has('that') && !CORE_PARTICIPLES.has(form),
      });
    }
  }
  return map;
}

/** Cue verbs by lower-case word form. */
export const CUE_VERBS: ReadonlyMap<string, CueEntry> = parse();

/**
 * "states" is mostly a noun ("the states that border it": PolNeAR train, 28 of 29 before
 * "that"), but after a document it is the verb ("The ruling states that …"): then a cue
 * before a clause, as "stated" is.
 */
export const STATES_AFTER_DOCUMENT: CueEntry = { ...CUE_VERBS.get('stated')!, needsClause: true, pastParticiple: false };

/** Verbs of "put it bluntly:", "summed it up:", "as X put it" (continuations.ts, as-put-it.ts). */
export const PUT_IT: ReadonlySet<string> = new Set(['put', 'puts', 'summed', 'sums', 'summarized', 'summarised']);
