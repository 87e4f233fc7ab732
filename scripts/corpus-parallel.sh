#!/usr/bin/env bash
# Annotates a JSON-lines corpus as shards run side by side: the map step of a larger run.
# `news-annotator analyze --jsonl` is a pure map over lines ({"id","text"} in, one result line
# out, in order), so shards can run anywhere -- here with GNU parallel (which can also spread them
# over machines with --sshlogin) or, without it, xargs -P -- and their outputs, joined in shard
# order, are exactly the output of one run over the whole file.
#
#   scripts/corpus-parallel.sh [-j JOBS] [-n LINES] INPUT.jsonl OUTPUT.jsonl
#     -j JOBS   shards run at once (default: the number of cores)
#     -n LINES  lines per shard (default 2000)
#   NEWS_ANNOTATOR  the command to run (default: news-annotator if on PATH, else this checkout's
#                   bin/news-annotator.js); CORPUS_PARALLEL=xargs forces the xargs runner.
# Exit status: 0 all lines answered, 1 some lines were bad (their error lines are in OUTPUT and
# the messages on stderr, with their line numbers in INPUT), 2 usage, 3 a shard failed outright.
set -euo pipefail

usage() {
  sed -n '8,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

jobs=$(nproc 2>/dev/null || echo 2)
lines=2000
while getopts 'j:n:h' opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    n) lines=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || usage
input=$1
output=$2
[[ $jobs =~ ^[1-9][0-9]*$ && $lines =~ ^[1-9][0-9]*$ ]] || usage
[ -r "$input" ] || { echo "corpus-parallel: cannot read $input" >&2; exit 2; }

if [ -n "${NEWS_ANNOTATOR:-}" ]; then
  cli=$NEWS_ANNOTATOR
elif command -v news-annotator >/dev/null; then
  cli=news-annotator
else
  cli="node $(cd "$(dirname "$0")/.." && pwd)/bin/news-annotator.js"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Shards named in input order (shard-000000, shard-000001, …).
split -l "$lines" -d -a 6 "$input" "$work/shard-"

# One shard: one thread per process (the shards are the parallelism), its first line's number
# passed on so that error messages name lines of INPUT.
run_shard() {
  local shard=$1 index first
  index=${shard##*-}
  first=$((10#$index * SHARD_LINES + 1))
  set +e
  $CLI analyze --jsonl --jobs 1 --first-line "$first" <"$shard" >"$shard.out" 2>"$shard.err"
  echo $? >"$shard.rc"
}
export -f run_shard
export CLI="$cli" SHARD_LINES="$lines"

shards=("$work"/shard-[0-9][0-9][0-9][0-9][0-9][0-9])
if [ ! -e "${shards[0]}" ]; then
  : >"$output"
  exit 0
fi
if [ "${CORPUS_PARALLEL:-}" != xargs ] && command -v parallel >/dev/null; then
  parallel --will-cite --halt never -j "$jobs" run_shard ::: "${shards[@]}"
else
  printf '%s\0' "${shards[@]}" | xargs -0 -n 1 -P "$jobs" bash -c 'run_shard "$0"'
fi

status=0
: >"$output"
for shard in "${shards[@]}"; do
  cat "$shard.out" >>"$output"
  cat "$shard.err" >&2
  rc=$(cat "$shard.rc" 2>/dev/null || echo 3)
  if [ "$rc" = 1 ] && [ $status = 0 ]; then status=1; fi
  if [ "$rc" != 0 ] && [ "$rc" != 1 ]; then
    echo "corpus-parallel: the shard from line $((10#${shard##*-} * lines + 1)) failed (exit $rc)" >&2
    status=3
  fi
done
exit $status
