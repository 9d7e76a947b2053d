#!/usr/bin/env bash
# Benchmark: rightsizing traced to Helm values keys (issue 11). A generated fleet (bench/helm-fleet.py: 20 charts,
# 10 Deployments each, one Flux HelmRelease per chart, a VPA per workload) planned with its cluster snapshot, each run
# a cold JVM, median of N runs, two ways:
#   reported  charts.analysis.enabled: false: Helm-rendered workloads are only reported (no chart is fetched)
#   traced    analysis on, archive cache warm (http.cacheDir): every workload traced by rendering its release three times (twice with its values, to find random output; once with test quantities),
#             edited at its values keys and the edit rendered again
# Prints wall, CPU, peak RSS, the ratio to "reported" and how many workloads were traced. Target: traced <= 30 s.
#   bench/helm-tracing.sh [runs] [charts] [components]      (defaults: 3, 20, 10)
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
jar="$top/agent/target/steward.jar"
[[ -f "$jar" ]] || (cd "$top" && mvn -B -q -DskipTests package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$top/bench/helm-fleet.py" "$work/fleet" "${2:-20}" "${3:-10}" >/dev/null
cp "$jar" "$work/steward.jar"
config() {  # $1 = analysis enabled
  sed "s#CACHE#$work/cache#" "$work/fleet/config.yaml" >"$work/config.yaml"
  printf 'charts:\n  analysis: {enabled: %s}\n' "$1" >>"$work/config.yaml"
}
measure() {  # $1 = label; appends "label wall cpu rss" to $work/times
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar "$work/steward.jar" \
      plan --repo "$work/fleet/repo" --config "$work/config.yaml" --cluster "$work/fleet/cluster" --output json >"$work/report-$1.json"
  read -r wall rss_kb user sys <"$work/time"
  echo "$1 $wall $(python3 -c "print($user + $sys)") $((rss_kb / 1024))" >>"$work/times"
}
: >"$work/times"
config true; measure fill   # fills the archive cache; not counted
for _ in $(seq 1 "$runs"); do
  config false; measure reported
  config true; measure traced
done
python3 - "$work" "$runs" <<'PY'
import json, statistics, sys
work, runs = sys.argv[1], sys.argv[2]
rows = [l.split() for l in open(f"{work}/times")]
report = json.load(open(f"{work}/report-traced.json"))["rightsizing"]
traced = sum(1 for w in report["workloads"] if w["placement"] == "helm-values")
confirmed = sum(1 for p in report["proposals"] if p["editFailure"] is None and any("rendered again" in n for n in p["notes"]))
by = {}
for label, wall, cpu, rss in rows:
    by.setdefault(label, []).append((float(wall), float(cpu), int(rss)))
base = statistics.median(w for w, _, _ in by["reported"])
print(f"{len(report['workloads'])} Helm-rendered workloads: {traced} traced to values keys, {len(report['proposals'])} pull requests,"
      f" {confirmed} confirmed by rendering again; medians of {runs} cold JVMs, archive cache warm")
print(f"{'mode':<9} {'wall s':>7} {'cpu s':>6} {'RSS MB':>7} {'x reported':>10}")
for label in ("reported", "traced"):
    w = statistics.median(x[0] for x in by[label]); c = statistics.median(x[1] for x in by[label]); r = max(x[2] for x in by[label])
    print(f"{label:<9} {w:7.2f} {c:6.2f} {r:7d} {w / base:10.2f}")
PY
