// "pounds" after a number: sterling or a weight. Money words or a multiplier nearby make it money
// ("3 billion pounds", "a fine of 500 pounds"); weight words make it a weight ("moved up 10 pounds
// to bulk up", "250 pounds of cocaine"); with neither, it is money where the article has sterling
// in sight and a weight elsewhere.
import { MULTIPLIERS } from './lexicon';
import type { TokenView } from './token-view';

const MONEY_WORDS: ReadonlySet<string> = new Set([
  'worth', 'cost', 'costs', 'costing', 'paid', 'pay', 'pays', 'paying', 'price', 'prices', 'priced', 'fine',
  'fined', 'salary', 'wage', 'wages', 'bonus', 'fee', 'fees', 'spend', 'spent', 'spending', 'budget', 'loan',
  'loans', 'debt', 'bid', 'tax', 'taxes', 'rent', 'cash', 'fund', 'funds', 'funding', 'profit', 'profits',
  'revenue', 'earn', 'earned', 'earns', 'donate', 'donated', 'charge', 'charged', 'ticket', 'tickets', 'bill',
  'bills', '£', 'sterling', 'pence', 'penny', 'pennies', 'invest', 'invested', 'investment', 'bet', 'prize',
  'compensation', 'damages', 'payout', 'payment', 'payments', 'refund', 'grant', 'grants', 'subsidy',
  'pension', 'benefit', 'benefits', 'income', 'sales', 'shares', 'bonds', 'gilts', 'auction', 'valued',
  'bought', 'buy', 'buys', 'sold', 'sell', 'sells', 'purchase', 'purchased', 'purchaser', 'buyer', 'winner',
]);

const WEIGHT_WORDS: ReadonlySet<string> = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavier', 'lighter', 'heavy', 'lbs', 'lb',
  'muscle', 'bulk', 'bulked', 'body', 'fat', 'obese', 'tall', 'feet', 'foot', 'inches', 'inch', 'kg',
  'kilograms', 'kilos', 'ounces', 'tons', 'tonnes', 'heavyweight', 'lightweight', 'diet', 'dieting',
  'linebacker', 'lineman', 'frame', 'fish', 'catch', 'cocaine', 'marijuana', 'meth', 'heroin', 'drugs',
]);

/** True when "pound(s)" at token k is money, not a weight. */
export function poundIsMoney(v: TokenView, k: number, end: number): boolean {
  if (k + 1 < end && v.lower(k + 1) === 'sterling') return true;
  if (k > 0 && MULTIPLIERS.has(v.lower(k - 1))) return true;
  // "5,060 pounds ($7,845)": a conversion into dollars follows money.
  if (k + 2 < end && v.raw(k + 1) === '(' && (v.raw(k + 2) === '$' || v.raw(k + 2) === 'US$' || v.lower(k + 2) === 'us')) return true;
  // "250 pounds of cocaine"
  if (k + 1 < end && v.lower(k + 1) === 'of') return false;
  const sentence = v.tokens[k].sentence;
  let weight = false;
  let money = false;
  let dollar = false;
  const from = Math.max(0, k - 10);
  const to = Math.min(v.tokens.length, k + 8);
  for (let j = from; j < to; j++) {
    if (j === k || v.tokens[j].sentence !== sentence) continue;
    const w = v.lower(j);
    if (MONEY_WORDS.has(w)) money = true;
    else if (WEIGHT_WORDS.has(w)) weight = true;
    else if (w === '$' || w === 'dollars') dollar = true;
  }
  if (money !== weight) return money;
  // Dollars beside it: the money is in dollars, the pounds are a weight.
  if (dollar) return false;
  return v.facts.hasSterling();
}
