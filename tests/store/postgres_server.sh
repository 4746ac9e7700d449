#!/bin/bash
# postgres_server.sh start|stop DIR : a throw-away PostgreSQL server for the tests. `start` runs initdb into a
# fresh folder and starts the server on a free loopback port and a socket folder of its own, as an
# unprivileged user (the `postgres` account Debian's package creates, when run as root; else the caller),
# then writes the URI a superuser connects with to DIR/uri. `stop` stops it and removes its folder.
#
# With FRONTDESK_NO_POSTGRES=1 nothing is started (the tests then skip with code 77); without the server
# programs `start` fails and says how to install them: a CI machine must not pass by skipping silently.
set -euo pipefail
action=${1:?usage: postgres_server.sh start|stop DIR}
dir=${2:?usage: postgres_server.sh start|stop DIR}

if [ "${FRONTDESK_NO_POSTGRES:-}" = 1 ]; then
  echo "postgres_server: FRONTDESK_NO_POSTGRES=1: no test server; the PostgreSQL tests skip"
  exit 0
fi

bin=${FRONTDESK_POSTGRES_BIN:-}
if [ -z "$bin" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && bin=$candidate; done
fi

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "postgres_server: PostgreSQL's server programs (initdb, pg_ctl) are missing: install Debian's 'postgresql' package" \
         "(tools/setup.sh --with-tests does), or set FRONTDESK_NO_POSTGRES=1 to skip the PostgreSQL tests on purpose" >&2
    exit 1
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "postgres_server: running as root, but there is no 'postgres' account to run the server as (Debian's 'postgresql' package creates it)" >&2
    exit 1
  fi
  "$0" stop "$dir" >/dev/null 2>&1 || true
  mkdir -p "$dir"
  # The server's own folder lives under /tmp: the server account must own it, and a socket path must be short.
  home=$(mktemp -d /tmp/frontdesk-pg.XXXXXX)
  echo "$home" > "$dir/home"
  mkdir "$home/data" "$home/socket"
  [ "$(id -u)" = 0 ] && chown -R postgres: "$home"
  chmod 700 "$home"
  [ "$(id -u)" = 0 ] && chmod 755 "$home" "$home/socket"
  as_server_user "$bin/initdb" -D "$home/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$home/initdb.log" 2>&1 || { cat "$home/initdb.log" >&2; exit 1; }
  port=""
  for candidate in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && [ ! -e "$home/socket/.s.PGSQL.$candidate" ]; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "postgres_server: no free port between 55432 and 55532" >&2; exit 1; }
  # Tests need speed, not crash safety of the server's machine: fsync off (a killed client, a stopped and
  # restarted server lose nothing committed either way). The benchmark asks for a real server's (FRONTDESK_POSTGRES_FSYNC=on).
  fsync=${FRONTDESK_POSTGRES_FSYNC:-off}
  full_pages=$fsync
  as_server_user "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
    -o "-p $port -k $home/socket -c listen_addresses=127.0.0.1 -c fsync=$fsync -c full_page_writes=$full_pages -c max_connections=100" start \
    >/dev/null || { cat "$home/server.log" >&2; exit 1; }
  printf '%s\n' "$fsync" > "$dir/fsync"
  printf '%s\n' "$port" > "$dir/port"
  printf 'postgresql://postgres@/postgres?host=%s&port=%s\n' "$home/socket" "$port" > "$dir/uri"
  echo "postgres_server: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port and socket folder $home/socket"
  ;;
restart-stop)
  # For the tests that take the server away under a client, and give it back.
  home=$(cat "$dir/home")
  as_server_user "$bin/pg_ctl" -D "$home/data" -m fast -w stop >/dev/null
  ;;
restart-start)
  home=$(cat "$dir/home")
  port=$(cat "$dir/port")
  fsync=$(cat "$dir/fsync")
  as_server_user "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
    -o "-p $port -k $home/socket -c listen_addresses=127.0.0.1 -c fsync=$fsync -c full_page_writes=$fsync -c max_connections=100" start >/dev/null
  ;;
stop)
  [ -f "$dir/home" ] || exit 0
  home=$(cat "$dir/home")
  if [ -d "$home/data" ] && [ -n "$bin" ]; then as_server_user "$bin/pg_ctl" -D "$home/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$home" "$dir/home" "$dir/uri" "$dir/port" "$dir/fsync"
  ;;
*)
  echo "usage: postgres_server.sh start|stop|restart-stop|restart-start DIR" >&2
  exit 2
  ;;
esac
