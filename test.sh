#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine with the .NET SDK:
#   - installs what the tests need when missing (as root, with apt-get): Chromium (headless shell) and fonts for PDFs,
#     poppler-utils and qpdf to read PDFs back, a Java runtime and Saxon-HE for the official Schematron,
#   - builds the solution (which packs the SDK into artifacts/packages and places the bundled plugins),
#   - runs every test project and prints, as its very last line, "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
configuration="${CONFIGURATION:-Debug}"
log_dir="artifacts/test-logs"
mkdir -p "$log_dir"

# Debian packages the tests use, installed only when missing: Chromium's headless shell (the PDF printer, through
# Playwright, never Playwright's own browser download) and the full chromium (the cold --print-to-pdf baseline of
# the render benchmark), the fonts the layouts name, and poppler-utils + qpdf to read PDFs back.
missing=()
[ -x /usr/lib/chromium/chromium-headless-shell ] || missing+=(chromium-headless-shell)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || missing+=(fonts-liberation2)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
for tool in pdftotext pdfinfo pdffonts pdfimages; do
  command -v "$tool" > /dev/null 2>&1 || { missing+=(poppler-utils); break; }
done
command -v qpdf > /dev/null 2>&1 || missing+=(qpdf)
# The official EN 16931 and BR-FR Schematron (XSLT 2) run by Debian's Saxon-HE in the e-invoicing conformance tests.
command -v java > /dev/null 2>&1 || missing+=(default-jre-headless)
[ -e /usr/share/java/Saxon-HE.jar ] || missing+=(libsaxonhe-java)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null 2>&1; then
    echo "installing ${missing[*]} with apt-get (log: $log_dir/apt.log)"
    if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
        > "$log_dir/apt.log" 2>&1; then
      echo "apt-get could not install ${missing[*]} (see $log_dir/apt.log): the tests that need them will fail"
    fi
  else
    echo "missing ${missing[*]}: not root or no apt-get, so not installed; the tests that need them will fail." \
      "Install with: sudo apt-get install --no-install-recommends ${missing[*]}"
  fi
fi

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
