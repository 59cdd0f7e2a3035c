#!/usr/bin/env bash
# After `npm run build`: migrates and seeds a fresh SQLite database in production mode, starts
# `npm start` on a free port, and checks the admin, REST and GraphQL answer as they should.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export DATABASE_URI="file:$work/production.db" NODE_ENV=production PORT=$port
# Production refuses to start without a secret of at least 32 characters.
export PAYLOAD_SECRET=smoke-production-secret-0123456789abcdef
base="http://127.0.0.1:$port"

# The seed says what it created ("5 targets, 17 phases, …"): the server must serve exactly that.
seeded=$(npm run --silent seed 2>&1) || { echo "$seeded" >&2; echo "smoke: the seed failed" >&2; exit 1; }
# Shown through the script's own stderr: `tee /dev/stderr` reopened it, truncating a log it was redirected to.
echo "$seeded" >&2
seeded_count() { grep -o "[0-9][0-9]* $1" <<<"$seeded" | head -n 1 | grep -o '^[0-9]*' || true; }
seeded_targets=$(seeded_count targets)
seeded_phases=$(seeded_count phases)
[ -n "$seeded_targets" ] && [ -n "$seeded_phases" ] || { echo "smoke: the seed did not say what it created" >&2; exit 1; }
setsid npm start >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill -- -"$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 90); do
  curl -sf -o /dev/null "$base/api/posts" && break
  sleep 1
done

fail() { echo "smoke: $1" >&2; cat "$work/server.log" >&2; exit 1; }
expect() { # name, expected, actual
  [ "$2" = "$3" ] || fail "$1: expected $2, got $3"
  echo "ok - $1"
}

title() { curl -sf "$@" | grep -o '<title>[^<]*</title>'; }
curl -sf "$base/admin" | grep -q 'create-first-user' || fail "GET /admin does not send a new install to the first-user screen"
echo "ok - GET /admin sends a new install to the first-user screen"
expect "the admin speaks French by default" "<title>Créer le premier utilisateur · QALIA</title>" "$(title "$base/admin/create-first-user")"
expect "and English to an English browser" "<title>Create first user · QALIA</title>" \
  "$(title -H 'Accept-Language: en-GB,en' "$base/admin/create-first-user")"
line=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/targets")
expect "anonymous callers may not read the editorial line" 403 "$line"
token=$(curl -sf -X POST "$base/api/users/first-register" -H 'content-type: application/json' \
  -d '{"email":"smoke@qalia.local","password":"smoke-password-1","name":"Smoke"}' |
  node -e "process.stdin.on('data',d=>console.log(JSON.parse(d).token))")
targets=$(curl -sf -H "Authorization: JWT $token" "$base/api/targets?limit=1&depth=0" |
  node -e "process.stdin.on('data',d=>console.log(JSON.parse(d).totalDocs))")
expect "REST lists the $seeded_targets seeded targets to the first account (an admin)" "$seeded_targets" "$targets"
graphql=$(curl -sf -X POST "$base/api/graphql" -H 'content-type: application/json' -H "Authorization: JWT $token" \
  -d '{"query":"{ Phases(limit: 0) { totalDocs } }"}' | node -e "process.stdin.on('data',d=>console.log(JSON.parse(d).data.Phases.totalDocs))")
expect "GraphQL counts the $seeded_phases seeded phases" "$seeded_phases" "$graphql"
posts=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/posts")
expect "anonymous callers may list the approved posts" 200 "$posts"
versions=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/posts/versions")
expect "but not their versions" 403 "$versions"
calendar=$(curl -s -o /dev/null -w '%{content_type}' "$base/api/posts/calendar.ics")
expect "the iCalendar feed answers" "text/calendar; charset=utf-8" "$calendar"
echo "smoke: production build served on $base"
