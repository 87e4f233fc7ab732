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
# The long-article scenario's workspace is written from our fixture stories, not kept in git.
node test/e2e/long-article/make.mjs test/fixtures/ws-long/long-report.article >/dev/null || exit 1

failed=0
for scenario in test/e2e/*.json; do
  name=$(basename "$scenario" .json)
  workspace=$(node -e 'const s=require(process.argv[1]); console.log(s.workspace || "test/fixtures/ws")' "$(pwd)/$scenario")
  echo "== e2e $name (workspace $workspace)"
  if "$TOOL" run --ext "$VSIX" --workspace "$workspace" --scenario "$scenario" --out "e2e-out/$name"; then
    continue
  fi
  # One more try in a fresh VS Code: on a loaded 2-core machine a hover or a click now and then
  # lands before the workbench is ready. A real defect fails twice; a pass on retry is printed.
  echo "== e2e $name failed once (report kept in e2e-out/$name-first-try); trying once more"
  rm -rf "e2e-out/$name-first-try" && mv "e2e-out/$name" "e2e-out/$name-first-try"
  if "$TOOL" run --ext "$VSIX" --workspace "$workspace" --scenario "$scenario" --out "e2e-out/$name"; then
    echo "== e2e $name PASSED ON RETRY (flaky: see e2e-out/$name-first-try/report.json)"
  else
    echo "== e2e $name FAILED twice (see e2e-out/$name/report.json)"
    failed=1
  fi
done
exit $failed
