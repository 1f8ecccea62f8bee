#!/usr/bin/env bash
# The scanner's result cache (scan --cache DIR) on the scan corpus, each round in this order:
#   none   no --cache
#   cold   --cache on an empty directory
#   warm   the same directory again, nothing changed
#   touch  the same directory after one file's content changed (a comment line appended to it)
# all with --jobs ${JOBS:-2}, timed as whole processes (JVM start included, /usr/bin/time, with max RSS). The four
# reports of a round must be identical (the appended comment changes no finding); the script says so or fails.
# The corpus is copied first, so that the file changed is the copy's.
# Usage: bench/scanner-cache.sh [ROUNDS]
# Environment: CORPUS=dir (default corpora/scan; bench/corpora.sh fetches it), WORK=dir for the copy, the cache and
#   the logs (default corpora/results/cache-DATE), TOUCH=the file to change, relative to the corpus (default: the
#   first file, in sorted order, that names HttpResponse), SCANNER_JAR (default:
#   checks/scanner/target/faultline-scanner-*-all.jar), JDK25.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-1}
JDK=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JDK/bin/java"
JAR=$(realpath "${SCANNER_JAR:-$(ls checks/scanner/target/faultline-scanner-*-all.jar | head -1)}")
CORPUS=$(realpath "${CORPUS:-corpora/scan}")
WORK=${WORK:-corpora/results/cache-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$WORK"
WORK=$(realpath "$WORK")
rm -rf "$WORK/scan" "$WORK/cache"
cp -r "$CORPUS" "$WORK/scan"
cd "$WORK/scan"
TOUCH=${TOUCH:-$(grep -rl --include='*.java' 'HttpResponse' . | sort | awk 'NR == 1')}
echo "Scan corpus copy: $(find . -name '*.java' | wc -l) files; $(nproc) cores; $("$JAVA" -version 2>&1 | head -1);" \
  "touched: $TOUCH" | tee "$WORK/runs.txt"

run() { # config round [--cache DIR]
  local c=$1 r=$2 rc=0
  shift 2
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$JAVA" -jar "$JAR" scan --jobs "${JOBS:-2}" --fail-on never "$@" \
    -o "$WORK/$c-$r.report" . > "$WORK/$c-$r.out" 2> "$WORK/$c-$r.err" || rc=$?
  read -r secs rss < <(tail -1 "$WORK/time")
  local summary cached
  summary=$(grep -m1 '^faultline: .* in [0-9,]* files' "$WORK/$c-$r.err" || true)
  cached=$(grep -m1 'from the cache' "$WORK/$c-$r.err" | sed 's/^faultline: //' || true)
  printf '%-6s round %d: %7.2f s  maxRSS %5d MB  exit %d  | %s%s\n' "$c" "$r" "$secs" $((rss / 1024)) "$rc" \
    "${summary#faultline: }" "${cached:+; $cached}" | tee -a "$WORK/runs.txt"
}
for ((r = 1; r <= ROUNDS; r++)); do
  rm -rf "$WORK/cache"
  run none "$r"
  run cold "$r" --cache "$WORK/cache"
  run warm "$r" --cache "$WORK/cache"
  printf '\n// changed by bench/scanner-cache.sh, round %d\n' "$r" >> "$TOUCH"
  run touch "$r" --cache "$WORK/cache"
  for c in cold warm touch; do
    cmp -s "$WORK/none-$r.report" "$WORK/$c-$r.report" || { echo "round $r: $c report differs" | tee -a "$WORK/runs.txt"; exit 1; }
  done
  echo "round $r: the four reports are identical ($(wc -l < "$WORK/none-$r.report") lines)" | tee -a "$WORK/runs.txt"
done
echo "Cache: $(find "$WORK/cache" -name '*.json' | wc -l) entries, $(du -sh "$WORK/cache" | cut -f1); logs: $WORK"
