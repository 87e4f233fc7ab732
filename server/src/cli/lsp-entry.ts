// Loads the language server when `news-annotator lsp` is run.
import '../lsp/main';
