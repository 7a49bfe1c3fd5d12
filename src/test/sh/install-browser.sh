#!/usr/bin/env bash
# Makes sure Debian's chromium and chromedriver are installed for the browser journeys.
# Installs them with apt-get when missing (as root, or through password-less sudo); otherwise says what to run.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi

install=(apt-get install -y -qq --no-install-recommends chromium chromium-driver)
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "The browser tests need Chromium. Install it once with:" >&2
    echo "    sudo apt-get install chromium chromium-driver" >&2
    exit 1
fi

echo "Installing chromium and chromium-driver for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" "${install[@]}"
