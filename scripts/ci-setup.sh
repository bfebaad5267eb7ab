#!/usr/bin/env bash
# CI machine setup: the dashboard's end-to-end tests (tests/Warta.Server.Tests/DashboardTests.cs) drive the
# system's Chromium; nothing downloads a browser of its own.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium
fi
/usr/bin/chromium --version
