#!/usr/bin/env bash
# Regenerates the README's CLI tour from the current build: a fresh demo database, the
# public corpus beside the project (../shared/corpus), a 100-column terminal. Prints the
# console blocks; paste them into README.md. Usage: docs/tour.sh > /tmp/tour.txt
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpus}
NG="$PWD/.venv/bin/netgarden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NETGARDEN_DB="$work/netgarden.db"
"$NG" demo >/dev/null 2>&1

# sample files, as a user would have them: a LinkedIn export zip, a phone's vCards, Google CSV
mkdir -p "$work/files/Basic_LinkedInDataExport"
cp "$CORPUS/csv/linkedin/Connections_2024_synthetic.csv" "$work/files/Basic_LinkedInDataExport/Connections.csv"
cp "$CORPUS/csv/linkedin/messages_synthetic.csv" "$work/files/Basic_LinkedInDataExport/messages.csv"
cp "$CORPUS/csv/linkedin/Invitations_synthetic.csv" "$work/files/Basic_LinkedInDataExport/Invitations.csv"
(cd "$work/files" && python3 -m zipfile -c Basic_LinkedInDataExport.zip Basic_LinkedInDataExport >/dev/null)
cat "$CORPUS"/vcard/ez-vcard/John_Doe_*.vcf "$CORPUS/vcard/ez-vcard/rfc6350-example.vcf" > "$work/files/contacts.vcf"
cp "$CORPUS/csv/google-outlook/google_csv_current_synthetic.csv" "$work/files/google.csv"

run() {  # prints "$ netgarden ARGS" and the output as a 100-column terminal shows it
  printf '$ netgarden %s\n' "$(python3 -c 'import shlex, sys; print(shlex.join(sys.argv[1:]))' "$@")"
  (cd "$work/files" && COLUMNS=100 script -qec "$(printf '%q ' "$NG" "$@")" /dev/null) \
    | tr -d '\r' | sed -r 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -v '^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]' \
    | sed -r 's/ +$//' || true
}

echo '--- agenda'
run today --limit 6
echo '--- capture'
run add "Priya Raman" --company "Lumina AI" --title "Head of AI" --circle inner \
  --email priya@lumina.ai --how-met "Met at AI Product Summit" --met-on 2026-10-02 \
  --interests "LLM evaluation" --help-me "Advice on moving into AI PM"
run log "Priya Raman" --kind coffee --note "Talked evals for agent workflows; send her the rubric doc"
run show "Priya Raman"
run search rubric
echo '--- names'
run log priya --kind call
run log "Pryia Rmn" --kind call
run log "Priya Raman" --kind lunch
echo '--- import'
run import Basic_LinkedInDataExport.zip
run import contacts.vcf google.csv
run import Basic_LinkedInDataExport.zip contacts.vcf google.csv
echo '--- json'
run today --json --limit 1
