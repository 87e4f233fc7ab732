// Last words that make a run of capitalised words an organisation, shared by the post-rules.
import { wordSet } from './word-set';

/** Last words that make a name an organisation, whatever the words before ("Black Sea Shipping Association"). */
export const ORG_HEADS = new Set([
  'association', 'organization', 'organisation', 'ministry', 'bank', 'party', 'council', 'company', 'corporation',
  'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'group', 'committee', 'commission', 'agency', 'federation',
  'university', 'institute', 'fund', 'authority', 'court', 'parliament', 'assembly', 'department', 'office',
  'airlines', 'airways', 'club', 'society', 'foundation', 'trust', 'exchange', 'bureau', 'service', 'police',
  'pharmaceuticals', 'industries', 'holdings', 'motors', 'systems', 'technologies', 'communications',
  'electronics', 'partners', 'securities', 'investments', 'enterprises', 'co', 'co.', 'llc', 'ag', 'sa', 'nv',
  'gmbh', 'spa', 'se', 'ab', 'asa', 'oyj', 'bv', 'kk', 'league', 'network', 'institution', 'board', 'administration', 'airport', 'hospital',
  'school', 'college', 'academy', 'motel', 'hotel', 'museum', 'newspaper', 'magazine', 'times', 'post', 'journal',
  // South Asian parties, fronts and houses ("Rashtriya Janata Dal", "Lok Morcha", "Rajya Sabha", "Vishva Hindu Parishad").
  'dal', 'morcha', 'sabha', 'sangh', 'parishad', 'samiti',
  // "U.S. Chamber of Commerce", "Chamber of Economy" (round 12).
  'chamber',
  // Round 21: "Amazon Web Services", "Fidelity National Information Services": a firm's plural trade.
  'services',
]);

export const ORG_HEAD_HASHES = wordSet([...ORG_HEADS]);
