#!/bin/sh
# Runs a command with TMPDIR in the project's own ignored folder, .tmp/tmp: Chromium and
# Workbox leave folders in the temp dir, and a shared /tmp fills up or is cleaned under them.
#   sh scripts/with-tmpdir.sh playwright test --project desktop
set -e
TMPDIR="$PWD/.tmp/tmp"
export TMPDIR
mkdir -p "$TMPDIR"
exec "$@"
