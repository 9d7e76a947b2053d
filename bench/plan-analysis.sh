#!/usr/bin/env bash
# Benchmark: what the upgrade analysis of chart proposals costs. `steward plan` on one corpus (default
# flux-home-ops-local) with the corpus chart repository on 127.0.0.1:8879 and every other host refused,
# three ways, each a cold JVM, median of N runs:
#   off    charts.analysis.enabled: false
#   cold   analysis on, an empty archive cache (every archive downloaded)
#   warm   analysis on, the archive cache of the previous runs (http.cacheDir): no archive is downloaded
# Prints wall, CPU, peak RSS and the ratio to "off". Target (issue 10): warm <= 3x off, RSS < 512 MB.
#   bench/plan-analysis.sh [runs] [corpus-name]     (defaults: 3, flux-home-ops-local)
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${STEWARD_CORPUS:-$top/../shared/corpus}"
runs="${1:-3}"
name="${2:-flux-home-ops-local}"
jar="$top/agent/target/steward.jar"
[[ -f "$jar" ]] || (cd "$top" && mvn -B -q -DskipTests package)
[[ -d "$corpus/repos/$name" ]] || { echo "no corpus $name at $corpus" >&2; exit 2; }
started=""
curl -fsS -o /dev/null http://127.0.0.1:8879/all/index.yaml 2>/dev/null || { "$corpus/chart-repo/serve.sh" start >/dev/null; started=yes; }
work="$(mktemp -d)"
cleanup() { [[ -n "$started" ]] && "$corpus/chart-repo/serve.sh" stop >/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$jar" "$work/steward.jar"
config() {  # $1 = enabled, $2 = cache dir
  printf 'apiVersion: steward.io/v1alpha1\nkind: Config\nhttp:\n  allowedHosts: [127.0.0.1]\n  cacheDir: %s\ncharts:\n  analysis: {enabled: %s}\n' "$2" "$1" >"$work/config.yaml"
}
measure() {  # $1 = label; prints "label wall cpu rss" per run to $work/times
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar "$work/steward.jar" \
      plan --repo "$corpus/repos/$name" --config "$work/config.yaml" --output json >"$work/report.json"
  read -r wall rss_kb user sys <"$work/time"
  echo "$1 $wall $(python3 -c "print($user + $sys)") $((rss_kb / 1024))" >>"$work/times"
}
: >"$work/times"
for _ in $(seq 1 "$runs"); do
  config false "$work/cache-off"; rm -rf "$work/cache-off"; measure off
  config true "$work/cache-cold"; rm -rf "$work/cache-cold"; measure cold
  config true "$work/cache-warm"; measure warm   # the first warm run fills the cache: it is dropped below
done
python3 - "$work/times" "$work/report.json" "$name" "$runs" <<'PY'
import json, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
report = json.load(open(sys.argv[2]))
analysed = sum(1 for p in report["proposals"] if p["analysed"])
by = {}
for label, wall, cpu, rss in rows:
    by.setdefault(label, []).append((float(wall), float(cpu), int(rss)))
by["warm"] = by["warm"][1:] or by["warm"]
off = statistics.median(w for w, _, _ in by["off"])
print(f"{sys.argv[3]}: {len(report['proposals'])} proposals, {analysed} analysed; medians of {sys.argv[4]} cold JVMs (warm: after one filling run)")
print(f"{'mode':<6} {'wall s':>7} {'cpu s':>6} {'RSS MB':>7} {'x off':>6}")
for label in ("off", "cold", "warm"):
    w = statistics.median(x[0] for x in by[label]); c = statistics.median(x[1] for x in by[label]); r = max(x[2] for x in by[label])
    print(f"{label:<6} {w:7.2f} {c:6.2f} {r:7d} {w / off:6.2f}")
PY
