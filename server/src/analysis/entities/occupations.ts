// Occupations written capitalised before a name, as a title ("Linguist Noam Chomsky is 98",
// "Novelist Ama Boateng said …"): never part of the person's name (round 21). Only words that are
// not also given names or common surnames ("Mason", "Carter", "Baker" are left out).
import { wordSet } from './word-set';

export const OCCUPATION_HASHES = wordSet([
  'linguist', 'actor', 'actress', 'author', 'novelist', 'poet', 'playwright', 'composer', 'comedian', 'physicist',
  'historian', 'philosopher', 'economist', 'astronaut', 'sculptor', 'painter', 'pianist', 'violinist', 'cellist',
  'filmmaker', 'broadcaster', 'journalist', 'architect', 'scientist', 'biologist', 'chemist', 'mathematician',
  'astronomer', 'songwriter', 'soprano', 'dancer', 'ballerina', 'photographer', 'activist', 'entrepreneur',
  'businessman', 'businesswoman', 'billionaire', 'tycoon', 'evangelist', 'televangelist', 'cartoonist', 'illustrator',
  'primatologist', 'psychologist', 'sociologist', 'anthropologist', 'archaeologist', 'economist', 'inventor', 'explorer',
  // Police ranks ("Detective Constable", "Detective Sergeant", "Chief Inspector", "Superintendent").
  'detective', 'constable', 'sergeant', 'inspector', 'superintendent', 'patrolman', 'trooper', 'deputy',
]);
