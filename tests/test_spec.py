"""The spec itself: valid OpenAPI 3.1, complete against the reference, consistent conventions."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from simplymeet_runtime.wire import LOCAL_DATETIME_REGEX
from tests.spec_support import SPEC_PATH, operations, resolve, spec, validator_for
from tools import ROOT

REFERENCE_TAGS = {
    "Acl",
    "Availability rule",
    "Cancellation Policy",
    "Meeting",
    "Meeting type",
    "Meeting type tag",
    "Integration",
    "Poll",
    "Single use link",
    "User",
    "User meeting type tag",
}
VERBS = (
    "list",
    "get",
    "create",
    "update",
    "delete",
    "save",
    "cancel",
    "edit",
    "mark",
    "resend",
    "invite",
    "reschedule",
    "add",
    "remove",
)


def test_spec_is_valid_openapi_3_1() -> None:
    spec_dict, base_uri = read_from_filename(str(SPEC_PATH))
    validate(spec_dict, base_uri=base_uri)  # raises on an invalid document
    assert spec()["openapi"] == "3.1.0"


def test_servers_and_security() -> None:
    assert spec()["servers"][0]["url"] == "https://secure.simplymeet.me"
    scheme = spec()["components"]["securitySchemes"]["ApiKeyAuth"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "X-API-KEY"}
    assert spec()["security"] == [{"ApiKeyAuth": []}]


def test_reference_coverage_tool_reports_everything_present() -> None:
    tool = ROOT.parent / "shared" / "tools" / "spec-coverage"
    if not tool.exists():
        pytest.skip("../shared/tools/spec-coverage is not beside this checkout")
    run = subprocess.run([sys.executable, str(tool)], check=False, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "operations 39/39, schemas 56/56, fields 313/313" in run.stdout


def test_operations_ids_tags_and_summaries() -> None:
    ops = operations()
    assert len(ops) == 44  # the reference's 39, the wiki's 3 webhook operations and 2 more of its /api/ pages
    for op in ops.values():
        assert re.fullmatch(r"[a-z]+[A-Za-z]*", op.op_id) and op.op_id.startswith(VERBS), op.op_id
        assert len(op.data["tags"]) == 1 and op.data["tags"][0] in REFERENCE_TAGS | {"Webhook"}
        assert op.data["summary"] and op.data["description"]
        for param in op.parameters():
            if param["in"] == "path":  # integer ids everywhere but webhooks (UUIDs)
                expected = {"type": "string", "format": "uuid"} if op.path.startswith("/api/") else {"type": "integer"}
                assert param["required"] and expected.items() <= resolve(param["schema"]).items(), op.op_id
    assert {op.data["tags"][0] for op in ops.values()} == REFERENCE_TAGS | {"Webhook"}


def test_every_operation_references_the_shared_error_responses() -> None:
    for op in operations().values():
        responses = op.data["responses"]
        expected = {
            "401": "Unauthorized",
            "403": "Forbidden",
            "422": "ValidationError",
            "429": "TooManyRequests",
            "500": "ServerError",
        }
        if "{" in op.path:
            expected["404"] = "NotFound"
        for code, name in expected.items():
            shared = {"$ref": f"#/components/responses/{name}"}
            own = resolve(responses[code]).get("content", {}).get("application/json", {}).get("schema")
            # An operation may document its own 422 example (createSingleUseLinkByUuid's meetingTypeUuid), same schema.
            same_schema = code == "422" and own == {"$ref": "#/components/schemas/ValidationErrorDTO"}
            assert responses[code] == shared or same_schema, (op.op_id, code)
        assert any(code.startswith("2") for code in responses), op.op_id


def test_success_examples_validate_against_their_schemas() -> None:
    with_body = examples = 0
    for op in operations().values():
        for code, response in op.data["responses"].items():
            response = resolve(response)
            if not code.startswith("2") or "content" not in response:
                continue
            with_body += 1
            media = response["content"]["application/json"]
            # One `example`, or named `examples` (listEvents has one per page, for the mock's Prefer header).
            values = [media["example"]] if "example" in media else [e["value"] for e in media["examples"].values()]
            assert values, op.op_id
            escaped = op.path.replace("/", "~1")
            validator = validator_for(f"/paths/{escaped}/{op.method}/responses/{code}/content/application~1json/schema")
            for value in values:
                validator.validate(value)
                examples += 1
    assert with_body == 26 and examples == 27


def _walk(node: Any, path: str = "") -> Any:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


NOTE = "x-reference-note"


def test_nullable_refs_use_oneof_with_null() -> None:
    for path, node in _walk(spec()["components"]["schemas"]):
        if "oneOf" in node:
            branches = node["oneOf"]
            assert len(branches) == 2 and {"type": "null"} in branches, path
        if "$ref" in node:
            assert set(node) <= {"$ref", "description", "examples", NOTE}, f"{path}: keywords beside $ref"


def test_the_y_m_d_h_i_s_pattern_is_the_codes_one_definition() -> None:
    """The generator, the client, the sandbox and the command line know a ``Y-m-d H:i:s`` field by its pattern being
    ``LOCAL_DATETIME_REGEX``: every field the spec describes in that format has exactly that pattern."""

    def described(node: dict[str, Any]) -> bool:
        return any("Y-m-d H:i:s" in text for text in (node.get("description"), node.get(NOTE)) if isinstance(text, str))

    local = [(path, node) for path, node in _walk(spec()["components"]["schemas"]) if described(node)]
    assert len(local) == 4, local
    for path, node in local:
        assert (node.get("pattern") or node["items"]["pattern"]) == LOCAL_DATETIME_REGEX, path
    patterns = [node["pattern"] for _, node in _walk(spec()) if isinstance(node.get("pattern"), str)]
    dated = [pattern for pattern in patterns if re.search(pattern, "2024-03-11 10:00:00")]
    assert dated == [LOCAL_DATETIME_REGEX] * 4, dated  # no other spelling of it


@pytest.mark.parametrize(
    "value",
    [
        "0000-03-11 10:00:00",  # Python's datetime starts at year 1
        "2024-00-11 10:00:00",
        "2024-13-11 10:00:00",
        "2024-03-00 10:00:00",
        "2024-03-32 10:00:00",
        "2024-03-11 24:00:00",
        "2024-03-11 10:60:00",
        "2024-03-11 10:00:60",
        "2024-03-11 10:00",
        "2024-03-11T10:00:00",
        " 2024-03-11 10:00:00",
    ],
)
def test_the_y_m_d_h_i_s_pattern_refuses_what_is_no_date_time(value: str) -> None:
    assert not re.search(LOCAL_DATETIME_REGEX, value)


@given(st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 12, 31, 23, 59, 59)))
def test_the_y_m_d_h_i_s_pattern_admits_every_date_time(moment: datetime.datetime) -> None:
    assert re.search(LOCAL_DATETIME_REGEX, moment.isoformat(" ", "seconds"))


def test_every_object_query_parameter_is_closed() -> None:
    """The sandbox refuses a member it does not know in a deepObject parameter (``filter[x]=1``), so the schema says
    so: a fuzzer drew ``{"": "null"}`` for an open one, which goes on the wire as ``sorting[]=null``, a list."""
    found = []
    for op in operations().values():
        for param in op.parameters():
            if param.get("style") == "deepObject":
                found.append(param["name"])
                assert resolve(param["schema"]).get("additionalProperties") is False, (op.op_id, param["name"])
    assert sorted(set(found)) == ["filter", "sorting"], found


def test_every_property_has_description_and_example() -> None:
    count = 0
    for name, schema in spec()["components"]["schemas"].items():
        for prop, body in schema.get("properties", {}).items():
            count += 1
            assert body.get("description"), f"{name}.{prop}"
            assert "examples" in body, f"{name}.{prop}"
    assert count >= 313


def test_reference_defects_are_explained() -> None:
    """Each defect of the vendor's reference is resolved in an x-reference-note beside a user-facing description."""
    schemas = spec()["components"]["schemas"]
    invitee = schemas["EditEventRequestDTO"]["properties"]["invitee"]
    assert 'InviteeRequestDTO">EditEventInviteeRequestDTO' in invitee["x-reference-note"]
    assert invitee["$ref"].endswith("/EditEventInviteeRequestDTO")
    assert "labels this member with its type name" in schemas["GetEventListRequestDTO"]["properties"]["filter"][NOTE]
    assert "`user`" in schemas["PollDTO"]["properties"]["user"][NOTE]
    assert "`eventType`" in schemas["PollDTO"]["properties"]["eventType"][NOTE]
    assert "duplicate title `PollAvailabilityDTO`" in schemas["PollResultDTO"][NOTE]
    assert "POST" in operations()["cancelEvent"].data[NOTE]
    inferred = [op.op_id for op in operations().values() if "inferred" in op.data.get(NOTE, "")]
    assert len(inferred) >= 20
