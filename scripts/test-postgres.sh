#!/usr/bin/env bash
# Runs the integration suites against a real PostgreSQL server: the one TEST_POSTGRES_URI names,
# or a throwaway cluster on 127.0.0.1 started (and stopped) here with scripts/postgres.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TEST_POSTGRES_URI:-}" ]; then
  TEST_POSTGRES_URI=$(scripts/postgres.sh start)
  port=${TEST_POSTGRES_URI##*:}
  port=${port%%/*}
  trap 'scripts/postgres.sh stop "$port"' EXIT
fi
export TEST_POSTGRES_URI
# The app uses the plugin as a package: compile it first.
npm run build:plugin
npx vitest run tests/integration "$@"
