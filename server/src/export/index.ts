// Exporters: pure functions from prepared articles to text. No file system here: the CLI
// (cli/export.ts, through io/) and the server's export request (lsp/features/export.ts) read
// the articles; the CLI and the VS Code client write the files.
export * from './types';
export { prepareArticle, type ArticleInput } from './prepare';
export { FORMATS, FORMAT_IDS, isFormatId, render, bratBaseName, type FormatId, type FormatInfo, type Rendered } from './formats';
export { exportJson } from './json';
export { contractJsonChunks, toContract, type ContractOutput } from './contract';
export { claimsCsv, entitiesCsv, csvField, csvTable } from './csv';
export { exportMarkdown } from './markdown';
export { exportW3c } from './w3c';
export { exportClaimReview } from './claimreview';
export { exportBrat, bratConfig, bratFiles } from './brat';
