#!/usr/bin/env bash
# Quality and speed of the themes engine on a labelled file: one label<TAB>text per line.
# Usage: bench/themes-eval.sh [FILE]      (default: the evaluation set shipped with the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
file=$(realpath "${1:-src/test/resources/themes/eval.tsv}")
mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.curtaincall.insights.control.ThemeEvaluation -Dexec.args="$file"
