#!/usr/bin/env bash
# Mutation testing of src/IncidentPolicy with Stryker.NET (the local tool of .config/dotnet-tools.json).
#
#   tests/mutation/run.sh [PATH ...] [--tests SET] [--since[:REF]] [--again REPORT.json] [--copy] [-- STRYKER-OPTIONS ...]
#
# PATH is a folder or file of src/IncidentPolicy, written either way: `Rules`, `Rules/Triage`,
# `src/IncidentPolicy/Policy/ClassificationMatrix.cs`. Several may be given; without one the whole library
# is mutated (hours on two cores: prefer one folder at a time). `--since` mutates only the files changed
# since REF (default: main). `--copy` runs on a fresh copy of the last commit (git archive HEAD) under
# the output folder instead of this tree: Stryker swaps the library in the test project's bin folder, so
# building or testing here during a run would test the original code instead of the mutant; with a
# copy, you can keep working, and two runs can go at once. (`--since` needs this tree's git history.)
# `--tests SET` runs only the tests of one area, a named filter (the mutants of a folder are reached by many
# tests of other areas; the area's own tests are the ones that should kill them, and fewer tests make every
# mutant cheaper): triage, rules, evaluation, policy, serialization, documents, communications, checklist, testing,
# readers (Serialization/'s own tests and the fuzz tests, without each area's settings tests: a first pass, fast, whose
# survivors then go `--again` with `serialization` or without a set), engine (the same for Evaluation/: its own tests, the scheduling
# tests and the evaluation's properties, without the rule tests; then `--again` with `evaluation`), support (for Diff, Diagrams, Scheduling, Validation, Reviews, Text, Model; slow, since Model and Text are reached by
# nearly everything), model (Model/: its own tests, the rules and the readers), validation (Validation/ and Text/:
# their tests, the policy set, the readers' tests, which write the ISO forms, and the limit tests, which reach the
# limit messages; without the fuzz tests, which make it slow), the one-folder sets diff, diagrams,
# scheduling, and hosting (Hosting/, whose tests are their own
# project, IncidentPolicy.Extensions.Hosting.Tests; not joined with others). Join sets with `+`: `--tests diff+diagrams`.
# Without it, every test but the four slowest classes (tests/mutation/stryker-config.json).
# `--again REPORT.json` mutates only what survived a finished run, or was not covered by its tests (by line span, see
# tests/mutation/SurvivorSpans.cs), instead of PATHs: run a folder first with its named set, which is fast but misses the
# tests of other areas that also reach the folder, then `--again` its report without `--tests`, against them all.
# Anything after `--` goes to Stryker as it is, e.g. `-- --break-at 85`.
#
# Settings (environment):
#   INCIDENTPOLICY_PROPERTY_CASES   cases per property during the run (default here: 10, so that a mutant's
#                                   covering properties take a second, not a minute)
#   INCIDENTPOLICY_FUZZ_CASES       cases per fuzzed reader during the run (default here: 200, not CI's 10,000:
#                                   the fuzz tests reach most of the readers' mutants)
#   INCIDENTPOLICY_ENGINE_PER_TEST  1 (the default here): each test compiles its own default engine, so that every
#                                   test that evaluates counts as reaching the rules' conditions and the engine's
#                                   compilation (with one engine per process only the first test to use it compiles
#                                   them); 0 for files that only evaluation reaches (the timeline), where compiling
#                                   an engine per test is most of each test run's time
#   STRYKER_CONCURRENCY             test runners in parallel (default 1; the machine is shared)
#   STRYKER_OUTPUT                  where reports go (default tests/mutation/out/<paths>)
#   STRYKER_NICE                    niceness of the run (default 10; 15 on a machine others are building on)
#
# The run is niced (nice -n 10 unless STRYKER_NICE says otherwise). Reports: <output>/reports/mutation-report.{html,json,md}; the log, with each mutant's test run: <output>/logs/.
set -euo pipefail
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

# The named test sets of --tests: FullyQualifiedName fragments, any of which selects a test.
test_parts() {
  local parts
  case "$1" in
    triage) parts="Tests.Rules. Tests.Policy. Tests.Evaluation. ClassificationProperties EscalationProperties AutomaticRuleProperties" ;;
    rules) parts="Tests.Rules. Tests.Policy. Tests.Evaluation. Tests.Scheduling. ClassificationProperties EscalationProperties AutomaticRuleProperties BusinessDay CustomerCadence DeadlineProperties NotificationProperties NextEvaluationProperties LaterEventProperties Resume" ;;
    evaluation) parts="Tests.Rules. Tests.Policy. Tests.Evaluation. Tests.Scheduling. ClassificationProperties EscalationProperties AutomaticRuleProperties BusinessDay CustomerCadence DeadlineProperties NotificationProperties NextEvaluationProperties LaterEventProperties Resume Tests.Diagrams. Tests.Diff. Tests.Fuzzing. ReadLimitsTests PolicyDiffProperties" ;;  # the timeline is what the rule tests run
    policy) parts="Tests.Policy. Tests.Validation. Tests.Serialization.SamplePolicies Tests.Serialization.PolicyJson Tests.Serialization.WholePolicyDocument Tests.Serialization.PolicyTimeForms Tests.Serialization.ChecklistAndAdvisorJson PolicyDocumentProperties ClassificationProperties Tests.Documentation.DefaultPolicyPage Tests.Documents.DocumentSettingsJson Tests.Communications.CommunicationsDocument NextBusinessDay BusinessDayReview BusinessDayProperties Tests.Documents.ReviewRule Tests.Reviews.ReviewDraftApproval" ;;  # and the tests of the settings other areas own
    serialization) parts="Tests.Serialization. Tests.Fuzzing. RoundTripProperties PolicyDocumentProperties Tests.Diff. $(test_parts policy) Tests.Checklist. Tests.Advice." ;;  # the policy reader is also checked by each area's settings tests
    readers) parts="Tests.Serialization. Tests.Fuzzing. RoundTripProperties PolicyDocumentProperties" ;;  # the readers' own tests only: a fast first pass over Serialization/, whose survivors then go --again with serialization
    engine) parts="Tests.Evaluation. Tests.Scheduling. EngineConcurrencyTests NextEvaluationProperties LaterEventProperties LateEvaluationProperties DeadlineProperties ResumeProperties DeterminismProperties" ;;  # Evaluation/'s own tests only: a first pass, whose survivors then go --again with evaluation
    documents) parts="Tests.Documents. Tests.Reviews. ReviewDraftProperties ReviewDraftLintProperties" ;;
    communications) parts="Tests.Communications. MessageProperties" ;;
    checklist) parts="Tests.Checklist. Tests.Advice. ChecklistProperties" ;;
    testing) parts="Tests.Testing." ;;  # the policy test runner and its file format
    model) parts="Tests.Records. $(test_parts rules) Tests.Serialization. Tests.Fuzzing. RoundTripProperties" ;;  # the records and events: their own tests, and the rules and readers that use them
    support) parts="Tests.Records. Tests.Diff. Tests.Diagrams. Tests.Scheduling. Tests.Validation. Tests.Text. Tests.Reviews. Tests.Serialization. Tests.Evaluation.InvalidIncident Tests.Evaluation.RecordAdditions Tests.Fuzzing. PolicyDiffProperties ReviewDraftProperties NextEvaluationProperties RoundTripProperties" ;;  # the small folders the others lean on (Model, Text, Validation, ...)
    validation) parts="Tests.Validation. Tests.Text. $(test_parts policy) Tests.Serialization. ReadLimitsTests DocumentLimitsTests TemplateLimitsTests" ;;  # Validation/ and Text/: the problems' places and messages, the ISO forms the readers write
    diff) parts="Tests.Diff. PolicyDiffProperties" ;;
    diagrams) parts="Tests.Diagrams." ;;
    scheduling) parts="Tests.Scheduling. NextEvaluationProperties" ;;
    hosting) parts="IncidentPolicy.Extensions.Hosting.Tests." ;;  # in its own test project (Hosting/ only)
    *) echo "unknown test set '$1' (triage, rules, evaluation, policy, serialization, readers, engine, documents, communications, checklist, testing, support, diff, diagrams, scheduling, model, validation, hosting; joined with +)" >&2; exit 2 ;;
  esac
  printf '%s' "$parts"
}

test_set() {
  local parts="" filter="" part name
  for name in ${1//+/ }; do
    part="$(test_parts "$name")" || exit 2
    parts="$parts $part"
  done
  for part in $parts; do filter="${filter:+$filter|}FullyQualifiedName~$part"; done
  printf '%s' "$filter"
}

paths=()
tests=()
copy=0
since=()
again=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --since|--since:*) since=("$1"); shift ;;
    --copy) copy=1; shift ;;
    --again) [ $# -ge 2 ] && [ -f "$2" ] || { echo "--again needs the report of a finished run (reports/mutation-report.json)" >&2; exit 2; }; again="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --tests) [ $# -ge 2 ] || { echo "--tests needs a set name" >&2; exit 2; }; filter="$(test_set "$2")" || exit 2; tests=(--test-case-filter "$filter")
      [ "$2" = hosting ] && tests+=(--test-project ../IncidentPolicy.Extensions.Hosting.Tests/IncidentPolicy.Extensions.Hosting.Tests.csproj)
      shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$self" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option '$1' (options after '--' go to Stryker)" >&2; exit 2 ;;
    *) paths+=("$1"); shift ;;
  esac
done

mutate=()
label=""
for p in "${paths[@]}"; do
  rel="${p#./}"
  rel="${rel#src/IncidentPolicy/}"
  rel="${rel%/}"
  if [ -d "src/IncidentPolicy/$rel" ]; then
    mutate+=(--mutate "**/src/IncidentPolicy/$rel/**/*.cs")
  elif [ -f "src/IncidentPolicy/$rel" ]; then
    mutate+=(--mutate "**/src/IncidentPolicy/$rel")
  else
    echo "no folder or file src/IncidentPolicy/$rel" >&2
    exit 2
  fi
  label="${label:+$label+}${rel//\//-}"
done
[ ${#since[@]} -gt 0 ] && label="${label:+$label-}since"
if [ -n "$again" ]; then
  [ ${#paths[@]} -eq 0 ] || { echo "--again takes the report's survivors, not PATHs" >&2; exit 2; }
  label="$(basename "$(dirname "$(dirname "$again")")")-again"
fi
label="${label:-all}"
output="${STRYKER_OUTPUT:-$root/tests/mutation/out/$label}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export INCIDENTPOLICY_PROPERTY_CASES="${INCIDENTPOLICY_PROPERTY_CASES:-10}"
export INCIDENTPOLICY_FUZZ_CASES="${INCIDENTPOLICY_FUZZ_CASES:-200}"
export INCIDENTPOLICY_ENGINE_PER_TEST="${INCIDENTPOLICY_ENGINE_PER_TEST:-1}"

if [ "$copy" = 1 ]; then
  [ ${#since[@]} -eq 0 ] || { echo "--copy and --since do not go together (the copy has no git history)" >&2; exit 2; }
  tree="$output/tree"
  rm -rf "$tree"
  mkdir -p "$tree"
  git archive HEAD | tar -x -C "$tree"
  echo "mutating a copy of $(git rev-parse --short HEAD) in $tree"
  cd "$tree"
fi

if [ -n "$again" ]; then
  spans="$(dotnet run "$root/tests/mutation/SurvivorSpans.cs" -- "$again" "$PWD")" || exit 2
  [ -n "$spans" ] || { echo "nothing survived in $again"; exit 0; }
  while IFS= read -r pattern; do mutate+=(--mutate "$pattern"); done <<< "$spans"
fi

dotnet tool restore >/dev/null
cd tests/IncidentPolicy.Tests
started=$(date +%s)
set +e
nice -n "${STRYKER_NICE:-10}" dotnet stryker \
  --config-file "$root/tests/mutation/stryker-config.json" \
  --concurrency "${STRYKER_CONCURRENCY:-1}" \
  --output "$output" \
  --skip-version-check \
  --log-to-file \
  "${mutate[@]}" "${since[@]}" "${tests[@]}" "${extra[@]}"
status=$?
set -e
echo "mutation run of ${label}: $(( ($(date +%s) - started) / 60 )) min, exit $status, reports in $output/reports"
exit "$status"
