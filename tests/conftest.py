"""Hypothesis profiles for the property tests.

- "ci": selected when the environment says CI=true (GitHub Actions and most CI services
  set it): 2,000 examples per property, derandomized (the same examples on every run, so
  a failure reproduces), no deadline (shared runners are slow and uneven).
- "dev" (the default): 200 examples, random, for a quick local run.

HYPOTHESIS_PROFILE=ci (or dev) picks one explicitly, e.g. to reproduce CI locally.
"""

from __future__ import annotations

import os

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # the property tests skip themselves without hypothesis
    settings = None  # type: ignore[assignment]

if settings is not None:
    _quiet = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    settings.register_profile(
        "ci",
        max_examples=2000,
        derandomize=True,
        deadline=None,
        print_blob=True,
        suppress_health_check=_quiet,
    )
    settings.register_profile(
        "dev", max_examples=200, deadline=None, print_blob=True, suppress_health_check=_quiet
    )
    _default = "ci" if os.environ.get("CI", "").strip().lower() in ("true", "1") else "dev"
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _default)
