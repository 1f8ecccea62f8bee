#!/usr/bin/env bash
# Recall on real code: fetches the -sources.jar of every artifact named in bench/recall/places.tsv (pinned by version)
# from Maven Central into the git-ignored corpora/recall/src/<artifactId>-<version>/, runs the scanner on the files
# that hold the places (with every artifact's sources on the source path), and scores the findings against the labels (bench/recall/score.py): recall per check and per
# idiom, false alarms on the correct places, and the list of missed and falsely reported places.
# Usage: bench/recall.sh [--all]
#   --all   scan every Java file of the fetched artifacts, not only the files that hold places (slower; the findings
#           outside the places are counted but not scored)
# Needs Maven (network access to Maven Central on the first run), Java and python3. Re-running skips what is fetched.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PLACES=bench/recall/places.tsv
OUT=$ROOT/corpora/recall
WORK=$OUT/work
mkdir -p "$WORK" "$OUT/src"

rows() { grep -v '^#' "$PLACES" | tail -n +2 | grep -v '^\s*$'; }

echo "== fetch" >&2
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>bench</groupId><artifactId>recall-unpack</artifactId><version>1</version><packaging>pom</packaging>'
  echo '<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>'
  echo '<version>3.8.1</version><executions><execution><id>unpack</id><phase>validate</phase><goals><goal>unpack</goal></goals>'
  echo "<configuration><markersDirectory>$OUT/src/.markers</markersDirectory><artifactItems>"
  rows | cut -f1 | sort -u | while IFS=: read -r g a v; do
    echo "<artifactItem><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><classifier>sources</classifier>"
    echo "<type>jar</type><outputDirectory>$OUT/src/$a-$v</outputDirectory><includes>**/*.java</includes><excludes>**/module-info.java</excludes></artifactItem>"
  done
  echo '</artifactItems></configuration></execution></executions></plugin></plugins></build></project>'
} > "$WORK/unpack-pom.xml"
mvn -B -q -f "$WORK/unpack-pom.xml" validate

if [[ "${1:-}" == "--all" ]]; then
  rows | cut -f1 | sort -u | while IFS=: read -r g a v; do echo "$OUT/src/$a-$v"; done > "$WORK/scan-paths.txt"
  mapfile -t paths < "$WORK/scan-paths.txt"
  files_args=("${paths[@]}")
else
  rows | awk -F'\t' -v d="$OUT/src" '{ split($1, g, ":"); print d "/" g[2] "-" g[3] "/" $2 }' | sort -u > "$WORK/files.txt"
  files_args=(--files-from "$WORK/files.txt")
fi

# Each artifact's own sources are the project its files are judged in: the classes a place uses from another file
# of the artifact (a status set, constants, a superclass) are read from there, as a scan of that project would.
source_path=$(rows | cut -f1 | sort -u | while IFS=: read -r g a v; do printf '%s:' "$OUT/src/$a-$v"; done)

echo "== scan" >&2
./faultline scan --format sarif --fail-on never --jobs 2 --root "$OUT/src" --source-path "${source_path%:}" \
  -o "$WORK/findings.sarif" "${files_args[@]}"

echo "== score" >&2
python3 bench/recall/score.py "$PLACES" "$WORK/findings.sarif" "$OUT/src"
