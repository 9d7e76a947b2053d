#!/usr/bin/env bash
# Builds the container image's Java runtime from this machine's JDK 17, the way the Dockerfile does,
# and runs Steward on it: no Docker engine needed. Checks, in order:
#   1. docker/modules.txt covers every module jdeps finds in the shaded jar;
#   2. jlink builds the runtime (and its base CDS archive);
#   3. `steward version` and `steward plan --repo examples/gitops-repo` run on it;
#   4. a dynamic CDS archive is recorded and used (-Xshare:on fails if it cannot be mapped);
#   5. a TLS 1.3 handshake with an EC certificate works on it, and fails on a runtime without
#      jdk.crypto.ec (so the check can fail).
# Usage: docker/jlink-check.sh   (builds agent/target/steward.jar first if it is missing; MVN_ARGS
# are passed to that build, e.g. MVN_ARGS=-o)
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
jar="$top/agent/target/steward.jar"
out="$top/target/steward-runtime"
work="$top/target/jlink-check"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
rm -rf "$work" && mkdir -p "$work"

if [[ ! -f "$jar" ]]; then
  echo "== building $jar"
  mvn -B -q ${MVN_ARGS:-} -pl agent -am package -DskipTests
fi

echo "== 1. modules"
docker/check-modules.sh "$jar"

echo "== 2. jlink $(cat docker/modules.txt)"
rm -rf "$out"
"$java_home/bin/jlink" --add-modules "$(tr -d ' \n' < docker/modules.txt)" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive --output "$out"
echo "runtime: $(du -sh "$out" | cut -f1) ($(du -sh "$java_home" | cut -f1) for the whole JDK), jar $(du -h "$jar" | cut -f1)"

echo "== 3. steward on the runtime"
"$out/bin/java" -jar "$jar" version
"$out/bin/java" -jar "$jar" plan --repo examples/gitops-repo > "$work/plan.txt"
head -n 12 "$work/plan.txt"
echo "... ($(wc -l < "$work/plan.txt") lines)"

echo "== 4. class-data sharing"
"$out/bin/java" -XX:ArchiveClassesAtExit="$work/steward.jsa" -jar "$jar" plan --repo examples/gitops-repo > /dev/null 2> "$work/cds.log"
echo "archive: $(du -h "$work/steward.jsa" | cut -f1)"
"$out/bin/java" -Xshare:on -XX:SharedArchiveFile="$work/steward.jsa" -jar "$jar" version > /dev/null
timed() {
  local start end
  start=$(date +%s%N)
  for _ in 1 2 3 4 5; do "$@" > /dev/null 2>&1; done
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 5e9 }'
}
echo "steward plan, mean of 5: $(timed "$out/bin/java" -Xshare:off -jar "$jar" plan --repo examples/gitops-repo) s without CDS," \
  "$(timed "$out/bin/java" -jar "$jar" plan --repo examples/gitops-repo) s with the JDK's archive," \
  "$(timed "$out/bin/java" -XX:SharedArchiveFile="$work/steward.jsa" -jar "$jar" plan --repo examples/gitops-repo) s with Steward's"

echo "== 5. TLS with EC keys"
"$java_home/bin/keytool" -genkeypair -alias check -keyalg EC -groupname secp256r1 -dname CN=localhost -ext SAN=ip:127.0.0.1 \
  -validity 2 -storetype PKCS12 -keystore "$work/tls.p12" -storepass changeit -keypass changeit 2> /dev/null
"$java_home/bin/javac" --release 17 -d "$work/classes" docker/TlsCheck.java
"$out/bin/java" -cp "$work/classes" TlsCheck "$work/tls.p12" changeit
"$java_home/bin/jlink" --add-modules java.base --output "$work/no-ec-runtime"
if "$work/no-ec-runtime/bin/java" -cp "$work/classes" TlsCheck "$work/tls.p12" changeit > "$work/no-ec.log" 2>&1; then
  echo "the TLS check passed without jdk.crypto.ec: it checks nothing" >&2
  exit 1
fi
echo "without jdk.crypto.ec: $(grep -m1 -o '[A-Za-z.]*Exception.*' "$work/no-ec.log")"
echo "jlink-check: OK"
