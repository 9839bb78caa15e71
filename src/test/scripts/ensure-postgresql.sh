#!/usr/bin/env bash
# The persistence, API and concurrency tests run against a real PostgreSQL server (decision 0005). The tests start
# it themselves (com.sesadvisor.testsupport.TestPostgres: initdb + pg_ctl on a free loopback port); this script
# only makes sure Debian's server binaries are there, installing the 'postgresql' package when we may (root + apt),
# otherwise saying exactly what is missing. Installing the package also creates the 'postgres' OS user, which the
# tests use because PostgreSQL refuses to run as root.
set -euo pipefail
find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "${PG_BIN}/initdb" ]; then echo "${PG_BIN}"; return 0; fi
  local dir found=""
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "${dir}/initdb" ]; then found="${dir}"; fi
  done
  [ -n "${found}" ] && echo "${found}"
}
if bin="$(find_bin)" && [ -n "${bin}" ]; then
  echo "PostgreSQL: ${bin} ($("${bin}/postgres" --version 2>/dev/null || echo unknown version))"; exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL server binaries not found: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The package's post-install creates and starts a default cluster on port 5432; the tests do not use it
  # (they run their own server on a free port), so stop it again when the package started it.
  apt-get install -y -qq postgresql >/dev/null
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    for conf in /etc/postgresql/*/main; do
      [ -d "${conf}" ] || continue
      version="$(basename "$(dirname "${conf}")")"
      pg_ctlcluster "${version}" main stop 2>/dev/null || true
    done
  fi
  bin="$(find_bin)"
  echo "PostgreSQL: ${bin} ($("${bin}/postgres" --version 2>/dev/null))"
  exit 0
fi
echo "PostgreSQL is required for the persistence tests: install Debian's 'postgresql' package" >&2
echo "(sudo apt-get install postgresql) or set PG_BIN to a folder with initdb, pg_ctl and postgres." >&2
exit 1
