// How a reader names an attribution's source, one rule for the hover card, the exports, the CLI
// and the claims sidecar: the entity it resolves to, else the phrase a pronoun stands for ("It
// said …" after "The province's environment ministry said …"), else the source as written.
import type { Attribution } from '../analysis/types';

/** The source's name, or null when the attribution has no source. `entityName` looks an entity's name up by id. */
export function sourceNameOf(a: Attribution, entityName: (id: string) => string | undefined): string | null {
  const named = a.sourceEntity ? entityName(a.sourceEntity) : undefined;
  return named ?? a.sourceAntecedent?.text ?? a.source?.text ?? null;
}
