"""Shared pytest setup: hypothesis profiles, the tests folder on sys.path, the harness's asserts rewritten.

Profiles: ``ci`` (the default; deterministic, about 60 examples a test, no deadline so a
slow CI machine cannot make a test flaky) and ``dev`` (600 examples a test, or
``HYPOTHESIS_MAX_EXAMPLES``; random seeds). Pick one with ``HYPOTHESIS_PROFILE=dev pytest ...``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

pytest.register_assert_rewrite("probes")  # the shared harness's asserts show their values

# The pattern facts cleaner keeps between runs (cleaner.derived) go to a folder of this test
# session's, not the user's cache (the CLI's subprocesses inherit it).
if "CLEANER_CACHE_DIR" not in os.environ:
    os.environ["CLEANER_CACHE_DIR"] = tempfile.mkdtemp(prefix="cleaner-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CLEANER_CACHE_DIR"], True)

TESTS = str(Path(__file__).resolve().parent)
if TESTS not in sys.path:
    sys.path.insert(0, TESTS)  # so test modules can `import strategies`

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "600")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
