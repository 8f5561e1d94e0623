#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml as users get them: the real pre-commit, installed into a
# throwaway virtualenv, builds zhidu from this repository (`language: rust`) and runs each hook
# on a temporary policy repository. Asserts each hook's verdict on each kind of file.
#
#   tests/consumers/pre-commit.sh       # from anywhere; .ci/run calls it
#
# Needs python3 (venv) and git; pip fetches pre-commit from PyPI. The build goes to
# target/pre-commit, so a second run is quick.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

source "$root/tests/consumers/venv.sh"
venv_with pre-commit "pre-commit>=3,<5"
export PATH="$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"
export CARGO_TARGET_DIR="$root/target/pre-commit"
# pre-commit builds with `cargo install` (the release profile); the hooks are tested here, not
# timed, so the build is made quick.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=64 CARGO_PROFILE_RELEASE_DEBUG=false

repo="$work/policies"
mkdir -p "$repo"
cd "$repo"
git init -q
git config user.email ci@example.com
git config user.name ci
git config commit.gpgsign false
cat > names.zhidu <<'ZHIDU'
// The roles every policy of this repository names.
role 总经理 aka "General Manager"
role 财务总监
ZHIDU
cat > good.zhidu <<'ZHIDU'
namespace fin
source "财务管理制度"

request payment "付款审批" {
  cite "第八条"
  signed by role 财务总监 then role 总经理
}
ZHIDU
# 总径理 for 总经理: declared in names.zhidu, which this file does not include.
cat > typo.zhidu <<'ZHIDU'
namespace buy
source "采购管理制度"

request purchase "采购审批" {
  cite "第五条"
  signed by role 总径理
}
ZHIDU
printf 'namespace bad\nsource "制度"\n\nrequest broken "坏" {\n  cite "第一条"\n  signed by role\n' > syntax.zhidu
printf 'namespace tidy\nsource   "行政管理制度"\nrequest   leave "请假" {\n    cite "第三条"\n        signed by role 总经理\n}\n' > messy.zhidu
git add -A
git commit -q -m policies

failures=0
# expect HOOK FILE passed|failed
expect() {
  local hook=$1 file=$2 want=$3 log="$work/$1-$2.log" got
  git checkout -q -- . 2>/dev/null || true
  if pre-commit try-repo "$root" "$hook" --files "$file" >"$log" 2>&1; then got=passed; else got=failed; fi
  if [[ $got == "$want" ]]; then
    echo "ok   $hook $file: $got"
  else
    echo "FAIL $hook $file: $got, expected $want"
    sed 's/^/     /' "$log"
    failures=$((failures + 1))
  fi
}
expect zhidu-validate good.zhidu passed
expect zhidu-validate messy.zhidu passed
expect zhidu-validate syntax.zhidu failed
expect zhidu-validate typo.zhidu failed
grep -q "did you mean \`总经理\`" "$work/zhidu-validate-typo.zhidu.log" || {
  echo "FAIL zhidu-validate typo.zhidu: no suggestion of 总经理"; failures=$((failures + 1)); }
expect zhidu-fmt good.zhidu passed
expect zhidu-fmt syntax.zhidu failed
expect zhidu-fmt messy.zhidu failed
# The formatter rewrote messy.zhidu: run again, it passes.
git diff --quiet -- messy.zhidu && { echo "FAIL zhidu-fmt did not rewrite messy.zhidu"; failures=$((failures + 1)); }
pre-commit try-repo "$root" zhidu-fmt --files messy.zhidu >/dev/null 2>&1 \
  || { echo "FAIL zhidu-fmt messy.zhidu after formatting"; failures=$((failures + 1)); }

# zhidu-test on a repository with one clause and two cases (fixtures/test-repo): green, then red
# once the clause is broken, naming the case and the missing finding.
cases="$work/cases"
cp -r "$root/fixtures/test-repo" "$cases"
cd "$cases"
git init -q
git config user.email ci@example.com
git config user.name ci
git config commit.gpgsign false
git add -A
git commit -q -m cases
if pre-commit try-repo "$root" zhidu-test --all-files >"$work/test-green.log" 2>&1; then
  echo "ok   zhidu-test: passed"
else
  echo "FAIL zhidu-test on passing cases"; sed 's/^/     /' "$work/test-green.log"; failures=$((failures + 1))
fi
sed -i 's/within 3 days/within 10 days/' purchase.zhidu
git commit -q -am "loosen the clause"
if pre-commit try-repo "$root" zhidu-test --all-files >"$work/test-red.log" 2>&1; then
  echo "FAIL zhidu-test passed a broken clause"; failures=$((failures + 1))
elif grep -q "missing: late · buy.purchase · r-2" "$work/test-red.log" && grep -q "FAIL tests/late" "$work/test-red.log"; then
  echo "ok   zhidu-test: failed, naming tests/late and the missing finding"
else
  echo "FAIL zhidu-test: no missing finding named"; sed 's/^/     /' "$work/test-red.log"; failures=$((failures + 1))
fi
((failures == 0)) && echo "pre-commit: every hook gave the expected verdict"
exit $((failures > 0))
