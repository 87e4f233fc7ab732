#!/usr/bin/env bash
# Runs every scenario in test/e2e/ in a real VS Code (../shared/tools/vscode-e2e) against the
# packaged extension (.vsix). A scenario may name its workspace with a "workspace" field
# (default test/fixtures/ws). Outputs go to e2e-out/<scenario>/. Exit 1 if any scenario fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
TOOL=../shared/tools/vscode-e2e/vscode-e2e
[ -x "$TOOL" ] || { echo "vscode-e2e not found at $TOOL" >&2; exit 2; }

npm run package >/dev/null || { echo "npm run package failed" >&2; exit 1; }
VSIX=news-annotator.vsix

failed=0
for scenario in test/e2e/*.json; do
  name=$(basename "$scenario" .json)
  workspace=$(node -e 'const s=require(process.argv[1]); console.log(s.workspace || "test/fixtures/ws")' "$(pwd)/$scenario")
  echo "== e2e $name (workspace $workspace)"
  if ! "$TOOL" run --ext "$VSIX" --workspace "$workspace" --scenario "$scenario" --out "e2e-out/$name"; then
    echo "== e2e $name FAILED (see e2e-out/$name/report.json)"
    failed=1
  fi
done
exit $failed
