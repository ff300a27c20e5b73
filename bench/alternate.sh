#!/usr/bin/env bash
# alternate.sh: wall time of several commands run in turn, round after round, and the median of each.
#
#   bench/alternate.sh [-n ROUNDS] COMMAND...
#
# Each COMMAND is one shell command line (quote it). Every command runs twice first as a warm-up, then
# once per round, in turn (the order reversed every other round), so that a machine that speeds up or slows
# down over the minutes of a measurement slows every command alike. Measured one after the other, as
# hyperfine runs its benchmarks, two runs of the same build here differed by 15 % within a few minutes.
# Prints, for each command, the median and the quartiles of its wall time.
#
#   bench/alternate.sh -n 25 "OLD/poe validate DOC" "./poe validate DOC"
set -euo pipefail

rounds=20
if [[ "${1:-}" == -n ]]; then
    rounds="$2"
    shift 2
fi
if [[ $# -eq 0 ]]; then
    echo "usage: bench/alternate.sh [-n ROUNDS] COMMAND..." >&2
    exit 2
fi
commands=("$@")

now() { date +%s%N; }
times_file="$(mktemp)"
trap 'rm -f "$times_file"' EXIT

run() {
    local index="$1" start
    start=$(now)
    bash -c "${commands[$index]}" >/dev/null 2>&1 || true
    echo "$index $(( ($(now) - start) / 1000 ))" >>"$times_file"
}

for ((i = 0; i < ${#commands[@]}; i++)); do
    bash -c "${commands[$i]}" >/dev/null 2>&1 || true
    bash -c "${commands[$i]}" >/dev/null 2>&1 || true
done
for ((r = 0; r < rounds; r++)); do
    if ((r % 2 == 0)); then
        for ((i = 0; i < ${#commands[@]}; i++)); do run "$i"; done
    else
        for ((i = ${#commands[@]} - 1; i >= 0; i--)); do run "$i"; done
    fi
done

for ((i = 0; i < ${#commands[@]}; i++)); do
    awk -v i="$i" '$1 == i { print $2 }' "$times_file" | sort -n | awk -v cmd="${commands[$i]}" '
        { v[NR] = $1 }
        END {
            median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "median %7.1f ms  quartiles %7.1f-%7.1f ms  (%d runs)  %s\n", median / 1000,
                v[int((NR + 3) / 4)] / 1000, v[int((3 * NR + 3) / 4)] / 1000, NR, cmd
        }'
done
