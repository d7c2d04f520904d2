"""templates/ stays a small delta on openapi-python-client's own templates (``make templates-diff``)."""

from __future__ import annotations

import re

from tools import templates_diff


def test_changed_lines_counts_removed_plus_added() -> None:
    assert templates_diff.changed_lines(["a", "b", "c"], ["a", "B", "c", "d"]) == 3  # b out, B and d in
    assert templates_diff.changed_lines([], ["x", "y"]) == 2
    assert templates_diff.changed_lines(["same"], ["same"]) == 0


def test_templates_stay_within_the_limit() -> None:
    counts = templates_diff.counts()
    assert "model.py.jinja" in counts and "errors.py.jinja" in counts
    assert sum(counts.values()) <= templates_diff.LIMIT, counts


def test_every_changed_template_says_why() -> None:
    """Each template that differs from upstream carries at least one `{# simplymeet: ... #}` comment."""
    silent = [
        name
        for name, count in templates_diff.counts().items()
        if count and not re.search(r"\{#\s*simplymeet:", (templates_diff.OURS / name).read_text())
    ]
    assert silent == []


def test_own_templates_are_not_counted_as_deltas() -> None:
    # templates/project/ renders what openapi-python-client does not make: no upstream to be a delta of.
    counts = templates_diff.counts()
    assert not any(name.startswith("project/") for name in counts), counts
    assert (templates_diff.OWN / "resources" / "resource.py.jinja").exists()
