import { describe, expect, it } from 'vitest';
import { cleanSentence, countWords, dropVocative } from '../../shared/drafting/clean';
import { actionCue, actionSpan, foraNamed, splitClauses, takeawayCue } from '../../shared/drafting/cues';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import {
  classifyTurn,
  proceduralCue,
  sentenceRoles,
  type TurnContext,
} from '../../shared/drafting/procedural';
import { mmrSelect, type SummarySentence } from '../../shared/drafting/summary';
import { findTransition } from '../../shared/drafting/transitions';
import { DEFAULT_FORA } from '../../shared/model/session';
import { SYNTHETIC, scoreSynthetic, syntheticSession } from '../support/syntheticSession';

const analyzer = createAnalyzer();

describe('sentence cleaning', () => {
  it('drops stage directions, doubled punctuation and fillers, and capitalises', () => {
    expect(cleanSentence('so, we had (inaudible) eight months of consultation ,really?.')).toBe(
      'We had eight months of consultation, really?',
    );
    expect(cleanSentence('Not with flowers. (Laughter).')).toBe('Not with flowers.');
    expect(cleanSentence('and the fee is per household')).toBe('The fee is per household.');
    expect(cleanSentence('(Applause).')).toBe('');
  });
  it('drops spoken lead-ins and asides that carry no content, keeping every content word', () => {
    expect(cleanSentence('So I think that the fee should be collected at the border.')).toBe(
      'The fee should be collected at the border.',
    );
    expect(cleanSentence('As I said, honestly, a cable stripping machine costs two months of income.')).toBe(
      'A cable stripping machine costs two months of income.',
    );
    expect(cleanSentence('The copper price is, you know, the same for burnt cable.')).toBe(
      'The copper price is the same for burnt cable.',
    );
    // Frames that announce a point, before a clause long enough to be the point.
    expect(cleanSentence('So what we found is that the licence fee priced villages out.')).toBe(
      'The licence fee priced villages out.',
    );
    expect(cleanSentence('I want to stress that donors pay for installation, not running costs.')).toBe(
      'Donors pay for installation, not running costs.',
    );
    expect(cleanSentence('My point is: every network trains two technicians.')).toBe(
      'Every network trains two technicians.',
    );
    expect(cleanSentence('What we found is worrying.')).toBe('What we found is worrying.');
    expect(cleanSentence('I want to train them.')).toBe('I want to train them.');
    // Not a lead-in: what the speaker thinks is the content here.
    expect(cleanSentence('I think twice before I buy a phone.')).toBe('I think twice before I buy a phone.');
    expect(cleanSentence('Of course not.')).toBe('Of course not.');
  });
  it('drops an address by name only for people of the session', () => {
    const names = new Set(['henrik']);
    expect(dropVocative('Henrik, photograph the technician.', names)).toBe('Photograph the technician.');
    expect(dropVocative('Sadly, nobody came.', names)).toBe('Sadly, nobody came.');
  });
  it('counts words as a reader does', () => {
    expect(countWords("Don't sell the airwaves — 40 percent of land.")).toBe(8);
  });
});

describe('procedural detection', () => {
  it('names the kind of procedure a sentence is', () => {
    expect(proceduralCue('Good morning, everyone, and welcome to the session.')).toBe('greeting');
    expect(proceduralCue('Carlos, I think you are muted.')).toBe('audio or video');
    expect(proceduralCue('We have about twenty minutes left.')).toBe('time');
    expect(proceduralCue('Over to you, Ratna.')).toBe('floor');
    expect(proceduralCue('Please post your questions in the chat.')).toBe('logistics');
    expect(proceduralCue('(Laughter).')).toBe('stage direction');
    expect(proceduralCue('Thank you. Kalkidan Assefa, I’m a student and a youth volunteer.')).toBe(
      'introduction',
    );
    expect(proceduralCue("Thank you. Kalkidan Assefa, I'm a student and a youth volunteer.")).toBe(
      'introduction',
    );
    expect(proceduralCue('Small states, I am sure, can do it alone.')).toBeNull();
    expect(proceduralCue('Will the donor mapping and the model clauses be shared?')).toBe('logistics');
    expect(proceduralCue('Backhaul eats half of the monthly costs.')).toBeNull();
  });

  const ctx = (chairs: boolean): TurnContext => ({
    names: new Set(['yared', 'mulugeta', 'ratna']),
    fullNames: ['yared mulugeta'],
    questionTerms: [new Set(['spectrum', 'regulation', 'licence', 'community', 'network', 'rural'])],
    chairs,
  });
  const verdict = (text: string, chairs = true) => {
    const sentences = analyzer.analyze(text);
    return classifyTurn(
      sentenceRoles(sentences, ctx(chairs)),
      ctx(chairs),
      sentences.map((s) => s.raw),
    );
  };

  it('recognises greetings, floor hand-overs, time checks and audio trouble as procedural', () => {
    expect(verdict('Thank you, Theo. Ratna, and then Farida.').procedural).toBe(true);
    expect(verdict('Two minutes left, please.').procedural).toBe(true);
    expect(verdict('Hello? Can you hear me?', false).procedural).toBe(true);
    expect(
      verdict('Next to me is Yared Mulugeta, who leads spectrum planning. Yared, please.').procedural,
    ).toBe(true);
  });
  it('keeps a topical follow-up question and a one-line recommendation as content', () => {
    expect(verdict('And if head office still says no?').procedural).toBe(false);
    expect(verdict('Fund the radio before the storm, not after it.', false).procedural).toBe(false);
    expect(
      verdict('We issued nineteen secondary-use permits and received no interference complaint.', false)
        .procedural,
    ).toBe(false);
  });
});

describe('calls to action: cue phrases and addressees', () => {
  it('finds obligations with their addressee', () => {
    expect(actionCue('Governments must either spend it or stop collecting it.')).toMatchObject({
      cue: 'must',
      addressee: 'governments',
    });
    expect(actionCue('My ask to finance ministries is very concrete: remove the import duty.')).toMatchObject(
      {
        cue: 'recommendation',
        addressee: 'finance ministries',
      },
    );
    expect(actionCue('I would urge donors to fund the second year.')).toMatchObject({ addressee: 'donors' });
    expect(actionCue('To governments: recognise community networks in law.')).toMatchObject({
      addressee: 'governments',
    });
  });
  it('finds imperatives and inherits the addressee declared before them', () => {
    expect(actionCue('Design a second door.')).toMatchObject({ cue: 'imperative' });
    expect(actionCue("Don't confuse a crowded city with an empty valley.")).toMatchObject({
      cue: 'imperative',
    });
    expect(actionCue('Publish the map every year.', { addressee: 'regulators' })).toMatchObject({
      addressee: 'regulators',
    });
  });
  it('does not take questions, hedges or descriptions for calls to action', () => {
    expect(actionCue('Should these fees be capped, and who should do it?')).toBeNull();
    expect(actionCue("I'm not saying they should.")).toBeNull();
    expect(actionCue('We run a shared monitoring desk with eleven analysts.')).toBeNull();
    expect(actionCue('I should say that the figure is contested.')).toBeNull();
  });
  it('reads the main clause: conditions lead to it, reasons and relative clauses do not prescribe', () => {
    expect(
      actionCue('If the council paid for the lamps, the council should be able to repair them.'),
    ).toMatchObject({
      cue: 'should',
      addressee: 'the council',
    });
    expect(actionCue('If your board wants one figure, give it the second one.')).toMatchObject({
      cue: 'imperative',
    });
    expect(
      actionCue('We meet every month, because two clinics should not first meet in a crisis.'),
    ).toBeNull();
    expect(actionCue('Since last year, every clinic must keep its records for ten years.')).toBeNull();
    expect(actionCue('Open-source tools need people who keep them up to date.')).toBeNull();
    expect(actionCue('To add one practical thing: the library now opens on Sundays.')).toBeNull();
    expect(
      actionCue('How long a school gets before it must report, and whether parents should pay.'),
    ).toBeNull();
  });
  it('does not take an announcement of the point for the point', () => {
    expect(actionCue('My recommendation is for teachers and the school boards.')).toBeNull();
    expect(actionCue('Our recommendation is addressed to ministries.')).toBeNull();
    expect(actionCue('If cities want to be heard by us, my advice is.')).toBeNull();
    expect(actionCue('My recommendation is to fund the second year.')).toMatchObject({
      cue: 'recommendation',
    });
    expect(actionCue('Hire them young and keep them.')).toMatchObject({ cue: 'imperative' });
  });
  it('finds instructions after a topic phrase, a named group or a describing clause', () => {
    expect(actionCue('Second, on water, build the tanks before the rains.')).toMatchObject({
      cue: 'imperative',
    });
    expect(actionCue('Parents and teachers: stop waiting for a national app.')).toMatchObject({
      cue: 'imperative',
      addressee: 'Parents and teachers',
    });
    expect(actionCue('Small grants help, but please simplify the forms.')).toMatchObject({
      cue: 'imperative',
    });
    expect(actionSpan('Small grants help, but please simplify the forms.')).toBe(
      'Please simplify the forms.',
    );
    expect(actionCue('So my main message is: pay the nurses on time.')).toMatchObject({
      cue: 'recommendation',
    });
    expect(actionSpan('So my main message is: pay the nurses on time.')).toBe('Pay the nurses on time.');
    expect(actionCue('I would also ask for a fair share of the budget.')).toMatchObject({ addressee: null });
    // A describing sentence with no instruction in any clause stays out.
    expect(actionCue('The grants arrived late, and the forms were long.')).toBeNull();
  });
  it('reads addressees and prescriptions across commas, colons and long addressee phrases', () => {
    // "To X, <instruction>": the addressee set off by a comma, as in a closing list.
    expect(actionCue('To city councils, publish the bus timetables as open data.')).toMatchObject({
      cue: 'imperative',
      addressee: 'city councils',
    });
    expect(actionSpan('To city councils, publish the bus timetables as open data.')).toBe(
      'Publish the bus timetables as open data.',
    );
    // A long addressee before a colon still heads the instructions after it, and the span keeps them all.
    expect(
      actionSpan(
        'To health ministries of countries like ours: pay the nurses on time, train the midwives, and publish the rota.',
      ),
    ).toBe('Pay the nurses on time, train the midwives, and publish the rota.');
    // "I would support …" proposes; what follows its colon spells the proposal out and stays with it.
    expect(
      splitClauses(
        'This is one rule I would support for every school: a written plan for heatwaves, checked each spring.',
      ),
    ).toEqual([
      'This is one rule I would support for every school: a written plan for heatwaves, checked each spring.',
    ]);
    // Two prescriptions on either side of a colon stay two candidates.
    expect(splitClauses('My advice to parents: read with them; limit the screens.')).toHaveLength(2);
    // A prescription that ends on "is" is not a mere announcement.
    expect(
      actionCue(
        'Cities should treat a single water main as a single point of failure, because that is what it is.',
      ),
    ).toMatchObject({ cue: 'should', addressee: 'cities' });
    expect(actionCue('My advice is.')).toBeNull();
  });
  it('takes a proposal put as its benefit for a call to action', () => {
    expect(actionCue('A small fund for bus passes would change more than another survey.')).toMatchObject({
      cue: 'benefit',
    });
    expect(
      actionCue('Two or three towns sharing one depot, by rota, would cost each of them very little.'),
    ).toMatchObject({ cue: 'benefit' });
    expect(actionCue('One of us would cost the project more than it saves.')).toBeNull();
    expect(actionCue('A new road would take years.')).toBeNull();
  });
  it('cuts a candidate to the clause that prescribes', () => {
    // The addressee lead-in goes (it is kept as the candidate's addressee), the prescription stays whole.
    expect(
      actionSpan('Our recommendation is to schools and parents: fund the librarians, not only the books.'),
    ).toBe('Fund the librarians, not only the books.');
    expect(actionSpan('The thing we agreed on most was that radio should stay the first channel.')).toBe(
      'Radio should stay the first channel.',
    );
    expect(
      actionSpan(
        'Pupils want more lessons outdoors, and the schools must be consulted before a field is sold.',
      ),
    ).toBe('The schools must be consulted before a field is sold.');
    // Lists of instructions and their reasons are not cut.
    expect(actionSpan('Publish the criteria, set a deadline, and harmonise the forms.')).toBe(
      'Publish the criteria, set a deadline, and harmonise the forms.',
    );
    expect(actionSpan('Train two people, so that a network survives a departure.')).toBe(
      'Train two people, so that a network survives a departure.',
    );
    expect(actionSpan('To small towns: pool what you can, but keep a team of your own.')).toBe(
      'Pool what you can, but keep a team of your own.',
    );
  });
  it('keeps who a trimmed candidate is for', () => {
    const { session } = syntheticSession('ai-classrooms');
    const draft = draftSession(session, analyzer);
    expect(draft.callToActionCandidates.find((c) => c.text.startsWith('Publish a short list'))).toMatchObject(
      {
        addressee: 'data protection authorities',
      },
    );
  });
  it('splits a sentence at semicolons, keeping a short lead-in with what it introduces', () => {
    expect(splitClauses('Backhaul is the cost; the towers are not: they are paid.')).toEqual([
      'Backhaul is the cost.',
      'The towers are not: they are paid.',
    ]);
    expect(splitClauses('My ask to donors: fund the plan; measure what stays.')).toEqual([
      'My ask to donors: fund the plan.',
      'Measure what stays.',
    ]);
    expect(splitClauses('To donors: pay for the second year.')).toEqual([
      'To donors: pay for the second year.',
    ]);
  });
  it('marks figures, lessons and commitments as takeaways', () => {
    expect(takeawayCue('Forty-five percent of our costs go to backhaul.')?.cue).toBe('figure');
    expect(takeawayCue('The lesson we learnt is that people stay when they are paid.')?.cue).toBe('lesson');
    expect(takeawayCue('Next year we will extend the programme to two more markets.')?.cue).toBe(
      'commitment',
    );
    expect(takeawayCue('Is that a real risk?')).toBeNull();
  });
});

describe('forum detection', () => {
  it('finds the fora of the user list by name and common alias', () => {
    expect(foraNamed('This should go to the G20 digital ministers and into the GDC.', DEFAULT_FORA)).toEqual([
      'G20',
      'Global Digital Compact',
    ]);
    expect(foraNamed('The WSIS review next year is the place.', DEFAULT_FORA)).toEqual(['WSIS+20']);
    expect(
      foraNamed('Raise it at the Pacific Digital Week.', [...DEFAULT_FORA, 'Pacific Digital Week']),
    ).toEqual(['Pacific Digital Week']);
    expect(foraNamed('We had seven people at the table.', DEFAULT_FORA)).toEqual([]);
  });
});

describe('moderator transitions', () => {
  it('reads the question a moderator moves to, by ordinal or as the next one', () => {
    expect(findTransition("Let's move to our second question, on money.", 3, 0)?.question).toBe(1);
    expect(findTransition('Which brings us directly to our third question.', 3, 1)?.question).toBe(2);
    expect(findTransition("Now let's go to the next question.", 3, 0)?.question).toBe(1);
    expect(
      findTransition('On the first question, I heard that … On the second question, …', 3, 2),
    ).toBeNull();
    expect(findTransition('Our fifth question is about nothing.', 3, 0)).toBeNull();
  });
});

describe('MMR selection', () => {
  const s = (text: string, terms: string[], speaker: string, statementIndex: number): SummarySentence => ({
    text,
    vec: new Map(terms.map((t) => [t, 1])),
    statementIndex,
    sentenceIndex: 0,
    speaker,
    group: null,
    specificity: 0,
    weight: 1,
  });
  it('skips a near-duplicate of what it already took and stays within the word budget', () => {
    const pool = [
      s(
        'Spectrum licences for villages cost too much today.',
        ['spectrum', 'licence', 'village', 'cost'],
        'a',
        0,
      ),
      s(
        'Spectrum licences for villages cost far too much.',
        ['spectrum', 'licence', 'village', 'cost'],
        'b',
        1,
      ),
      s(
        'Backhaul is half of the monthly bill of a village.',
        ['backhaul', 'village', 'cost', 'bill'],
        'c',
        2,
      ),
      s('Women technicians keep the network running.', ['woman', 'technician', 'network', 'village'], 'd', 3),
    ];
    const picked = mmrSelect(pool, { words: 18 });
    expect(picked.length).toBe(2);
    const texts = picked.map((p) => p.text);
    expect(texts.filter((t) => t.startsWith('Spectrum')).length).toBeLessThanOrEqual(1);
    expect(picked.reduce((n, p) => n + countWords(p.text), 0)).toBeLessThanOrEqual(21);
  });
  it('counts the attribution a new speaker adds in the word budget', () => {
    const pool = [
      s('Backhaul is half of the monthly bill.', ['backhaul', 'bill'], 'a', 0),
      s('Solar panels cut the electricity cost.', ['solar', 'electricity'], 'b', 1),
    ];
    // 7 + 6 words fit in 14; with "— Name, Group" (3 words) after each speaker they do not.
    expect(mmrSelect(pool, { words: 14 }).length).toBe(2);
    const picked = mmrSelect(pool, { words: 14, attributionWords: () => 3 });
    expect(picked.length).toBe(1);
    // A second sentence of a speaker already named adds no attribution.
    const same = [pool[0]!, { ...pool[1]!, speaker: 'a', statementIndex: 0, sentenceIndex: 1 }];
    expect(mmrSelect(same, { words: 16, attributionWords: () => 3 }).length).toBe(2);
  });
  it('takes a second distinct point from one turn over a weaker point from another', () => {
    // An opening statement often carries several of a question's points; being in the same turn is
    // no reason to prefer a weaker sentence from elsewhere.
    const pool = [
      { ...s('Our licence has one door and one fee.', ['licence', 'door', 'fee'], 'a', 0), weight: 2 },
      {
        ...s('Import duty on radios is thirty percent.', ['import', 'duty', 'radio'], 'a', 0),
        sentenceIndex: 1,
        weight: 2,
      },
      {
        ...s('Secondary use opened idle spectrum here.', ['secondary', 'spectrum', 'idle'], 'a', 1),
        weight: 1.95,
      },
    ];
    const picked = mmrSelect(pool, { words: 16 });
    expect(picked.map((p) => p.text)).toEqual([pool[0]!.text, pool[1]!.text]);
  });
  it('returns what it took in session order', () => {
    const pool = [
      s('Late point on costs here.', ['b'], 'x', 5),
      s('Early point on spectrum here.', ['a'], 'y', 1),
    ];
    expect(mmrSelect(pool, { words: 100 }).map((p) => p.statementIndex)).toEqual([1, 5]);
  });
});

describe('drafting a whole session on topics the fixtures do not have', () => {
  for (const name of SYNTHETIC) {
    it(`${name}: suggests the right question first and recognises procedure`, () => {
      const synthetic = syntheticSession(name);
      const { session } = synthetic;
      const draft = draftSession(session, analyzer);
      const { tagTop1, procF1 } = scoreSynthetic(synthetic, draft);
      expect(tagTop1).toBeGreaterThanOrEqual(0.8);
      expect(procF1).toBeGreaterThanOrEqual(0.8);
      expect(draft.callToActionCandidates.length).toBeGreaterThanOrEqual(4);
      for (const summary of draft.summaries) {
        expect(summary.words).toBeGreaterThan(0);
        // Every sentence is traceable to the statement it came from.
        for (const sentence of summary.sentences) {
          const source = session.statements.find((st) => st.id === sentence.statementId)!;
          expect(source.text.replace(/\s+/g, ' ')).toContain(sentence.text.slice(1, 30));
        }
      }
    });
  }

  it('improves as the rapporteur tags: an accepted tag is kept and pulls its thread along', () => {
    const { session } = syntheticSession('flood-warnings');
    const q3 = session.questions[2]!.id;
    const target = session.statements[16]!; // a volunteer observer story, lexically close to question 2
    target.questionIds = [q3];
    const draft = draftSession(session, analyzer);
    const s = draft.statements.find((x) => x.statementId === target.id)!;
    expect(s.questions[0]!.questionId).toBe(q3);
    expect(s.questions[0]!.reasons.some((r) => r.kind === 'tagged-like')).toBe(true);
  });
});
