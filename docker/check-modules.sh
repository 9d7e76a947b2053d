#!/usr/bin/env bash
# Fails when the shaded jar needs a JDK module that docker/modules.txt (the jlink list) lacks.
# Usage: docker/check-modules.sh path/to/steward.jar [docker/modules.txt]
# The list is jdeps' answer plus modules jdeps cannot see: jdk.crypto.ec (TLS with EC keys and
# ECDHE, loaded as a security provider, never referenced from code).
set -euo pipefail
jar="$1"
list="${2:-$(dirname "$0")/modules.txt}"
needed="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")"
missing=()
for module in ${needed//,/ }; do
  if ! tr ',' '\n' < "$list" | grep -qx "$module"; then
    missing+=("$module")
  fi
done
if (( ${#missing[@]} > 0 )); then
  echo "check-modules: $jar needs ${missing[*]}, missing from $list; add them (jdeps says: $needed)" >&2
  exit 1
fi
for module in jdk.crypto.ec jdk.httpserver jdk.unsupported; do
  tr ',' '\n' < "$list" | grep -qx "$module" || { echo "check-modules: $module must stay in $list" >&2; exit 1; }
done
echo "check-modules: $list covers what jdeps finds ($needed) plus jdk.crypto.ec"
