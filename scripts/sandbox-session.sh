#!/usr/bin/env bash
# A scripted curl session against `npm run sandbox`: starts the sandbox on a free
# loopback port, walks through every behaviour of the API contract, prints each
# request and its response (status, headers, body), stops the server, then
# validates every recorded response against the OpenAPI spec.
#   bash scripts/sandbox-session.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

work="$(mktemp -d)"
port="$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
base="http://127.0.0.1:$port"
manifest="$work/manifest.tsv"
: >"$manifest"
count=0

# The server runs in its own process group, so stopping it stops npm, sh and node together.
PORT="$port" setsid npm run --silent sandbox >"$work/server.log" 2>&1 &
server_group=$!
stop_server() {
  if kill -0 "$server_group" 2>/dev/null; then
    kill -TERM -- "-$server_group" 2>/dev/null || true
    wait "$server_group" 2>/dev/null || true
  fi
}
trap stop_server EXIT

for _ in $(seq 1 100); do
  grep -q 'listening' "$work/server.log" 2>/dev/null && break
  sleep 0.1
done
cat "$work/server.log"

# json FILE EXPR: evaluates a JavaScript expression over the JSON body `b` of a recorded response.
json() {
  node -e "const t=require('node:fs').readFileSync(process.argv[1],'utf8');const b=JSON.parse(t.slice(t.indexOf('\r\n\r\n')+4));console.log($2)" "$1"
}

# req LABEL METHOD PATH [curl args...]: sends one request, prints it and the response, records it.
req() {
  local label="$1" method="$2" path="$3"
  shift 3
  count=$((count + 1))
  last="$work/response-$count.http"
  printf '\n### %d. %s\n$ curl -sS -i -X %s %q' "$count" "$label" "$method" "$base$path"
  printf ' %q' "$@"
  printf '\n'
  curl -sS -i --path-as-is -X "$method" "$base$path" "$@" -o "$last"
  # Headers as curl received them; bodies over 600 characters are shortened in the print only.
  node -e "const t=require('node:fs').readFileSync(process.argv[1],'utf8');const i=t.indexOf('\r\n\r\n');const b=t.slice(i+4);process.stdout.write(t.slice(0,i).replace(/\r/g,'')+'\n\n'+(b.length>600?b.slice(0,600)+' …':b)+'\n')" "$last"
  printf '%s\t%s\t%s\n' "$method" "$path" "$last" >>"$manifest"
}

form=(-H 'Content-Type: application/x-www-form-urlencoded')
jsonct=(-H 'Content-Type: application/json')
full=(--data-urlencode client_id=sandbox_app_full --data-urlencode client_secret=sandbox_secret_full)

echo "## Auth"
req 'Token, client credentials in the body' POST /oauth/token "${form[@]}" --data grant_type=client_credentials "${full[@]}"
access="$(json "$last" b.access_token)"
refresh="$(json "$last" b.refresh_token)"
req 'Token with HTTP Basic, narrowed scope' POST /oauth/token -u sandbox_app_full:sandbox_secret_full --data grant_type=client_credentials --data-urlencode 'scope=users:read events:read'
req 'Wrong secret: invalid_client' POST /oauth/token "${form[@]}" --data 'grant_type=client_credentials&client_id=sandbox_app_full&client_secret=wrong'
req 'Unsupported grant type' POST /oauth/token "${form[@]}" --data 'grant_type=password' "${full[@]}"
req 'The calling application' GET /v1/me -H "Authorization: Bearer $access"
req 'Refresh: rotates the pair' POST /oauth/token "${form[@]}" --data grant_type=refresh_token --data-urlencode "refresh_token=$refresh" "${full[@]}"
rotated_access="$(json "$last" b.access_token)"
req 'The old refresh token no longer works' POST /oauth/token "${form[@]}" --data grant_type=refresh_token --data-urlencode "refresh_token=$refresh" "${full[@]}"
req 'Revoke the access token (RFC 7009)' POST /oauth/revoke "${form[@]}" --data-urlencode "token=$rotated_access" "${full[@]}"
req 'A revoked token is refused' GET /v1/me -H "Authorization: Bearer $rotated_access"
req 'Revoking an unknown token still answers 200' POST /oauth/revoke "${form[@]}" --data token=at_unknown "${full[@]}"
req 'No token' GET /v1/users
req 'Move the clock one hour forward' POST /_sandbox/clock "${jsonct[@]}" --data '{"advance_seconds": 3600}'
req 'The first access token has expired' GET /v1/me -H "Authorization: Bearer $access"
req 'New token after the clock moved' POST /oauth/token "${form[@]}" --data grant_type=client_credentials "${full[@]}"
auth=(-H "Authorization: Bearer $(json "$last" b.access_token)")
req 'Read-only client token' POST /oauth/token "${form[@]}" --data grant_type=client_credentials --data-urlencode client_id=sandbox_app_readonly --data-urlencode client_secret=sandbox_secret_readonly
readonly_auth=(-H "Authorization: Bearer $(json "$last" b.access_token)")
req 'Read-only client may list users' GET '/v1/users?limit=1' "${readonly_auth[@]}"
req 'Read-only client may not invite: 403' POST /v1/users "${readonly_auth[@]}" "${jsonct[@]}" --data '{"email":"ro@example.com","name":"RO","role":"viewer"}'

echo "## Users"
req 'Invite a user' POST /v1/users "${auth[@]}" "${jsonct[@]}" --data '{"email":"jonas.berg@example.com","name":"Jonas Berg","role":"member"}'
user_id="$(json "$last" b.id)"
req 'Same email in another case: 409' POST /v1/users "${auth[@]}" "${jsonct[@]}" --data '{"email":"Jonas.Berg@Example.com","name":"Jonas","role":"member"}'
req 'Invite with an Idempotency-Key' POST /v1/users "${auth[@]}" "${jsonct[@]}" -H 'Idempotency-Key: 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80' --data '{"email":"ana.silva@example.com","name":"Ana Silva","role":"viewer"}'
req 'Retry with the same key: replayed, nothing created' POST /v1/users "${auth[@]}" "${jsonct[@]}" -H 'Idempotency-Key: 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80' --data '{"email":"ana.silva@example.com","name":"Ana Silva","role":"viewer"}'
req 'Same key, different body: 409' POST /v1/users "${auth[@]}" "${jsonct[@]}" -H 'Idempotency-Key: 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80' --data '{"email":"other@example.com","name":"Other","role":"viewer"}'
req 'First page of users' GET '/v1/users?limit=2' "${auth[@]}"
cursor="$(json "$last" b.next_cursor)"
req 'Next page' GET "/v1/users?limit=2&cursor=$cursor" "${auth[@]}"
req 'Pending users only' GET '/v1/users?status=pending_invite' "${auth[@]}"
req 'Get one user' GET "/v1/users/$user_id" "${auth[@]}"
req 'Rename' PATCH "/v1/users/$user_id" "${auth[@]}" "${jsonct[@]}" --data '{"name":"Jonas B. Berg"}'
req 'Resend the invitation: 202' POST "/v1/users/$user_id/invitation" "${auth[@]}"
req 'Activate the user' PATCH "/v1/users/$user_id" "${auth[@]}" "${jsonct[@]}" --data '{"status":"active"}'
req 'Resend to an active user: 409' POST "/v1/users/$user_id/invitation" "${auth[@]}"
req 'Unknown user: 404' GET /v1/users/usr_0000dead "${auth[@]}"

echo "## Events"
req 'Newest events' GET '/v1/events?limit=3' "${auth[@]}"
cursor="$(json "$last" b.next_cursor)"
req 'Next page of events' GET "/v1/events?limit=3&cursor=$cursor" "${auth[@]}"
req 'Only invitation.sent' GET '/v1/events?type=invitation.sent' "${auth[@]}"

echo "## Locks"
req 'Acquire a lock' POST /v1/locks "${auth[@]}" "${jsonct[@]}" --data '{"resource":"invoice:inv_20240314","ttl_seconds":30}'
lock_id="$(json "$last" b.id)"
req 'The resource is held: 409' POST /v1/locks "${auth[@]}" "${jsonct[@]}" --data '{"resource":"invoice:inv_20240314","ttl_seconds":30}'
req 'Release it: 204' DELETE "/v1/locks/$lock_id" "${auth[@]}"
req 'Released lock: 404' DELETE "/v1/locks/$lock_id" "${auth[@]}"
req 'Lock for 1 s' POST /v1/locks "${auth[@]}" "${jsonct[@]}" --data '{"resource":"report:daily","ttl_seconds":1}'
req 'Move the clock 2 s' POST /_sandbox/clock "${jsonct[@]}" --data '{"advance_seconds": 2}'
req 'The expired lock freed its resource' POST /v1/locks "${auth[@]}" "${jsonct[@]}" --data '{"resource":"report:daily","ttl_seconds":1}'

echo "## Rate limit"
req 'Lower the limit to 3 per 10 s' PUT /_sandbox/rate-limit "${jsonct[@]}" --data '{"limit":3,"window_seconds":10}'
for n in 1 2 3; do req "Request $n of 3" GET /v1/me "${auth[@]}"; done
req 'Over the limit: 429 with Retry-After' GET /v1/me "${auth[@]}"
req 'Token requests do not count' POST /oauth/token "${form[@]}" --data grant_type=client_credentials "${full[@]}"
req 'Back to the default limit' PUT /_sandbox/rate-limit "${jsonct[@]}" --data '{"limit":60,"window_seconds":60}'

echo "## Faults"
req 'Queue 503 then 500 for GET /v1/users' POST /_sandbox/faults "${jsonct[@]}" --data '{"match":"GET /v1/users","statuses":[503,500]}'
req 'First: 503 with Retry-After' GET /v1/users "${auth[@]}"
req 'Second: 500' GET /v1/users "${auth[@]}"
req 'Then served normally' GET '/v1/users?limit=1' "${auth[@]}"

echo "## Bad input, answered with the envelope"
req 'Malformed JSON: 400' POST /v1/users "${auth[@]}" "${jsonct[@]}" --data '{"email": "a@example.com",'
req 'Wrong types and unknown field: 400 with details' POST /v1/users "${auth[@]}" "${jsonct[@]}" --data '{"email": 42, "name": "", "role": "owner", "nickname": "x"}'
head -c 1100000 /dev/zero | tr '\0' 'a' | sed 's/^/{"name":"/; s/$/"}/' >"$work/big.json"
req 'Body over 1 MB: 413' POST /v1/users "${auth[@]}" "${jsonct[@]}" --data-binary "@$work/big.json"
req 'Not JSON: 415' POST /v1/locks "${auth[@]}" -H 'Content-Type: text/plain' --data 'resource=x'
req 'Unknown path: 404' GET /v1/widgets "${auth[@]}"
req 'Wrong method: 405 with Allow' DELETE /v1/users "${auth[@]}"
req 'Unknown API version: 400' GET /v1/me "${auth[@]}" -H 'BlueRound-Version: 2023-06-01'
req 'Limit out of range: 400' GET '/v1/users?limit=500' "${auth[@]}"
req 'Bad cursor: 400' GET '/v1/users?cursor=not-a-cursor' "${auth[@]}"
req 'Bad clock advance: 400' POST /_sandbox/clock "${jsonct[@]}" --data '{"advance_seconds": -5}'
req 'Reset to the seed' POST /_sandbox/reset

stop_server
trap - EXIT
printf '\n## Server stopped (exit after SIGTERM).\n'

printf '\n## Validation of all %d responses against openapi/ (Ajv 2020, conformance rules of the sandbox tests)\n' "$count"
node scripts/validate-sandbox-session.ts "$manifest"
printf '\n## The same responses through an independent OpenAPI 3.1 validator\n'
node scripts/validate-session-independent.ts "$manifest"
rm -rf "$work"
