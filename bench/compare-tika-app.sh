#!/usr/bin/env bash
# compare-tika-app.sh: wall time of `./poe validate --format json` against tika-app batch text extraction
# of the same files, both as whole processes (JVM start included), median of N runs each, and the ratio.
#
#   bench/compare-tika-app.sh [-n RUNS] [PATH...]
#
# PATHs default to ../shared/corpus/wild and poe-rules-samples/documents (from the repository root). The
# files are copied into one input folder; tika-app 3.2.2 is fetched through Maven (into target/, not
# committed) and run in batch mode with 2 consumers:
#   java -jar tika-app-3.2.2.jar --config=<no OCR> -t -numConsumers 2 -i IN -o OUT
# OCR is left out of both sides, so that they do the same work: tika-app gets a tika-config without the
# TesseractOCRParser, poe gets --ocr off (with tesseract on the PATH, both would otherwise OCR scans, and
# tika-app every image too). Runs alternate (tika, poe, tika, poe, ...) so that a change in machine load hits both.
#   POE_MVN_OPTS  Maven options for fetching tika-app and building poe.jar (e.g. -o once it is fetched)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs=3
if [[ "${1:-}" == -n ]]; then
    runs="$2"
    shift 2
fi
if [[ $# -eq 0 ]]; then
    set -- "$root/../shared/corpus/wild" "$root/poe-rules-samples/documents"
fi

work="$root/target/compare-tika-app"
tika_jar="$work/tika-app-3.2.2.jar"
mkdir -p "$work"
if [[ ! -f "$tika_jar" ]]; then
    echo "fetching tika-app 3.2.2 through Maven ..." >&2
    # shellcheck disable=SC2086  # POE_MVN_OPTS is a list of options
    mvn -B -q ${POE_MVN_OPTS:-} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=org.apache.tika:tika-app:3.2.2 -DoutputDirectory="$work" >&2
fi
cat > "$work/tika-config-no-ocr.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<properties>
  <parsers>
    <parser class="org.apache.tika.parser.DefaultParser">
      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
    </parser>
  </parsers>
</properties>
XML

# One input folder with every file (hidden files, claim.json and expected.json left out, as poe does).
in="$work/in"
rm -rf "$in"
mkdir -p "$in"
for path in "$@"; do
    if [[ -d "$path" ]]; then
        (cd "$path" && find . -type f ! -name '.*' ! -name claim.json ! -name expected.json -print0 |
            xargs -0 -I{} cp --parents {} "$in/")
    else
        cp "$path" "$in/"
    fi
done
files=$(find "$in" -type f | wc -l)

# Build poe.jar and its class data sharing archive before timing (the first validate records it).
"$root/poe" --version >/dev/null
"$root/poe" validate --ocr off --format json "$in" >/dev/null 2>&1 || true

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
tika_times=()
poe_times=()
for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/out"
    start=$(now)
    java -jar "$tika_jar" --config="$work/tika-config-no-ocr.xml" -t -numConsumers 2 -i "$in" -o "$work/out" \
        >/dev/null 2>"$work/tika.log"
    tika_times+=("$(since "$start")")
    start=$(now)
    "$root/poe" validate --ocr off --format json "$in" >"$work/report.json" 2>"$work/poe.log" || true
    poe_times+=("$(since "$start")")
    echo "run $i: tika-app ${tika_times[-1]} s, poe validate ${poe_times[-1]} s" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
tika=$(median "${tika_times[@]}")
poe=$(median "${poe_times[@]}")
extracted=$(find "$work/out" -type f | wc -l)
echo "files: $files (tika-app wrote $extracted text files); runs: $runs; $(nproc) processors; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'tika-app 3.2.2 batch, 2 consumers, no OCR: median %.2f s\n' "$tika"
printf 'poe validate --format json:               median %.2f s\n' "$poe"
awk -v p="$poe" -v t="$tika" 'BEGIN { printf "ratio poe / tika-app: %.2f\n", p / t }'
