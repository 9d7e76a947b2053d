#!/usr/bin/env bash
# Benchmark: whole `steward plan` on ../shared/corpus/repos/perf-large-index-local against the 25 MB
# /large/ index served on 127.0.0.1:8879. Prints wall time and peak RSS per run, the median, the
# ratio to Renovate on the same input, and Steward's own index statistics from the report.
#   bench/plan-large-index.sh [runs]     (default 5; the first run is a cold disk cache)
# Targets (issue 2): wall <= 2.5 s, peak RSS <= 300 MB, index parsed once.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${STEWARD_CORPUS:-$top/../shared/corpus}"
runs="${1:-5}"
jar="$top/agent/target/steward.jar"
[[ -f "$jar" ]] || (cd "$top" && mvn -B -q -DskipTests package)
[[ -d "$corpus/repos/perf-large-index-local" ]] || { echo "no corpus at $corpus" >&2; exit 2; }

# use a chart server that is already running; stop only one this script started
if ! "$corpus/chart-repo/serve.sh" status >/dev/null 2>&1; then
  "$corpus/chart-repo/serve.sh" start >/dev/null
  trap '"$corpus/chart-repo/serve.sh" stop >/dev/null' EXIT
fi
work="$(mktemp -d)"
cat >"$work/offline.yaml" <<YAML
apiVersion: steward.io/v1alpha1
kind: Config
http:
  allowedHosts: [127.0.0.1]
YAML

java_opts=(${STEWARD_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto})
walls=()
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" java "${java_opts[@]}" -jar "$jar" plan \
      --repo "$corpus/repos/perf-large-index-local" --config "$work/offline.yaml" --output json >"$work/report.json"
  read -r wall rss_kb <"$work/time"
  walls+=("$wall")
  printf 'run %d: wall %.2f s, peak RSS %d MB\n' "$i" "$wall" "$((rss_kb / 1024))"
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
python3 - "$work/report.json" "$median" <<'PY'
import json, sys
report = json.load(open(sys.argv[1])); median = float(sys.argv[2])
for i in report["statistics"]["indexes"]:
    print(f"index {i['repository']}: {i['outcome']}, {i['bytes']/1e6:.1f} MB, fetch {i['fetchMillis']} ms, parse {i['parseMillis']} ms, {i['entriesKept']} entries kept")
large = [i for i in report["statistics"]["indexes"] if i["repository"].endswith("/large")]
print(f"/large fetched {len(large)} time(s); {report['summary']['proposals']} proposals")
print(f"median wall {median:.2f} s; target 2.5 s: {'OK' if median <= 2.5 else 'MISSED'}; "
      f"Renovate 11-13 s on the same input: {11/median:.1f}x-{13/median:.1f}x faster")
PY
rm -rf "$work"
