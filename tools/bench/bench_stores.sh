#!/bin/bash
# bench_stores.sh BUILD_DIR [bench_stores options] : starts a PostgreSQL server for the benchmark (fsync on,
# as a production server), runs build/bench_stores against it and beside an SQLite file, stops the server.
set -euo pipefail
build=${1:?usage: bench_stores.sh BUILD_DIR [options]}
shift
here=$(cd "$(dirname "$0")" && pwd)
server=$(mktemp -d /tmp/frontdesk-bench-pg.XXXXXX)
trap '"$here/../../tests/store/postgres_server.sh" stop "$server"; rm -rf "$server"' EXIT
FRONTDESK_POSTGRES_FSYNC=on "$here/../../tests/store/postgres_server.sh" start "$server"
"$build/bench_stores" --postgres "$(cat "$server/uri")" "$@"
