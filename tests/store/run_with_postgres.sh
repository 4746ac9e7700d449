#!/bin/bash
# run_with_postgres.sh DIR COMMAND... : runs a PostgreSQL test against the server postgres_server.sh started
# in DIR (FRONTDESK_TEST_POSTGRES = its superuser URI). Skips (77) only when FRONTDESK_NO_POSTGRES=1 says so.
set -euo pipefail
dir=$1
shift
if [ "${FRONTDESK_NO_POSTGRES:-}" = 1 ]; then
  echo "skipped: FRONTDESK_NO_POSTGRES=1"
  exit 77
fi
if [ ! -f "$dir/uri" ]; then
  echo "no PostgreSQL test server in $dir: the postgres_server fixture did not start one (see its output above)" >&2
  exit 1
fi
export FRONTDESK_TEST_POSTGRES_DIR=$dir
FRONTDESK_TEST_POSTGRES=$(cat "$dir/uri")
export FRONTDESK_TEST_POSTGRES
exec "$@"
