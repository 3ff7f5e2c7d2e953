#!/usr/bin/env bash
# Builds the fuzz preset and runs every fuzz target for SECONDS each (default
# 60), seeded from the project's fixtures and, when present, ../shared.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
shift || true
shared="$root/../shared"

cmake --preset fuzz -S "$root" >/dev/null
cmake --build --preset fuzz

declare -A seeds=(
    [fuzz_importer]="tests/fixtures resources/samples"
    [fuzz_plaintext]="tests/fixtures/import"
    [fuzz_htmltext]="tests/fixtures/html"
    [fuzz_extractor]="tests/fixtures/import tests/fixtures/gold"
    [fuzz_html]="tests/fixtures/html"
    [fuzz_feed]="tests/fixtures/feed"
    [fuzz_newsml]="tests/fixtures/newsml"
    [fuzz_searchquery]="tests/fuzz/queries"
    [fuzz_packedcolumns]=""
)
declare -A shared_seeds=(
    [fuzz_importer]="fixtures samples/newsml-g2"
    [fuzz_plaintext]="fixtures"
    [fuzz_htmltext]="samples/html"
    [fuzz_extractor]="fixtures"
    [fuzz_html]="samples/html"
    [fuzz_feed]="samples/feeds"
    [fuzz_newsml]="samples/newsml-g2"
)
declare -A dicts=(
    [fuzz_searchquery]="tests/fuzz/searchquery.dict"
)
targets=("$@")
((${#targets[@]})) || targets=("${!seeds[@]}")

status=0
for t in "${targets[@]}"; do
    corpus="$root/build/fuzz/corpus/$t"
    mkdir -p "$corpus"
    dirs=()
    for d in ${seeds[$t]:-}; do [[ -d "$root/$d" ]] && dirs+=("$root/$d"); done
    for d in ${shared_seeds[$t]:-}; do [[ -d "$shared/$d" ]] && dirs+=("$shared/$d"); done
    echo "== $t for ${seconds}s (seeds: ${dirs[*]:-none})"
    log="$root/build/fuzz/$t.log"
    extra=()
    [[ -n "${dicts[$t]:-}" ]] && extra+=("-dict=$root/${dicts[$t]}")
    if "$root/build/fuzz/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -print_final_stats=1 -artifact_prefix="$root/build/fuzz/$t-" "${extra[@]}" \
        "$corpus" "${dirs[@]}" >"$log" 2>&1; then
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | tr '\n' ' '
        echo
    else
        tail -n 40 "$log"
        echo "$t: FINDING (see $log)"
        status=1
    fi
done
exit $status
