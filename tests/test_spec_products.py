"""The spec as a product: lint-clean under the committed ruleset, bundles (3.1 + 3.0), HTML docs,
TypeScript types, and the breaking-change gate."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec_support import operations, spec
from tools import NODE_BIN, ROOT, SPEC, breaking, spec_products

SPECTRAL = NODE_BIN / "spectral"
RULESET = ROOT / "spectral" / "ruleset.yml"


def spectral(path: Path) -> list[dict[str, Any]]:
    result = subprocess.run(
        [str(SPECTRAL), "lint", str(path), "--ruleset", str(RULESET), "--format", "json", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    findings: list[dict[str, Any]] = json.loads(result.stdout or "[]")
    return findings


@pytest.mark.node
def test_spec_is_lint_clean() -> None:
    findings = spectral(SPEC)
    assert [(f["code"], ".".join(map(str, f["path"]))) for f in findings] == []


def _edit(document: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    edited = copy.deepcopy(document)
    edit(edited)
    return edited


def _drop_429(doc: dict[str, Any]) -> None:
    del doc["paths"]["/panel/api/acl"]["get"]["responses"]["429"]


def _drop_example(doc: dict[str, Any]) -> None:
    del doc["components"]["schemas"]["MetaDataDTO"]["properties"]["pagesCount"]["examples"]


def _inline_enum(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["EventDTO"]["properties"]["state"]["enum"] = ["new", "canceled", None]


def _drop_404(doc: dict[str, Any]) -> None:
    del doc["paths"]["/panel/api/poll/{id}"]["get"]["responses"]["404"]


def _unused_component(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["OrphanDTO"] = {"type": "object", "description": "Nobody uses this."}


def _no_summary(doc: dict[str, Any]) -> None:
    del doc["paths"]["/panel/api/current-user"]["get"]["summary"]


@pytest.mark.node
@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (_drop_429, "responses-429"),
        (_drop_404, "responses-404-with-path-id"),
        (_drop_example, "property-example"),
        (_inline_enum, "no-inline-enum-in-property"),
        (_unused_component, "oas3-unused-component"),
        (_no_summary, "operation-summary"),
    ],
)
def test_ruleset_catches_a_crafted_defect(tmp_path: Path, edit: Callable[[dict[str, Any]], None], code: str) -> None:
    # The copy lives elsewhere, so the ruleset's two path-specific exceptions do not apply to it: compare
    # against the copy of the unedited spec, and expect exactly the crafted rule to be new.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    clean, broken = tmp_path / "a" / "simplymeet.yaml", tmp_path / "b" / "simplymeet.yaml"
    clean.write_text(yaml.safe_dump(spec(), sort_keys=False))
    broken.write_text(yaml.safe_dump(_edit(spec(), edit), sort_keys=False))
    before = {(f["code"], tuple(f["path"])) for f in spectral(clean)}
    new = {(f["code"], tuple(f["path"])) for f in spectral(broken)} - before
    assert {finding[0] for finding in new} == {code}


def test_query_dtos_are_the_query_parameters_of_their_operations() -> None:
    # The reason the four query DTOs may stay "unused" in the ruleset: they are checked here instead.
    schemas = spec()["components"]["schemas"]
    pairs = {
        "listEvents": "GetEventListRequestDTO",
        "listEventTypes": "GetEventTypeListRequestDTO",
        "listPolls": "GetPollListRequestDTO",
        "getEventTypeAvailability": "GetEventTypeAvailabilityRequestDTO",
    }
    for op_id, dto in pairs.items():
        query = {p["name"] for p in operations()[op_id].parameters() if p["in"] in ("query", "path")}
        assert set(schemas[dto]["properties"]) == query, op_id


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return spec_products.bundle(tmp_path_factory.mktemp("bundle"))


@pytest.mark.node
def test_bundles_are_valid_31_json_yaml_and_30(bundled: list[Path]) -> None:
    yaml_31, json_31, yaml_30 = (yaml.safe_load(p.read_text()) for p in bundled)
    assert yaml_31["openapi"] == json_31["openapi"] == "3.1.0" and yaml_30["openapi"].startswith("3.0")
    assert yaml_31 == json_31 == yaml.safe_load((SPEC).read_text())
    for document in (yaml_31, yaml_30):
        assert spec_products.validation_errors(document) == []
        ids = {op["operationId"] for item in document["paths"].values() for op in item.values() if "operationId" in op}
        assert len(ids) == 44 and set(document["components"]["schemas"]) == set(yaml_31["components"]["schemas"])
    # 3.0 has no "null" type: nullable references became allOf + nullable.
    user = yaml_30["components"]["schemas"]["EventDTO"]["properties"]["user"]
    assert user["allOf"] == [{"$ref": "#/components/schemas/UserDTO"}] and user["nullable"] is True
    assert '"null"' not in json.dumps(yaml_30) and "'null'" not in (bundled[2]).read_text()


@pytest.mark.node
def test_html_reference_builds_with_every_operation(bundled: list[Path]) -> None:
    html = spec_products.docs(bundled[0], bundled[0].parent / "docs").read_text()
    for op in operations().values():
        assert f'"operationId":"{op.op_id}"' in html, op.op_id
        assert op.data["summary"] in html
    assert not re.search(r"<script[^>]+src=\"https?://", html), "the page must work offline"
    # Notes on the vendor's reference are out of the descriptions but still in the docs.
    assert "Note on the vendor's reference" in html and "is inferred" in html


def test_descriptions_speak_to_users_and_notes_sit_beside_them() -> None:
    document = spec()
    found = spec_products.reference_notes(document)
    assert len(found) >= 50
    assert "inferred" in dict(found)["/paths/~1panel~1api~1current-user/get"]
    leaks: list[str] = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            description = node.get("description")
            if (
                where != "/info"
                and isinstance(description, str)
                and re.search(r"\breference\b(?!Id)", description, re.IGNORECASE)
            ):
                leaks.append(where)
            for key, value in node.items():
                visit(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{where}/{index}")

    visit(document, "")
    assert leaks == []
    shown = spec_products.with_notes_shown(document)
    user = shown["paths"]["/panel/api/current-user"]["get"]
    assert user["description"].startswith("Returns the current user.") and "is inferred" in user["description"]


@pytest.mark.node
def test_typescript_types_have_every_schema(bundled: list[Path]) -> None:
    declarations = spec_products.types(bundled[0], bundled[0].parent / "simplymeet.d.ts").read_text()
    for name in spec()["components"]["schemas"]:
        assert re.search(rf"^        {name}: ", declarations, flags=re.MULTILINE), name
    assert "listEvents: {" in declarations


@pytest.mark.node
def test_portability_check_fails_on_what_a_generator_cannot_read(tmp_path: Path, bundled: list[Path]) -> None:
    # A dangling $ref is a spec no standard generator can read: openapi-typescript must refuse it.
    broken = yaml.safe_load(bundled[0].read_text())
    broken["components"]["schemas"]["EventDTO"]["properties"]["user"]["oneOf"][0]["$ref"] = "#/components/schemas/Nope"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken))
    result = subprocess.run(
        [str(NODE_BIN / "openapi-typescript"), str(path), "--output", str(tmp_path / "x.d.ts")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


# ------------------------------------------------------------------------------------------- breaking


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


BREAKING_EDITS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "operation removed",
        lambda d: d["paths"]["/panel/api/acl"].pop("get"),
        "request GET /panel/api/acl: operation removed (listAclRules)",
    ),
    (
        "new required query parameter",
        lambda d: d["components"]["parameters"]["AvailabilityTimezone"].update(required=True),
        "request GET /panel/api/event-type/availability/{id} query parameter timezone: became required",
    ),
    (
        "new required body field",
        lambda d: _schemas(d)["CancelEventRequestDTO"].setdefault("required", []).append("reason"),
        "request CancelEventRequestDTO.reason: became required (cancelEvent)",
    ),
    (
        "request enum value removed",
        lambda d: _schemas(d)["OrderDirection"]["enum"].remove("desc"),
        "request OrderDirection: enum value(s) removed: ['desc'] (listEventTypes, listEvents, listMeetingTypes, listPolls)",
    ),
    (
        "response field removed",
        lambda d: _schemas(d)["SingleUseLinkDTO"]["properties"].pop("url"),
        "response SingleUseLinkDTO.url: removed (createSingleUseLink, createSingleUseLinkByUuid)",
    ),
    (
        "response field type changed",
        lambda d: _schemas(d)["SingleUseLinkDTO"]["properties"]["code"].update(type="integer"),
        "response SingleUseLinkDTO.code: type changed from string to integer (createSingleUseLink, createSingleUseLinkByUuid)",
    ),
    (
        "response field became nullable",
        lambda d: _schemas(d)["SingleUseLinkDTO"]["properties"]["url"].update(type=["string", "null"]),
        "response SingleUseLinkDTO.url: became nullable (createSingleUseLink, createSingleUseLinkByUuid)",
    ),
    (
        "response field became optional",
        lambda d: _schemas(d)["SingleUseLinkDTO"]["required"].remove("code"),
        "response SingleUseLinkDTO.code: became optional (createSingleUseLink, createSingleUseLinkByUuid)",
    ),
]


@pytest.mark.parametrize(("label", "edit", "expected"), BREAKING_EDITS, ids=[e[0] for e in BREAKING_EDITS])
def test_breaking_change_is_reported(label: str, edit: Callable[[dict[str, Any]], None], expected: str) -> None:
    report = breaking.compare(spec(), _edit(spec(), edit))
    assert expected in report.breaking, report.breaking


NON_BREAKING: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("unchanged", lambda d: None),
    (
        "new optional response field",
        lambda d: _schemas(d)["SingleUseLinkDTO"]["properties"].update(x={"type": "string"}),
    ),
    ("description edited", lambda d: d["paths"]["/panel/api/acl"]["get"].update(description="New words.")),
    ("new operation", lambda d: d["paths"].update({"/panel/api/new": copy.deepcopy(d["paths"]["/panel/api/acl"])})),
    (
        "response field no longer nullable",
        lambda d: _schemas(d)["CancellationPolicyDTO"]["properties"]["label"].update(type="string"),
    ),
    ("request field became optional", lambda d: _schemas(d)["RescheduleEventRequestDTO"]["required"].remove("end")),
]


@pytest.mark.parametrize(("label", "edit"), NON_BREAKING, ids=[e[0] for e in NON_BREAKING])
def test_compatible_change_is_not_reported(label: str, edit: Callable[[dict[str, Any]], None]) -> None:
    assert breaking.compare(spec(), _edit(spec(), edit)).breaking == []


def test_response_enum_value_added_is_a_note_not_a_failure() -> None:
    report = breaking.compare(spec(), _edit(spec(), lambda d: _schemas(d)["LocationType"]["enum"].append("webex")))
    assert report.breaking == [] and any("enum value(s) added: ['webex']" in note for note in report.notes)


def test_a_member_reached_through_many_operations_is_one_line_naming_them_all() -> None:
    """issue 31: a drift seen on getEvent was reported as the first path the check reached."""
    report = breaking.compare(spec(), _edit(spec(), lambda d: _schemas(d)["EventDTO"]["properties"]["uuid"].update(
        type=["string", "null"])))  # fmt: skip
    (line,) = report.breaking
    assert line.startswith("response EventDTO.uuid: became nullable (") and "getEvent" in line and "listEvents" in line


def test_a_webhook_payload_member_is_compared_as_a_response() -> None:
    def nullable(document: dict[str, Any]) -> None:
        _schemas(document)["WebhookBooking"]["properties"]["uuid"]["type"] = ["string", "null"]

    (line,) = breaking.compare(spec(), _edit(spec(), nullable)).breaking
    assert line.startswith("response WebhookBooking.uuid: became nullable (") and "meetingCancelledDelivery" in line


def test_an_attribute_rebound_to_another_wire_name_is_breaking() -> None:
    """issue 31: `created_at` beside `createdAt` made UserDTO.created_at read the new, absent property."""

    def add(document: dict[str, Any]) -> None:
        _schemas(document)["UserDTO"]["properties"]["created_at"] = {"type": "string", "description": "x"}

    assert breaking.compare(spec(), _edit(spec(), add)).breaking == [
        (
            "Python API: UserDTO.created_at: the attribute of 'createdAt' would also be that of 'created_at' (rebound; "
            "rename one in the spec)"
        )
    ]


def test_cli_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(spec()))
    new.write_text(yaml.safe_dump(_edit(spec(), BREAKING_EDITS[0][1])))
    assert breaking.main([str(old), str(old)]) == 0
    assert breaking.main([str(old), str(new)]) == 1
    assert "BREAKING request GET /panel/api/acl: operation removed" in capsys.readouterr().out
    if shutil.which("git") and (ROOT / ".git").exists():
        breaking.main(["--base", "HEAD"])  # the verdict depends on the working tree; the git path must work
        assert "Breaking changes (HEAD -> working tree):" in capsys.readouterr().out


def test_renamed_operation_ids_and_schemas_are_breaking() -> None:
    def rename(document: dict[str, Any]) -> None:
        document["paths"]["/panel/api/acl"]["get"]["operationId"] = "getAclRules"
        schemas = document["components"]["schemas"]
        schemas["AclRule"] = schemas.pop("AclRuleDTO")

    found = breaking.renamed_names(breaking.Spec(spec()), breaking.Spec(_edit(spec(), rename)))
    assert found == [
        "GET /panel/api/acl: operationId listAclRules renamed to getAclRules (renames its Python module and functions)",
        "schema AclRuleDTO removed or renamed (removes the Python class AclRuleDTO)",
    ]
    assert breaking.renamed_names(breaking.Spec(spec()), breaking.Spec(spec())) == []


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of generated/ and runtime/ to edit as a template change or a generator upgrade could."""
    root = tmp_path_factory.mktemp("package")
    for part in ("generated", "runtime"):
        shutil.copytree(ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _python_api(root: Path) -> list[str]:
    return breaking.python_api_breakages([ROOT / "generated", ROOT / "runtime"], [root / "generated", root / "runtime"])


def test_python_api_unchanged_is_not_breaking(package_copy: Path) -> None:
    assert _python_api(package_copy) == []


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "generated/simplymeet_client/api/meeting/list_events.py",
            "def aiterate(",
            "def aiterate_all(",
            "simplymeet_client.api.meeting.list_events.aiterate: Public object was removed",
        ),
        (
            "generated/simplymeet_client/api/meeting/get_event.py",
            "def sync(\n    id: int,",
            "def sync(\n    event_id: int,",
            "simplymeet_client.api.meeting.get_event.sync",
        ),
        (
            "runtime/simplymeet_runtime/errors.py",
            "class RateLimitError(APIStatusError):",
            "class TooManyRequests(APIStatusError):",
            "simplymeet_client.errors.RateLimitError",
        ),
    ],
)
def test_python_api_change_is_breaking(tmp_path: Path, file: str, old: str, new: str, expected: str) -> None:
    for part in ("generated", "runtime"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / file
    text = target.read_text()
    assert old in text
    target.write_text(text.replace(old, new))
    found = _python_api(tmp_path)
    assert any(expected in line for line in found), found


def test_the_30_down_conversion_turns_several_types_into_one_of() -> None:
    """drift-apply widens a type with every type seen (`type: [integer, 'null', string]`), which openapi-down-convert
    leaves as a list, invalid in 3.0: make publish then failed inside drift-apply's transaction."""
    down = spec_products.to_openapi_30_nullable(
        {"properties": {"d": {"type": ["integer", "null", "string"], "description": "x"}, "e": {"type": ["string"]}}}
    )
    assert down["properties"]["d"] == {
        "description": "x", "oneOf": [{"type": "integer"}, {"type": "string"}], "nullable": True
    }  # fmt: skip
    assert down["properties"]["e"] == {"type": "string"}
