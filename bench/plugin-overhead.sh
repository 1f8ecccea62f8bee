#!/usr/bin/env bash
# Compile-time overhead of the Faultline Error Prone checks on the compile corpus (bench/corpora.sh first; build the
# plugin with `mvn -B -pl checks/analysis,checks/errorprone,checks/scanner -am install -DskipTests` first).
# In one run, compiles corpora/compile/src with JDK 25 javac in these configurations:
#   ep-off     Error Prone with every check disabled (-XepDisableAllChecks)            the baseline
#   faultline  Error Prone with every check disabled except the Faultline checks (at WARN, their default)
#   javac      plain javac, no Error Prone                                               (context)
#   ep-default Error Prone's default checks (errors as warnings so the build goes on)     (context)
# ep-off and faultline alternate (ABBA order per round) for ROUNDS rounds; the context configurations run
# CONTEXT_ROUNDS times. Prints each run, then median, min and max per configuration and the faultline/ep-off ratio,
# plus the Faultline findings and crashes ("could not analyse" findings, or an exception in the plugin).
# Usage: bench/plugin-overhead.sh [ROUNDS [CONTEXT_ROUNDS]]     (defaults 5 and 2; WARMUP=0 skips the uncounted first run;
#        SUBSET=fattureincloud-java-sdk-2.0.20 compiles the Fatture in Cloud SDK alone)
# BASE_PLUGIN=jar BASE_ANALYSIS=jar (the faultline-checks and faultline-analysis jars of a build before a change) add a
# configuration `base` (the same checks from those jars) to every round, so that before and after are measured side
# by side: ep-off, faultline, base in odd rounds, the reverse in even rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=${1:-5}
CONTEXT_ROUNDS=${2:-2}
JDK=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
EP_VERSION=2.50.0
OUT=$ROOT/corpora/results/overhead-$(date +%Y%m%d-%H%M%S)
WORK=$ROOT/corpora/work
mkdir -p "$OUT" "$WORK"
[ -s corpora/compile/classpath.txt ] || { echo "run bench/corpora.sh first" >&2; exit 2; }
PLUGIN=$(ls checks/errorprone/target/faultline-checks-*-SNAPSHOT.jar | grep -v -e sources -e javadoc | head -1)
ANALYSIS=$(ls checks/analysis/target/faultline-analysis-*-SNAPSHOT.jar | grep -v -e sources -e javadoc | head -1)

# Error Prone's processor path, and the Faultline plugin's runtime dependencies (the jars in target/ themselves).
if [ ! -s "$WORK/ep-classpath.txt" ]; then
  cat > "$WORK/ep-pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>ep</artifactId><version>1</version><packaging>pom</packaging><dependencies>
<dependency><groupId>com.google.errorprone</groupId><artifactId>error_prone_core</artifactId><version>$EP_VERSION</version></dependency>
</dependencies></project>
POM
  mvn -B -q -f "$WORK/ep-pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$WORK/ep-classpath.txt"
fi
mvn -B -q -o -pl checks/errorprone org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=runtime -DexcludeGroupIds=dev.faultline -Dmdep.outputFile="$WORK/faultline-runtime.txt"
EP_CP=$(cat "$WORK/ep-classpath.txt")
FL_CP=$PLUGIN:$ANALYSIS:$(cat "$WORK/faultline-runtime.txt")
CHECKS=$(unzip -p "$PLUGIN" META-INF/services/com.google.errorprone.bugpatterns.BugChecker | sed 's/.*\.//' | sort)
FL_FLAGS=$(for c in $CHECKS; do printf ' -Xep:%s:WARN' "$c"; done)

# SUBSET=<folder of corpora/compile/src> compiles that artifact alone (SUBSET=fattureincloud-java-sdk-2.0.20: the
# Fatture in Cloud SDK, nearly all HTTP client code); the whole compile corpus by default.
SRC=corpora/compile/src${SUBSET:+/$SUBSET}
[ -d "$SRC" ] || { echo "no such compile corpus folder: $SRC (see ls corpora/compile/src)" >&2; exit 2; }
find "$SRC" -name '*.java' | sort > "$OUT/files.txt"
NFILES=$(wc -l < "$OUT/files.txt")
JFLAGS=()
for p in api file main model parser processing tree util; do JFLAGS+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"); done
JFLAGS+=(-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED -J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED)
COMMON=(--release 17 -encoding UTF-8 -proc:none -Xmaxwarns 1000000 -Xmaxerrs 1000 -Xlint:none -J-Xmx2g
  -cp "$(cat corpora/compile/classpath.txt)" -XDcompilePolicy=simple --should-stop=ifError=FLOW)

compile() { # config round
  local config=$1 dest=$OUT/classes-$1-$2 log=$OUT/$1-$2.log
  local args=("${JFLAGS[@]}" "${COMMON[@]}" -d "$dest")
  case $config in
    javac) ;;
    ep-off) args+=(-processorpath "$EP_CP" "-Xplugin:ErrorProne -XepDisableAllChecks") ;;
    faultline) args+=(-processorpath "$EP_CP:$FL_CP" "-Xplugin:ErrorProne -XepDisableAllChecks$FL_FLAGS") ;;
    base) args+=(-processorpath "$EP_CP:$BASE_PLUGIN:$BASE_ANALYSIS:$(cat "$WORK/faultline-runtime.txt")"
      "-Xplugin:ErrorProne -XepDisableAllChecks$FL_FLAGS") ;;
    ep-default) args+=(-processorpath "$EP_CP" "-Xplugin:ErrorProne -XepAllErrorsAsWarnings") ;;
  esac
  rm -rf "$dest"; mkdir -p "$dest"
  local rc=0
  /usr/bin/time -f '%e %M' -o "$OUT/time" "$JDK/bin/javac" "${args[@]}" @"$OUT/files.txt" > "$log" 2>&1 || rc=$?
  read -r secs rss < <(tail -1 "$OUT/time")
  local findings crashes
  findings=$(grep -cE "warning: \[($(echo $CHECKS | tr ' ' '|'))\]" "$log" || true)
  crashes=$(grep -cE "could not analyse this method|An unhandled exception was thrown by the Error Prone|An exception has occurred in the compiler" "$log" || true)
  printf '%-10s round %d: %7.2f s  maxRSS %5d MB  exit %d  faultline findings %d  crashes %d\n' \
    "$config" "$2" "$secs" $((rss / 1024)) "$rc" "$findings" "$crashes" | tee -a "$OUT/runs.txt"
  rm -rf "$dest"
}

echo "Compile corpus ($SRC): $NFILES files; JDK: $("$JDK/bin/java" -version 2>&1 | head -1); Error Prone $EP_VERSION;" \
  "Faultline checks: $CHECKS" | tr '\n' ' ' | tee "$OUT/runs.txt"; echo | tee -a "$OUT/runs.txt"
if [ "${WARMUP:-1}" = 1 ]; then compile ep-off 0 > /dev/null; fi   # warm the file system cache; not counted
for ((r = 1; r <= ROUNDS; r++)); do
  if [ -n "${BASE_PLUGIN:-}" ]; then
    if ((r % 2)); then compile ep-off $r; compile faultline $r; compile base $r
    else compile base $r; compile faultline $r; compile ep-off $r; fi
  elif ((r % 2)); then compile ep-off $r; compile faultline $r; else compile faultline $r; compile ep-off $r; fi
  if ((r <= CONTEXT_ROUNDS)); then compile javac $r; compile ep-default $r; fi
done
python3 - "$OUT/runs.txt" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r'(\S+)\s+round \d+:\s+([\d.]+) s\s+maxRSS\s+(\d+)', line)
    if m: runs.setdefault(m[1], []).append((float(m[2]), int(m[3])))
print()
for config in ('javac', 'ep-off', 'faultline', 'base', 'ep-default'):
    if config in runs:
        t = [x[0] for x in runs[config]]
        print(f'{config:10s} n={len(t)}  median {statistics.median(t):7.2f} s  min {min(t):7.2f}  max {max(t):7.2f}'
              f'  maxRSS {max(x[1] for x in runs[config])} MB')
off = [x[0] for x in runs['ep-off']]; fl = [x[0] for x in runs['faultline']]
pairs = [b / a for a, b in zip(off, fl)]
print(f'faultline / ep-off: median of medians {statistics.median(fl) / statistics.median(off):.4f};'
      f' per-round ratios median {statistics.median(pairs):.4f}, min {min(pairs):.4f}, max {max(pairs):.4f}')
if 'base' in runs:
    bs = [x[0] for x in runs['base']]
    bpairs = [b / a for a, b in zip(off, bs)]
    print(f'base / ep-off: median of medians {statistics.median(bs) / statistics.median(off):.4f};'
          f' per-round ratios median {statistics.median(bpairs):.4f}, min {min(bpairs):.4f}, max {max(bpairs):.4f}')
    after = [b / a for a, b in zip(bs, fl)]
    print(f'faultline / base: per-round ratios median {statistics.median(after):.4f},'
          f' min {min(after):.4f}, max {max(after):.4f}')
for base in ('javac', 'ep-off'):
    if 'ep-default' in runs and base in runs:
        print(f'ep-default / {base}: {statistics.median(x[0] for x in runs["ep-default"]) / statistics.median(x[0] for x in runs[base]):.3f}')
PY
echo "Logs: $OUT"
