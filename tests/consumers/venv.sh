# Sourced by the consumer scripts that need Python packages: `venv_with NAME SPEC…` makes a
# virtualenv in "$work/venv" and installs SPEC there, or prints why NAME is skipped and exits 0
# (no python3-venv, no access to PyPI): a consumer that cannot be installed is said, not failed.
venv_with() {
  local name="$1"
  shift
  if ! python3 -m venv "$work/venv" >/dev/null 2>&1; then
    echo "$name: skipped (python3 cannot create a virtualenv here: install python3-venv)"
    exit 0
  fi
  if ! timeout 600 "$work/venv/bin/pip" install --quiet --disable-pip-version-check "$@"; then
    echo "$name: skipped (pip could not install $*: no access to PyPI)"
    exit 0
  fi
}
