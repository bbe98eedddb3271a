#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine with the .NET SDK:
#   - installs what the tests need (nothing beyond .NET yet; later Chromium, PostgreSQL, SMTP),
#   - builds the solution (which packs the SDK into artifacts/packages and places the bundled plugins),
#   - runs every test project and prints, as its very last line, "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
configuration="${CONFIGURATION:-Debug}"
log_dir="artifacts/test-logs"
mkdir -p "$log_dir"

if ! dotnet build Facturation.Modular.sln -c "$configuration" -nologo -v minimal > "$log_dir/build.log" 2>&1; then
  grep -E "error|Error" "$log_dir/build.log" | sort -u | head -40
  echo "build failed (full log: $log_dir/build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Facturation.Modular.sln -c "$configuration" --no-build -nologo 2>&1 | tee "$log_dir/test.log"
status=${PIPESTATUS[0]}

passed=0; failed=0; summaries=0
while IFS= read -r line; do
  p=$(sed -n 's/.*Passed: *\([0-9]\+\).*/\1/p' <<<"$line")
  f=$(sed -n 's/.*Failed: *\([0-9]\+\).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); summaries=$((summaries + 1))
done < <(grep -E '^(Passed|Failed)! +- Failed: ' "$log_dir/test.log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host crashed or a project failed without a summary line: count it as a failure.
  failed=1
fi
if [ "$summaries" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test summary found"
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
