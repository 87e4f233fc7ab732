// Language server entry (being built: issue 3).
process.stderr.write('news-annotator: the language server is not built yet\n');
process.exit(1);
