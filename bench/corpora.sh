#!/usr/bin/env bash
# Downloads the benchmark corpora, pinned by version in bench/corpora/*.txt, into corpora/ (git-ignored), with Maven:
#   corpora/scan/<artifact>-<version>/     the -sources.jar of every artifact in scan.txt (*.java only)
#   corpora/compile/src/<artifact>/        the -sources.jar of every artifact in compile.txt (*.java only)
#   corpora/compile/classpath.txt          the dependencies those artifacts need to compile (their own jars excluded)
#   corpora/tools/pmd-classpath.txt        PMD 7 (pmd-cli + pmd-java), for bench/scanner-throughput.sh
# Then prints the artifact, file and size counts. Re-running skips what is already there.
# Usage: bench/corpora.sh            (needs Maven and network access to Maven Central)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/corpora
WORK=$OUT/work
PMD_VERSION=7.27.0
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
mkdir -p "$WORK"

artifacts() { grep -v '^\s*#' "$1" | grep -v '^\s*$'; }

# A pom whose dependency:unpack execution unpacks the -sources.jar of each listed artifact into DIR/<artifact>-<version>.
unpack_pom() { # list-file dir pom
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>bench</groupId><artifactId>unpack</artifactId><version>1</version><packaging>pom</packaging>'
    echo '<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>'
    echo '<version>3.8.1</version><executions><execution><id>unpack</id><phase>validate</phase><goals><goal>unpack</goal></goals>'
    echo "<configuration><markersDirectory>$2/.markers</markersDirectory><artifactItems>"
    artifacts "$1" | while IFS=: read -r g a v; do
      echo "<artifactItem><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><classifier>sources</classifier>"
      echo "<type>jar</type><outputDirectory>$2/$a-$v</outputDirectory><includes>**/*.java</includes><excludes>**/module-info.java</excludes></artifactItem>"
    done
    echo '</artifactItems></configuration></execution></executions></plugin></plugins></build></project>'
  } > "$3"
}

# A pom that depends on the listed artifacts, to resolve their class path.
deps_pom() { # list-file pom
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>bench</groupId><artifactId>deps</artifactId><version>1</version><packaging>pom</packaging><dependencies>'
    artifacts "$1" | while IFS=: read -r g a v; do
      echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
    done
    echo '</dependencies></project>'
  } > "$2"
}

echo "== scan corpus" >&2
unpack_pom bench/corpora/scan.txt "$OUT/scan" "$WORK/scan-pom.xml"
mvn -B -q -f "$WORK/scan-pom.xml" validate

echo "== compile corpus" >&2
unpack_pom bench/corpora/compile.txt "$OUT/compile/src" "$WORK/compile-pom.xml"
mvn -B -q -f "$WORK/compile-pom.xml" validate
deps_pom bench/corpora/compile.txt "$WORK/compile-deps-pom.xml"
own=$(artifacts bench/corpora/compile.txt | cut -d: -f2 | paste -sd, -)
mvn -B -q -f "$WORK/compile-deps-pom.xml" $DEP_PLUGIN:build-classpath \
  -Dmdep.outputFile="$OUT/compile/classpath.txt" -DexcludeArtifactIds="$own" -Dmdep.includeScope=runtime

echo "== PMD $PMD_VERSION" >&2
printf 'net.sourceforge.pmd:pmd-cli:%s\nnet.sourceforge.pmd:pmd-java:%s\n' $PMD_VERSION $PMD_VERSION > "$WORK/pmd.txt"
deps_pom "$WORK/pmd.txt" "$WORK/pmd-pom.xml"
mkdir -p "$OUT/tools"
mvn -B -q -f "$WORK/pmd-pom.xml" $DEP_PLUGIN:build-classpath -Dmdep.outputFile="$OUT/tools/pmd-classpath.txt"

count() { # dir: files and MB of *.java under it
  local files bytes
  files=$(find "$1" -name '*.java' | wc -l)
  bytes=$(find "$1" -name '*.java' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  awk -v f="$files" -v b="$bytes" 'BEGIN {printf "%d files, %.1f MB", f, b/1048576}'
}
echo
echo "Scan corpus (corpora/scan): $(ls "$OUT/scan" | wc -l) artifacts, $(count "$OUT/scan")"
for d in "$OUT"/scan/*/; do printf '  %-50s %s\n' "$(basename "$d")" "$(count "$d")"; done
echo "Compile corpus (corpora/compile/src): $(ls "$OUT/compile/src" | wc -l) artifacts, $(count "$OUT/compile/src");" \
  "class path: $(tr ':' '\n' < "$OUT/compile/classpath.txt" | grep -c .) jars"
for d in "$OUT"/compile/src/*/; do printf '  %-50s %s\n' "$(basename "$d")" "$(count "$d")"; done
