#!/usr/bin/env bash
# Installs the system packages Dragoman needs on Debian, only those that are missing.
# Usage: scripts/setup.sh [--test]   (--test also installs what the test suite uses)
set -euo pipefail

packages=(
  libxml2-dev libsqlite3-dev libstemmer-dev zlib1g-dev   # C libraries
  libexttextcat-data                                      # language fingerprints
  wngerman wdutch wnorwegian wamerican                     # word lists (entity recognition)
  trans-de-en dict-freedict-deu-eng dict-freedict-nld-eng # bilingual lexicon
  dict-freedict-eng-nor dict-freedict-dan-eng
  dict-freedict-deu-fra dict-freedict-fra-deu             # German–French benchmark
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# translate-toolkit reads our TBX and TMX exports in the tests, as a real client would.
if [ "${1:-}" = "--test" ]; then
  python3 -c "import translate" 2>/dev/null || python3 -m pip install -q translate-toolkit >/dev/null
fi
