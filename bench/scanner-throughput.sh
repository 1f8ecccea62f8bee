#!/usr/bin/env bash
# Scanner throughput on the scan corpus (bench/corpora.sh first; build the scanner jar first), against
#   parse-only  JavaParser parsing the same files at the scanner's language level, nothing else (bench/harness)
#   floor       the scanner's floor: read, decode and prefilter every file, parse the files the prefilter passes as the
#               scanner does, nothing else (what a scanner that lowered and judged nothing would take)
#   pmd         PMD 7 (pmd-cli) with one simple Java rule (errorprone/EmptyCatchBlock), no cache
# each with 1 and 2 threads, and the scanner on 1/8, 1/4, 1/2 of the corpus (every 8th, 4th, 2nd file) for scaling.
# Every time is the wall time of a whole process (JVM start included) from /usr/bin/time, with its max RSS.
# Usage: bench/scanner-throughput.sh [ROUNDS] [CONFIG...]
#   CONFIG: scan-1 scan-2 parse-1 parse-2 floor-1 floor-2 pmd-1 pmd-2 scale-8 scale-4 scale-2 (default: all); the configurations
#   alternate within each round.
# Environment: CORPUS=dense runs on the HTTP-client-dense corpus (the artifacts of bench/corpora/dense.txt, a subset of
#   the scan corpus) instead of the whole scan corpus (CORPUS=scan, the default);
#   SAMPLE=k runs on every k-th file of the corpus only (default 1: all of it);
#   BASE_JAR=path is the jar of the configurations base-1, base-2 (a scanner before a change);
#   SCANNER_JAR=path measures another scanner jar (default: checks/scanner/target/faultline-scanner-*-all.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=${1:-1}; shift || true
CONFIGS=("$@"); [ ${#CONFIGS[@]} -gt 0 ] || CONFIGS=(scan-1 parse-1 pmd-1 scan-2 parse-2 pmd-2 scale-8 scale-4 scale-2)
JDK=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JDK/bin/java"
JAR=${SCANNER_JAR:-$(ls checks/scanner/target/faultline-scanner-*-all.jar | head -1)}
CORPUS=${CORPUS:-scan}
case $CORPUS in
  scan) DIRS=(corpora/scan) ;;
  dense) DIRS=()
    while IFS=: read -r _ a v; do DIRS+=("corpora/scan/$a-$v"); done < <(grep -v '^\s*#' bench/corpora/dense.txt | grep -v '^\s*$')
    for d in "${DIRS[@]}"; do [ -d "$d" ] || { echo "$d missing: run bench/corpora.sh first" >&2; exit 2; }; done ;;
  *) echo "CORPUS: scan or dense" >&2; exit 2 ;;
esac
OUT=$ROOT/corpora/results/throughput-$CORPUS-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT/harness"
[ -s corpora/tools/pmd-classpath.txt ] || { echo "run bench/corpora.sh first" >&2; exit 2; }
"$JDK/bin/javac" -nowarn -d "$OUT/harness" -cp "$JAR" bench/harness/ParseOnly.java

find -H "${DIRS[@]}" -name '*.java' | sort | awk -v k="${SAMPLE:-1}" 'NR % k == 1 || k == 1' > "$OUT/all.txt"
for k in 2 4 8; do awk -v k=$k 'NR % k == 1' "$OUT/all.txt" > "$OUT/every-$k.txt"; done
mb() { xargs -d '\n' stat -c %s < "$1" | awk '{s+=$1} END {printf "%.1f", s/1048576}'; }
NFILES=$(wc -l < "$OUT/all.txt"); MB=$(mb "$OUT/all.txt")
echo "${CORPUS^} corpus${SAMPLE:+ (every ${SAMPLE}th file)}: $NFILES files, $MB MB; $(nproc) cores; $("$JAVA" -version 2>&1 | head -1)" | tee "$OUT/runs.txt"

run() { # config round
  local c=$1 files=$OUT/all.txt cmd
  case $c in
    scan-*) cmd=("$JAVA" -jar "$JAR" scan --jobs "${c#scan-}" --fail-on never -o "$OUT/report.txt" --files-from "$files") ;;
    scale-*) files=$OUT/every-${c#scale-}.txt
      cmd=("$JAVA" -jar "$JAR" scan --jobs 2 --fail-on never -o "$OUT/report.txt" --files-from "$files") ;;
    base-*) cmd=("$JAVA" -jar "${BASE_JAR:?BASE_JAR: the scanner jar to compare with}" scan --jobs "${c#base-}"
      --fail-on never -o "$OUT/base-report.txt" --files-from "$files") ;;
    parse-*) cmd=("$JAVA" -cp "$JAR:$OUT/harness" ParseOnly "${c#parse-}" "@$files") ;;
    floor-*) cmd=("$JAVA" -cp "$JAR:$OUT/harness" ParseOnly "${c#floor-}" --as-scanner "@$files") ;;
    pmd-*) cmd=("$JAVA" -cp "$(cat corpora/tools/pmd-classpath.txt)" net.sourceforge.pmd.cli.PmdCli check --no-cache
      --no-progress -t "${c#pmd-}" -R category/java/errorprone.xml/EmptyCatchBlock -f text -r "$OUT/pmd-report.txt"
      --file-list "$files") ;;
  esac
  local rc=0
  /usr/bin/time -f '%e %M' -o "$OUT/time" "${cmd[@]}" > "$OUT/$c-$2.out" 2> "$OUT/$c-$2.err" || rc=$?
  read -r secs rss < <(tail -1 "$OUT/time")
  local n mbs
  n=$(wc -l < "$files"); mbs=$( [ "$files" = "$OUT/all.txt" ] && echo "$MB" || mb "$files")
  awk -v c="$c" -v r="$2" -v s="$secs" -v m="$rss" -v n="$n" -v b="$mbs" -v rc="$rc" -v last="$(tail -1 "$OUT/$c-$2.err" | cut -c1-150)" \
    'BEGIN {printf "%-8s round %d: %8.2f s  %7.0f files/s  %6.2f MB/s  maxRSS %5d MB  exit %d  (%d files, %s MB)  | %s\n", c, r, s, n/s, b/s, m/1024, rc, n, b, last}' \
    | tee -a "$OUT/runs.txt"
}
for ((r = 1; r <= ROUNDS; r++)); do
  for c in "${CONFIGS[@]}"; do run "$c" "$r"; done
done
echo "Logs: $OUT"
