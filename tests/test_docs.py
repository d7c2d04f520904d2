"""The docs site's generated pages (tools/docs_ref.py) and the developer loop's self-description (make help)."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml

from tools import ROOT, docs_ref


@pytest.fixture(scope="module")
def api_page() -> str:
    return docs_ref.api_reference()


def test_the_reference_has_every_public_method_of_every_resource(api_page: str) -> None:
    resources = docs_ref.client_resources()
    assert {"events", "webhooks", "users"} <= set(resources)
    assert docs_ref.missing_from_reference(api_page) == []
    assert sum(len(docs_ref.public_methods(r)) for r in resources.values()) == api_page.count("\n### `")


def test_a_method_left_out_of_the_reference_is_reported(api_page: str) -> None:
    without = api_page.replace("### `events.reschedule`", "### (left out)")
    assert docs_ref.missing_from_reference(without) == ["events.reschedule"]


def test_a_method_shows_its_parameters_allowed_values_errors_and_an_example(api_page: str) -> None:
    section = api_page.split("### `events.list`", 1)[1].split("\n### ", 1)[0]
    assert "`GET /panel/api/event/` (operation `listEvents`)" in section
    assert "`order_direction`" in section and "`asc`, `desc`" in section
    assert "query `filter[scheduledAtFrom]`" in section
    assert "**Errors:** 401" in section and "**Returns:**" in section
    assert "sm.events.list(" in section
    cancel = api_page.split("### `events.cancel`", 1)[1].split("\n### ", 1)[0]
    assert "`id` (required)" in cancel and "body `reason`" in cancel and "422" in cancel


def test_the_cli_reference_has_every_command_of_the_index() -> None:
    page = docs_ref.cli_reference()
    for resource, entries in docs_ref.command_index().items():
        for name in entries:
            assert f"### `simplymeet {resource.replace('_', '-')} {name.replace('_', '-')}`" in page


def test_every_guide_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text()
    nav = yaml.safe_load("nav:" + config.split("\nnav:", 1)[1])
    listed = set(re.findall(r"[\w/-]+\.md", str(nav["nav"])))
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert pages - listed == set()


def test_make_help_lists_every_target() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][a-z0-9_-]*):(?!=)", makefile, flags=re.MULTILINE))
    shown = subprocess.run(["make", "--no-print-directory"], cwd=ROOT, capture_output=True, text=True, check=True)
    listed = {line.split()[0] for line in shown.stdout.splitlines() if line.strip()}
    assert targets - listed == set()
    assert {"help", "unit", "test", "docs", "lint-spec", "lint-py", "lint"} <= listed
