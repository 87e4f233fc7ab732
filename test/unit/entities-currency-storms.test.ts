// The lead's new-user trial, seventh session: the currency of an amount is no name ("C$1.1
// billion" had "C$" as an Other name, "Rs 2,935 crore" had "Rs"), and a storm named by the
// British and Irish forecasters is the storm, not a person ("Storm Bertrand").
import { expectMention, expectNoMention } from './entity-helpers';

describe('entities: currencies before amounts, named storms', () => {
  it('leaves the currency of an amount uncoloured, whatever follows it', () => {
    const text = 'Ferry operator Tidewell Lines earned C$1.1 billion, up from C$0.9bn, while its Indian partner Samudra Ports made Rs 2,935 crore and listed at Rs 1,412.40 on the exchange.';
    expectNoMention(text, 'C$1.1');
    expectNoMention(text, 'C$0.9bn');
    expectNoMention(text, 'Rs 2,935');
    expectNoMention(text, 'Rs 1,412.40');
    expectMention(text, 'Tidewell Lines', 'ORGANIZATION');
  });

  it('reads the currencies the figures stage reads (analysis/currencies.ts) as no names', () => {
    const text = 'The Zurich ferry builder Lakeworks AG booked SFr 300 million in orders, its Mexican unit Mex$ 2 billion and its Cape Town yard ZAR 10 billion.';
    expectNoMention(text, 'SFr');
    expectNoMention(text, 'Mex$');
    expectNoMention(text, 'ZAR');
    expectMention(text, 'Lakeworks AG', 'ORGANIZATION');
  });

  it('keeps a name read together with the dollar after it, without the sign', () => {
    const text = 'The Budget Office estimates the plan would cost the Treasury $374 billion over 10 years.';
    expectMention(text, 'Treasury', 'ORGANIZATION');
  });

  it('reads a named storm as the storm', () => {
    const text = 'Storm Maelle brought gusts of 90mph to the islands, and ferries stayed in port as Storm Maelle moved north on Sunday.';
    expectMention(text, 'Maelle', 'MISC', 1);
    expectNoMention(text, 'Storm Maelle moved');
  });
});
