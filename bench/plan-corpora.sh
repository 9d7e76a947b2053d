#!/usr/bin/env bash
# Benchmark: whole `steward plan` on every ../shared/corpus/repos/*-local corpus, with the corpus
# chart repository on 127.0.0.1:8879 and every other host refused (http.allowedHosts). Each run is a
# cold JVM, timed with /usr/bin/time. Prints per corpus: median wall time, peak RSS, and the ratio to
# Renovate on the same input (reference/renovate-44.121.2/<corpus>/summary.json: wallTimeSeconds is
# the whole run, start-up included; repositoryFinished.durationMs is the repository work alone).
#   bench/plan-corpora.sh [runs]     (default 5)
#   STEWARD_CDS=1 bench/plan-corpora.sh   the same with an application class-data archive (AppCDS),
#                                         made by one untimed training run first
# Target (issue 3): at least 3x faster than Renovate's whole run on every corpus. The machine's load
# is printed too: on a busy 2-core machine wall time approaches CPU time (the "cpu s" column).
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${STEWARD_CORPUS:-$top/../shared/corpus}"
runs="${1:-5}"
jar="$top/agent/target/steward.jar"
reference="$corpus/reference/renovate-44.121.2"
[[ -f "$jar" ]] || (cd "$top" && mvn -B -q -DskipTests package)
[[ -d "$corpus/repos" ]] || { echo "no corpus at $corpus" >&2; exit 2; }

# use a chart repository already serving on the port (another bench, a test) and stop only our own;
# someone else may stop theirs meanwhile, so it is checked around every run
serving() { curl -fsS -o /dev/null "http://127.0.0.1:8879/all/index.yaml" 2>/dev/null; }
started=""
ensure_served() {
  serving && return 0
  "$corpus/chart-repo/serve.sh" start >/dev/null
  started=yes
}
ensure_served
work="$(mktemp -d)"
cleanup() {
  [[ -n "$started" ]] && "$corpus/chart-repo/serve.sh" stop >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# a copy, so that a rebuild meanwhile neither changes what is measured nor invalidates the class archive
cp "$jar" "$work/steward.jar"
jar="$work/steward.jar"
cat >"$work/offline.yaml" <<YAML
apiVersion: steward.io/v1alpha1
kind: Config
http:
  allowedHosts: [127.0.0.1]
YAML

java_opts=(${STEWARD_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto})
if [[ -n "${STEWARD_CDS:-}" ]]; then
  first=("$corpus"/repos/*-local)
  java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$work/steward.jsa" -jar "$jar" plan \
      --repo "${first[0]}" --config "$work/offline.yaml" --output json >/dev/null 2>"$work/cds.log"
  java_opts+=(-XX:SharedArchiveFile="$work/steward.jsa")
fi
echo "java ${java_opts[*]}; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '%-28s %7s %6s %7s %10s %10s %12s %s\n' corpus "wall s" "cpu s" "RSS MB" "in-run ms" "renovate s" "x renovate" "(x renovate's repository work)"
for repo in "$corpus"/repos/*-local; do
  name="$(basename "$repo")"
  walls=(); cpus=(); rss=(); inrun=()
  for _ in $(seq 1 "$runs"); do
    until
      ensure_served
      /usr/bin/time -f "%e %M %U %S" -o "$work/time" java "${java_opts[@]}" -jar "$jar" plan \
          --repo "$repo" --config "$work/offline.yaml" --output json >"$work/report.json"
      serving
    do echo "the chart repository went away during a run of $name; running it again" >&2; done
    read -r wall rss_kb user sys <"$work/time"
    walls+=("$wall"); rss+=("$((rss_kb / 1024))"); cpus+=("$(python3 -c "print($user + $sys)")")
    inrun+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["statistics"]["durationMillis"])' "$work/report.json")")
  done
  python3 - "$name" "$reference/$name/summary.json" "${walls[*]}" "${rss[*]}" "${inrun[*]}" "${cpus[*]}" <<'PY'
import json, os, statistics, sys
name, summary, walls, rss, inrun, cpus = sys.argv[1:]
walls = [float(w) for w in walls.split()]; rss = [int(r) for r in rss.split()]; inrun = [int(m) for m in inrun.split()]
wall = statistics.median(walls); cpu = statistics.median(float(c) for c in cpus.split())
renovate, work = None, None
if os.path.exists(summary):
    s = json.load(open(summary))
    renovate = s.get("wallTimeSeconds"); work = s["repositoryFinished"]["durationMs"] / 1000
ratio = f"{renovate / wall:.1f}x {'OK' if renovate / wall >= 3 else 'MISSED'}" if renovate else "-"
print(f"{name:<28} {wall:7.2f} {cpu:6.2f} {max(rss):7d} {statistics.median(inrun):10.0f} {renovate or '-':>10} {ratio:>12}"
      + (f" ({work / wall:.1f}x of {work:.2f} s)" if work else "")
      + f"   runs: {' '.join(f'{w:.2f}' for w in walls)}")
PY
done
