#!/usr/bin/env python3
"""Scores scanner findings (SARIF) against the labelled places of bench/recall/places.tsv.

Usage: score.py PLACES.tsv FINDINGS.sarif SOURCES_DIR

A bug place (label = a check's name) is found when a finding of that check starts inside its line range, in its file.
A correct place has a false alarm when a finding starts inside its range: counted for the two retry checks and for any
check. A finding of a check that a bug row of the same file labels at that line is that bug, not a false alarm: a place
can be correct for one check and a bug of another (a backoff that grows but ignores Retry-After). Paths in the SARIF report are relative to SOURCES_DIR, which holds <artifactId>-<version>/<path in the jar>.
Prints recall per check and per idiom, the false alarms, and the missed and falsely reported places.
"""
import json
import os
import sys
from collections import defaultdict

CHECKS = ["RetryAfterIgnored", "NonRetryableErrorRetried", "UnauthorizedErrorPartiallyRead", "ValidationResultDropped",
          "RetryWithoutBackoff", "RetryAfterHttpDateUnsupported", "DeviceCodeSlowDownIgnored"]
RETRY_CHECKS = CHECKS[:2]


def read_places(path):
    places = []
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            cols = line.split("\t")
            if len(cols) not in (7, 8):
                sys.exit(f"{path}:{n}: expected 7 or 8 tab-separated columns, found {len(cols)}")
            gav, jar_path, first, last, label, idiom, reason = cols[:7]
            also = []
            for part in (cols[7].split(",") if len(cols) == 8 and cols[7].strip() else []):
                lo, _, hi = part.strip().partition("-")
                also.append((int(lo), int(hi or lo)))
            g, a, v = gav.split(":")
            if label not in CHECKS and label != "correct":
                sys.exit(f"{path}:{n}: unknown label {label}")
            places.append(dict(row=n, gav=gav, artifact=a, file=f"{a}-{v}/{jar_path}", first=int(first),
                               last=int(last), label=label, idiom=idiom, reason=reason, also=also))
    return places


def read_findings(path, root):
    with open(path, encoding="utf-8") as f:
        sarif = json.load(f)
    findings = defaultdict(list)  # file -> [(line, check)]
    not_analysed = []
    root = os.path.abspath(root)
    for run in sarif.get("runs", []):
        for r in run.get("results", []):
            for loc in r.get("locations", [])[:1]:
                phys = loc["physicalLocation"]
                uri = phys["artifactLocation"]["uri"]
                if uri.startswith("file://"):
                    uri = os.path.relpath(uri[len("file://"):], root)
                findings[uri].append((phys["region"]["startLine"], r["ruleId"]))
        for inv in run.get("invocations", []):
            for note in inv.get("toolExecutionNotifications", []):
                for loc in note.get("locations", []):
                    uri = loc.get("physicalLocation", {}).get("artifactLocation", {}).get("uri")
                    if uri:
                        not_analysed.append((uri, note.get("message", {}).get("text", "")))
    return findings, not_analysed


def pct(a, b):
    return f"{100.0 * a / b:.0f}%" if b else "-"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    places = read_places(sys.argv[1])
    findings, not_analysed = read_findings(sys.argv[2], sys.argv[3])
    for p in places:
        full = os.path.join(sys.argv[3], p["file"])
        if not os.path.isfile(full):
            sys.exit(f"places.tsv:{p['row']}: {p['file']} is not in the fetched sources")
        with open(full, encoding="utf-8", errors="replace") as f:
            if sum(1 for _ in f) < p["last"]:
                sys.exit(f"places.tsv:{p['row']}: {p['file']} has fewer than {p['last']} lines")

    def covers(p, line):
        return p["first"] <= line <= p["last"] or any(lo <= line <= hi for lo, hi in p["also"])

    def inside(p, checks):
        return sorted({(line, check) for line, check in findings.get(p["file"], [])
                       if covers(p, line) and (checks is None or check in checks)})

    def labelled_bug(file, line, check):
        return any(b["file"] == file and b["label"] == check and covers(b, line) for b in places)

    def alarms(p, checks):
        return [(line, check) for line, check in inside(p, checks) if not labelled_bug(p["file"], line, check)]

    bugs = [p for p in places if p["label"] != "correct"]
    correct = [p for p in places if p["label"] == "correct"]
    for p in bugs:
        p["hits"] = inside(p, [p["label"]])
    for p in correct:
        p["retry_alarms"] = alarms(p, RETRY_CHECKS)
        p["any_alarms"] = alarms(p, None)

    distinct = {(p["file"], p["first"], p["last"]) for p in places}
    print(f"Recall corpus: {len(distinct)} places, {len(places)} labelled rows ({len(bugs)} bugs, {len(correct)} correct),"
          f" {len({p['artifact'] for p in places})} artifacts")
    print()
    print(f"{'check':<34}{'bug places':>11}{'found':>7}{'recall':>8}")
    for check in CHECKS:
        rows = [p for p in bugs if p["label"] == check]
        found = sum(1 for p in rows if p["hits"])
        print(f"{check:<34}{len(rows):>11}{found:>7}{pct(found, len(rows)):>8}")
    rows = [p for p in bugs if p["label"] in RETRY_CHECKS]
    found = sum(1 for p in rows if p["hits"])
    print(f"{'the two retry checks':<34}{len(rows):>11}{found:>7}{pct(found, len(rows)):>8}")
    print()
    fa_retry = sum(1 for p in correct if p["retry_alarms"])
    fa_any = sum(1 for p in correct if p["any_alarms"])
    print(f"correct places: {len(correct)}; false alarms of the retry checks: {fa_retry} ({pct(fa_retry, len(correct))});"
          f" of any check: {fa_any} ({pct(fa_any, len(correct))})")
    print()
    print(f"{'idiom':<26}{'bug rows':>9}{'found':>7}{'recall':>8}{'correct':>9}{'false alarms':>14}")
    for idiom in sorted({p["idiom"] for p in places}):
        b = [p for p in bugs if p["idiom"] == idiom]
        c = [p for p in correct if p["idiom"] == idiom]
        fb = sum(1 for p in b if p["hits"])
        fc = sum(1 for p in c if p["any_alarms"])
        print(f"{idiom:<26}{len(b):>9}{fb:>7}{pct(fb, len(b)):>8}{len(c):>9}{fc:>14}")
    print()
    missed = [p for p in bugs if not p["hits"]]
    print(f"Missed bug places ({len(missed)}):")
    for p in missed:
        other = inside(p, None)
        note = f"  [other findings here: {', '.join(f'{c}@{l}' for l, c in other)}]" if other else ""
        print(f"  {p['label']:<26} {p['idiom']:<22} {p['file']}:{p['first']}-{p['last']}{note}")
        print(f"      {p['reason']}")
    print()
    false = [p for p in correct if p["any_alarms"]]
    print(f"False alarms on correct places ({len(false)}):")
    for p in false:
        print(f"  {p['idiom']:<22} {p['file']}:{p['first']}-{p['last']}: "
              + ", ".join(f"{c}@{l}" for l, c in p["any_alarms"]))
    print()
    found_rows = [p for p in bugs if p["hits"]]
    print(f"Found bug places ({len(found_rows)}):")
    for p in found_rows:
        print(f"  {p['label']:<26} {p['idiom']:<22} {p['file']}:{p['first']}-{p['last']} at line(s) "
              + ", ".join(str(l) for l, _ in p["hits"]))
    place_files = {p["file"] for p in places}
    outside = sum(1 for f, hits in findings.items() for line, _ in hits
                  if not any(p["file"] == f and covers(p, line) for p in places))
    print()
    print(f"Findings outside the places: {outside}"
          f" (in files that hold places: {sum(1 for f, h in findings.items() if f in place_files for l, _ in h if not any(p['file'] == f and covers(p, l) for p in places))})")
    relevant = [(u, m) for u, m in not_analysed if u in place_files]
    if relevant:
        print("Files with places that could not be analysed:")
        for u, m in relevant:
            print(f"  {u}: {m}")


if __name__ == "__main__":
    main()
