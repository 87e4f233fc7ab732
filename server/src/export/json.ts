// JSON: the CLI's analysis contract plus the tagged claims, as placed now.
import { toContract, type ContractOutput } from './contract';
import type { Claim } from '../annotations/types';
import type { ExportArticle } from './types';

export interface JsonExport extends ContractOutput {
  /** Claims from the sidecar; `placed` is null for orphans (their text is no longer in the article). */
  taggedClaims: Array<Claim & { placed: { start: number; end: number; line: number; text: string } | null }>;
}

export function articleJson(a: ExportArticle): JsonExport {
  return {
    ...toContract(a.analysis, { file: a.file }),
    taggedClaims: a.claims.map(({ claim, span, line }) => ({
      ...claim,
      placed: span && line !== null ? { ...span, line, text: a.text.slice(span.start, span.end) } : null,
    })),
  };
}

/** One object for one article, an array for several. */
export function exportJson(articles: readonly ExportArticle[], many = articles.length !== 1): string {
  const docs = articles.map(articleJson);
  return JSON.stringify(many ? docs : docs[0], null, 2) + '\n';
}
