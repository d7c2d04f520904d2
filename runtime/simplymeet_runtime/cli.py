"""``simplymeet <resource> <command> [ARGS] [--options]``: the command line, built from the spec the package ships.

Nothing is written one command at a time. ``commands.json`` (written by ``make generate`` from
``openapi/resources.yaml``) says which operation each command is and how its arguments are named in Python; the spec
(``openapi.json``) gives everything else: help (summary, description, each option's description, allowed values,
format and bounds), option types, the request schema ``--body`` is checked against and the response schema
``--fields`` is checked against. Commands are built only when asked for, and the client (httpx, the models) is
imported only to run one, so ``simplymeet --help`` starts fast.

Exit codes: 0 success; 1 the API answered with an error, or a change was declined; 2 a usage error (one line, before
any request, in command-line words); 3 a network failure or timeout. ``--debug`` adds the traceback, same codes.

The key comes from ``--api-key-file``, ``SIMPLYMEET_API_KEY`` or the profile's ``api_key_file`` (in that order),
never from an option, and is never printed. Profiles live in ``$XDG_CONFIG_HOME/simplymeet/config.toml``.

Needs the ``cli`` extra (click and rich): ``pip install 'simplymeet-client[cli]'``.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import itertools
import json
import os
import platform
import re
import shutil
import stat
import sys
import textwrap
import tomllib
import traceback
import typing
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from .spec import LOCAL_DATETIME, Spec, closest, load_spec, package_file, validate

PACKAGE = "simplymeet_client"
FORMATS = ("table", "json", "jsonl", "csv")
ENV_API_KEY = "SIMPLYMEET_API_KEY"
ENV_BASE_URL = "SIMPLYMEET_BASE_URL"
ENV_PROFILE = "SIMPLYMEET_PROFILE"
_READS = ("GET", "HEAD")
_COMMON = ("fmt", "fields", "api_key_file", "profile", "yes", "dry_run", "debug")


class Usage(click.UsageError):
    """A mistake on the command line: one line, exit 2."""


class _DryRun(Exception):
    def __init__(self, request: Any) -> None:
        self.request = request


class _Declined(Exception):
    pass


# ------------------------------------------------------------------------------------ terminal safety, the key

# What a terminal would act on instead of showing: C0 controls, DEL, C1 controls (``\x9b`` is an 8-bit CSI), the
# line and paragraph separators and the bidirectional overrides/isolates (text that reads otherwise than it is).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# The same less C0, which json.dumps escapes already.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SECRETS: set[str] = set()
REDACTED = "***"


def keep_secret(key: str) -> None:
    """Remember the key of this run: :func:`redact` takes it out of everything the command line writes."""
    if len(key) >= 6:  # as the client's register_secret: shorter strings would redact ordinary words
        _SECRETS.add(key)


def redact(text: str) -> str:
    for secret in _SECRETS:
        text = text.replace(secret, REDACTED)
    return text


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def visible(text: str, *, layout: bool = True) -> str:
    """``text`` safe to write to a terminal, on one line: the key redacted, every control character (and DEL, C1,
    line separators, bidi overrides) shown as an escape (``\\x1b``, ``\\u009b``). With ``layout``, a tab or newline
    becomes a space (table cells, the vertical view, one-line messages); without, they are escaped too."""
    text = redact(text)
    if layout:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROLS.sub(_escaped, text)


def visible_lines(text: str) -> str:
    """Several lines (a traceback, a body that is not JSON) made safe line by line; the newlines stay."""
    return "\n".join(visible(line, layout=False) for line in text.split("\n"))


def redacted(value: Any) -> Any:
    """JSON-ready data with the key taken out of every string (keys of objects too)."""
    if not _SECRETS:
        return value
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redacted(item) for item in value]
    if isinstance(value, dict):
        return {redact(str(k)): redacted(v) for k, v in value.items()}
    return value


def json_text(value: Any, indent: int | None = None) -> str:
    """JSON of ``value`` for the terminal or a pipe: the same data when parsed, with the key redacted and nothing a
    terminal acts on: json.dumps escapes C0 controls; DEL, C1, U+2028/U+2029 and the bidi controls are escaped here
    (``\\u009b``), which only ever occur inside strings. Other non-ASCII text is kept as it is."""
    text = json.dumps(redacted(value), indent=indent, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def load_json_input(source: typing.TextIO | str, where: str) -> Any:
    """JSON from a ``--body`` file or an option's text; any mistake in it is one usage line."""
    try:
        return json.load(source) if not isinstance(source, str) else json.loads(source)
    except json.JSONDecodeError as exc:
        raise Usage(f"{where}: not JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise Usage(f"{where}: nested too deep to read") from None
    except UnicodeDecodeError as exc:
        raise Usage(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


# ------------------------------------------------------------------------------------------------ the index


@functools.cache
def index() -> dict[str, dict[str, dict[str, Any]]]:
    """resource -> command (Python name) -> operation, HTTP line, lists, columns, args (``commands.json``)."""
    return json.loads(package_file(PACKAGE, "commands.json").read_text("utf-8"))  # type: ignore[no-any-return]


def spec() -> Spec:
    return load_spec(PACKAGE)


def dashed(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def operation(op_id: str) -> dict[str, Any]:
    route = spec().by_operation[op_id]
    return spec().document["paths"][route.template][route.method.lower()]  # type: ignore[no-any-return]


def arg_schema(op_id: str, wire: str, where: str) -> dict[str, Any]:
    """The spec's schema of one argument, with the description of the parameter or property."""
    route = spec().by_operation[op_id]
    if where in ("path", "query"):
        parameter = next(p for p in route.parameters if p["name"] == wire)
        schema = {**spec().resolve(parameter.get("schema", {})), "description": parameter.get("description", "")}
        return {**schema, "examples": [parameter["example"]]} if "example" in parameter else schema
    if where == "filter":
        parameter = next(p for p in route.parameters if p.get("style") == "deepObject")
        holder = spec().resolve(parameter["schema"])
    else:
        holder = spec().resolve(route.body or {})
    node = holder.get("properties", {}).get(wire, {})
    return {**_non_null(node), "description": node.get("description", "")}


def _non_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema without its ``null`` alternative (``type: [x, null]``, ``oneOf: [{$ref}, {type: null}]``)."""
    schema = spec().resolve(schema)
    if "oneOf" in schema:
        options = [spec().resolve(o) for o in schema["oneOf"] if spec().resolve(o).get("type") != "null"]
        return {**options[0], "description": schema.get("description", "")} if len(options) == 1 else schema
    kinds = schema.get("type")
    if isinstance(kinds, list):
        rest = [k for k in kinds if k != "null"]
        return {**schema, "type": rest[0] if len(rest) == 1 else rest}
    return schema


# ------------------------------------------------------------------------------------------ option types


class DateTimeType(click.ParamType[Any, Any]):
    """ISO 8601 with an offset (``2024-03-12T15:00:00+01:00``, ``...Z``), or the API's ``Y-m-d H:i:s`` in UTC."""

    name = "datetime"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        text = str(value).strip()
        try:
            if LOCAL_DATETIME.fullmatch(text):
                return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.UTC)
            parsed = datetime.datetime.fromisoformat(text.replace("z", "Z"))
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            self.fail(
                f"{text!r} is not a date-time with an offset (like 2024-03-12T15:00:00+01:00) "
                "or 'YYYY-MM-DD HH:MM:SS' in UTC",
                param,
                ctx,
            )
        return parsed


class DateType(click.ParamType[Any, Any]):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-03-11 (YYYY-MM-DD)", param, ctx)


class JsonType(click.ParamType[Any, Any]):
    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            self.fail(f"must be JSON ({exc.msg} at character {exc.pos})", param, ctx)
        except RecursionError:
            self.fail("nested too deep to read", param, ctx)


def click_type(schema: dict[str, Any]) -> tuple[click.ParamType[Any, Any], bool, str]:
    """(type, repeated, what it accepts, for the help) for a schema."""
    schema = _non_null(schema)
    kind = schema.get("type")
    if kind == "array":
        item = _non_null(schema.get("items", {}))
        inner, _, accepts = click_type(item)
        return inner, True, accepts
    if "enum" in schema:
        return click.Choice([str(v) for v in schema["enum"] if v is not None]), False, ""
    known = known_values(schema)
    if known:
        inner, _, _ = click_type({k: v for k, v in schema.items() if k != "x-known-values"})
        return inner, False, f"known values: {', '.join(known)}; others are sent as given"
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        return (click.IntRange(low, high) if low is not None or high is not None else click.INT), False, ""
    if kind == "number":
        return click.FLOAT, False, ""
    if kind == "boolean":
        return click.BOOL, False, "true or false"
    if kind == "object" or "properties" in schema:
        return JsonType(), False, "JSON object"
    form = schema.get("format")
    if form == "date":
        return DateType(), False, "YYYY-MM-DD"
    if form == "date-time" or schema.get("pattern") == LOCAL_DATETIME.pattern:
        return DateTimeType(), False, "ISO 8601 with an offset, or 'YYYY-MM-DD HH:MM:SS' in UTC"
    if form == "uuid":
        return click.UUID, False, "UUID"
    return click.STRING, False, form or ""


def known_values(schema: dict[str, Any]) -> list[str]:
    """The values the spec knows for an open set (``x-known-values``: the API takes others, e.g. a state filter)."""
    return [str(v) for v in schema.get("x-known-values") or [] if v is not None]


def known_values_check(schema: dict[str, Any]) -> typing.Callable[[click.Context, click.Parameter, Any], Any] | None:
    """An option callback that warns (on stderr, and sends the value all the same) when a value is not one the spec
    knows (``enum`` or ``x-known-values`` of the schema or of its items), naming the closest known one; ``None`` when
    the schema knows no values (or click's Choice already refuses them)."""
    node = _non_null(schema)
    if node.get("type") == "array":
        node = _non_null(node.get("items", {}))
    known = [str(v) for v in node.get("enum") or node.get("x-known-values") or [] if v is not None]
    if not known:
        return None

    def check(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if ctx.resilient_parsing or value is None:
            return value
        for given in value if isinstance(value, (tuple, list)) else [value]:
            if str(given) not in known:
                flag = param.opts[0] if param.opts else str(param.name)
                sys.stderr.write(
                    visible(
                        f"warning: {flag} {str(given)!r} is not a known value{closest(str(given), known)}; sent as given"
                    )
                    + "\n"
                )
                # the client warns again when it sends the value (warn_unknown): once is enough, with the flag
                warnings.filterwarnings(
                    "ignore", rf"\S+ {re.escape(repr(str(given)))} is not a known value", UserWarning
                )
        return value

    return check


def option_help(schema: dict[str, Any], accepts: str, repeated: bool, required: bool) -> str:
    parts = [_plain(schema.get("description", ""))]
    notes = [accepts] if accepts and accepts not in parts[0] else []
    if repeated:
        notes.append("repeat for several")
    if required:
        notes.append("required")
    if notes:
        parts.append(f"({'; '.join(notes)})")
    return " ".join(p for p in parts if p)


def _plain(text: str) -> str:
    """Spec text as plain terminal text: no Markdown code marks, one paragraph."""
    return " ".join(text.replace("`", "").split())


# ---------------------------------------------------------------------------------------------- profiles


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "simplymeet" / "config.toml"


def profile_settings(name: str | None) -> dict[str, str]:
    """The settings of profile ``name`` (or ``$SIMPLYMEET_PROFILE``); ``{}`` when none is chosen or configured."""
    chosen = name or os.environ.get(ENV_PROFILE)
    path = config_path()
    if not path.exists():
        if chosen:
            raise Usage(f"profile {chosen!r}: there is no {path}")
        return {}
    try:
        profiles = tomllib.loads(path.read_text("utf-8")).get("profiles", {})
    except (tomllib.TOMLDecodeError, OSError) as exc:
        raise Usage(f"{path}: {exc}") from None
    if not chosen:
        chosen = "default" if "default" in profiles else None
        if chosen is None:
            return {}
    if chosen not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise Usage(f"no profile {chosen!r} in {path} (profiles: {known})")
    settings = profiles[chosen]
    unknown = sorted(set(settings) - {"base_url", "api_key_file"})
    if unknown:
        raise Usage(
            f"profile {chosen!r} in {path}: unknown key {unknown[0]!r}{closest(unknown[0], ['base_url', 'api_key_file'])}"
        )
    return {key: str(value) for key, value in settings.items()}


def read_key_file(path: Path, where: str) -> str:
    """The key in ``path``, refused when others can read it (as ssh does) or when it is empty."""
    path = path.expanduser()
    try:
        mode = path.stat().st_mode
        text = path.read_text("utf-8")
    except OSError as exc:
        raise Usage(f"{where}: cannot read {path}: {exc.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise Usage(f"{where}: {path} is readable by others (mode {stat.S_IMODE(mode):03o}); run: chmod 600 {path}")
    key = text.strip()  # a key file written by `echo` ends in a newline
    if not key:
        raise Usage(f"{where}: {path} is empty")
    return key


def connection(common: dict[str, Any]) -> dict[str, Any]:
    """``api_key`` and ``base_url`` for the client: ``--api-key-file``, then the environment, then the profile."""
    settings = profile_settings(common.get("profile"))
    options: dict[str, Any] = {}
    if common.get("api_key_file"):
        options["api_key"] = read_key_file(Path(common["api_key_file"]), "--api-key-file")
    elif not os.environ.get(ENV_API_KEY) and "api_key_file" in settings:
        options["api_key"] = read_key_file(Path(settings["api_key_file"]), "profile api_key_file")
    elif not os.environ.get(ENV_API_KEY):
        where = f" or set api_key_file in {config_path()}" if settings or config_path().exists() else ""
        raise Usage(f"no API key: set {ENV_API_KEY} or pass --api-key-file FILE{where}")
    if not os.environ.get(ENV_BASE_URL) and "base_url" in settings:
        options["base_url"] = settings["base_url"]
    keep_secret(options.get("api_key") or os.environ.get(ENV_API_KEY, "").strip())
    return options


# ------------------------------------------------------------------------------------------------ output


def plain(value: Any) -> Any:
    """Models, enums, dates and lists as JSON-ready data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if hasattr(value, "value") and type(value).__module__.startswith(PACKAGE):  # an enum
        return value.value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if type(value).__name__ == "UUID":
        return str(value)
    return value


def flatten(row: Any, prefix: str = "") -> dict[str, Any]:
    """``{"invitee": {"email": ...}}`` as ``{"invitee.email": ...}``; lists stay whole (written as JSON)."""
    if not isinstance(row, dict):
        return {prefix or "value": row}
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            flat.update(flatten(value, name))
        else:
            flat[name] = value
    return flat


def cell(value: Any) -> str:
    """A value as a table or CSV cell: ``true``/``false``, empty for null, nested values as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def emit(result: Any, fmt: str, columns: list[str] | None, out: typing.TextIO) -> int:
    """Write ``result`` (a model, a list, or an iterator of models) in ``fmt``; returns the row count.

    ``json`` is one whole document or nothing: a list is read to its end (every page) before the first character is
    written, so a failing page leaves no half array. ``jsonl`` and ``csv`` stream row by row. Nothing of the API's
    data is read as markup, the key is redacted everywhere, and table cells (CSV too, when it goes to a terminal)
    show control characters as escapes."""
    single = not isinstance(result, (Iterator, list))
    items: Iterable[Any] = [result] if single else result
    count = 0
    if fmt == "json":
        if single:
            out.write(json_text(plain(result), indent=2) + "\n")
            return 1
        rows = [plain(item) for item in items]
        out.write("[" + ",".join("\n  " + json_text(row) for row in rows) + ("\n]\n" if rows else "]\n"))
        return len(rows)
    if fmt == "jsonl":
        for count, item in enumerate(items, 1):
            out.write(json_text(plain(item)) + "\n")
            out.flush()
    elif fmt == "csv":
        shown = visible if out.isatty() else redact
        writer = csv.writer(out, lineterminator="\n")
        quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)  # csv leaves a lone \r unquoted
        header = columns
        for count, item in enumerate(items, 1):
            row = flatten(plain(item))
            if header is None:
                header = list(row)
            if count == 1:
                writer.writerow([shown(column) for column in header])
            cells = [shown(cell(row.get(column))) for column in header]
            (quoted if any("\r" in text for text in cells) else writer).writerow(cells)
            out.flush()
        if count == 0 and header:
            writer.writerow([shown(column) for column in header])
    elif single:
        count = 1
        _vertical(flatten(plain(result)), columns, out)
    else:
        rows = [flatten(plain(item)) for item in items]
        count = len(rows)
        _table(rows, columns or (list(rows[0]) if rows else []), out)
    return count


def _width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def _table(rows: list[dict[str, Any]], columns: list[str], out: typing.TextIO) -> None:
    """A rich table of ``rows``; every header and cell a ``Text`` (never markup, emoji codes or highlighting)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table()
    for column in columns:
        table.add_column(Text(visible(column)), overflow="ellipsis", no_wrap=True)
    for row in rows:
        table.add_row(*(Text(visible(cell(row.get(column)))) for column in columns))
    Console(file=out, width=_width()).print(table)


def _vertical(row: dict[str, Any], columns: list[str] | None, out: typing.TextIO) -> None:
    """One object as ``key  value`` lines, values cut to the terminal's width."""
    keys = [visible(key) for key in columns or list(row)]
    values = [visible(cell(row.get(key))) for key in columns or list(row)]
    width = max((len(key) for key in keys), default=0)
    room = max(_width() - width - 2, 10)
    out.writelines(
        f"{key.ljust(width)}  {text if len(text) <= room else text[: room - 1] + '…'}\n"
        for key, text in zip(keys, values, strict=True)
    )


def field_paths(schema: Any, prefix: str = "", depth: int = 0) -> set[str]:
    """Every dotted path into objects of ``schema`` (what ``--fields`` may name)."""
    node = _non_null(schema) if isinstance(schema, dict) else {}
    found: set[str] = set()
    if depth > 5:
        return found
    for name, sub in node.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        found.add(path)
        found |= field_paths(sub, path, depth + 1)
    return found


def item_schema(op_id: str) -> dict[str, Any] | None:
    """The schema of what a command prints: the success body's, or a list's item."""
    route = spec().by_operation[op_id]
    response = spec().resolve(operation(op_id)["responses"][str(route.success)])
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    resolved: dict[str, Any] = spec().resolve(schema)
    if resolved.get("type") == "array":
        items: dict[str, Any] = spec().resolve(resolved.get("items", {}))
        return items
    props = resolved.get("properties", {})
    for holder in ("items", "_embedded"):  # a page: its items
        if holder in props:
            inner = spec().resolve(props[holder])
            inner = spec().resolve(inner.get("properties", {}).get("items", inner)) if holder == "_embedded" else inner
            item: dict[str, Any] = spec().resolve(inner.get("items", {}))
            return item
    return resolved


def check_fields(fields: list[str], op_id: str) -> None:
    schema = item_schema(op_id)
    known = sorted(field_paths(schema)) if schema else []
    for field in fields:
        if field not in known:
            raise Usage(f"--fields: no field {field!r} in the output{closest(field, known)}")


def check_body(data: Any, schema: Any) -> None:
    """``--body`` against the request schema: an unknown key names the closest known one; a wrong type its path."""
    node = spec().resolve(schema)
    if isinstance(data, dict) and isinstance(node, dict):
        properties = node.get("properties", {})
        for key in data:
            if key not in properties and node.get("additionalProperties") is False:
                raise Usage(f"--body: unknown key {key!r}{closest(key, sorted(properties))}")
    errors: dict[str, list[str]] = {}
    validate(spec(), schema, data, "", errors)
    if errors:
        path, messages = next(iter(errors.items()))
        raise Usage(f"--body: {path}: {messages[0]}")


# ---------------------------------------------------------------------------------------------- commands


def _common_options() -> list[click.Parameter]:
    return [
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(FORMATS),
            help="Output format (default: table on a terminal, json otherwise).",
        ),
        click.Option(
            ["--fields"], help="Comma-separated fields for table and csv, e.g. id,invitee.email (dotted paths)."
        ),
        click.Option(
            ["--api-key-file"],
            type=click.Path(dir_okay=False),
            help=f"Read the API key from FILE (mode 600; else ${ENV_API_KEY}, else the profile).",
        ),
        click.Option(["--profile"], help=f"A profile of {config_path()} (else ${ENV_PROFILE}, else 'default')."),
        click.Option(["--yes"], is_flag=True, help="Do not ask before a change (needed without a terminal)."),
        click.Option(["--dry-run"], is_flag=True, help="Print the request (method, URL, JSON body); send nothing."),
        click.Option(["--debug"], is_flag=True, help="Also print the traceback of an error."),
    ]


def _example_data(schema: dict[str, Any]) -> Any:
    """The schema's first example; for an object without one, its required members' (else a placeholder)."""
    schema = _non_null(schema)
    examples = schema.get("examples") or ([schema["example"]] if "example" in schema else [])
    if examples:
        return examples[0]
    if schema.get("type") == "object":
        properties = schema.get("properties", {})
        return {name: _example_data(properties.get(name, {})) for name in schema.get("required", [])}
    return {"integer": 1, "boolean": True}.get(str(schema.get("type")), "x")


def _example_value(schema: dict[str, Any]) -> str:
    value = _example_data(schema)
    if isinstance(value, list):
        value = value[0] if value else "x"
    text = value if isinstance(value, str) else json.dumps(value)
    return text if re.fullmatch(r"[\w.@:+-]+", text) else repr(text)


def _example(resource: str, name: str, entry: dict[str, Any]) -> str:
    words = ["simplymeet", dashed(resource), dashed(name)]
    body = spec().resolve(spec().by_operation[entry["operation"]].body or {})
    required = set(body.get("required", []))
    for _, wire, where, positional in entry["args"]:
        schema = arg_schema(entry["operation"], wire, where)
        if positional:
            words.append(_example_value(schema))
        elif where == "body" and wire in required:
            words += [f"--{_kebab(wire)}", _example_value(schema)]
    return " ".join(words)


def _kebab(wire: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", wire.replace("_", "-")).lower()


class OperationCommand(click.Command):
    """One operation as a command; ``name`` is the resource method (``list``, ``cancel_many``, or ``page``)."""

    def __init__(self, resource: str, name: str, entry: dict[str, Any]) -> None:
        self.resource, self.method, self.entry = resource, name, entry
        op_id = entry["operation"]
        details = operation(op_id)
        self.summary = details.get("summary", op_id)
        self.mutating = entry["http"].split(" ", 1)[0] not in _READS
        self.python: dict[str, str] = {}  # click parameter name -> Python argument
        self.positional: list[str] = []
        self.required_body: list[str] = []
        body_schema = spec().resolve(spec().by_operation[op_id].body or {})
        required = set(body_schema.get("required", []))
        params: list[click.Parameter] = []
        if name == "page":
            params.append(click.Argument(["page_number"], type=click.IntRange(1)))
        for python, wire, where, positional in entry["args"]:
            schema = arg_schema(op_id, wire, where)
            kind, repeated, accepts = click_type(schema)
            key = f"arg_{python}"
            self.python[key] = python
            if positional:
                params.append(
                    click.Argument(
                        [key], type=kind, nargs=-1 if repeated else 1, required=True, metavar=_kebab(wire).upper()
                    )
                )
                self.positional.append(key)
                continue
            flag = f"--{_kebab(wire)}"
            if where == "body" and wire in required:
                self.required_body.append(flag)
            params.append(
                click.Option(
                    [flag, key],
                    type=kind,
                    multiple=repeated,
                    callback=known_values_check(schema),
                    help=option_help(schema, accepts, repeated, where == "body" and wire in required),
                )
            )
        if entry["lists"]:
            params.append(
                click.Option(
                    ["--on-page", "arg_on_page"],
                    type=click.IntRange(1, 100),
                    default=100,
                    show_default=True,
                    help="Items per request (the API's page size).",
                )
            )
            self.python["arg_on_page"] = "on_page"
            if name == "list":
                params.append(
                    click.Option(
                        ["--limit"], type=click.IntRange(1), help="Stop after N items, fetching only the pages needed."
                    )
                )
        if spec().by_operation[op_id].body is not None:
            params.append(
                click.Option(
                    ["--body"],
                    type=click.File("r"),
                    help="The whole JSON body from FILE (- for stdin) instead of the field options; checked against the spec.",
                )
            )
        params += _common_options()
        description = _plain(details.get("description", ""))
        text = self.summary + "." if not self.summary.endswith(".") else self.summary
        if description and description.rstrip(".") != self.summary.rstrip("."):
            text += "\n\n" + "\n".join(textwrap.wrap(description, 100))
        text += f"\n\n\b\nExample:\n  {_example(resource, name if name != 'page' else 'list', entry).replace(' list', ' page 2', 1) if name == 'page' else _example(resource, name, entry)}\n\n\b\n{entry['http']} ({op_id})"
        super().__init__(dashed(name), params=params, callback=self.run, help=text, short_help=self.summary)

    def run(self, **values: Any) -> None:
        common = {key: values.pop(key) for key in _COMMON}
        code = _guarded(common["debug"], lambda: self.invoke_operation(values, common))
        sys.exit(code)

    def change(self, values: dict[str, Any], keywords: dict[str, Any], body: Any) -> str:
        """The change in words, naming its target, for the prompt and the done line: ``Cancel event 48213``,
        ``Create a single use link for event type 812``, ``Create user event type tag (name VIP)``. Arguments are
        named by what their description says they are the id of; a command without arguments names its required
        body fields of one value (never a secret)."""
        op_id = self.entry["operation"]
        required = set(spec().resolve(spec().by_operation[op_id].body or {}).get("required", []))
        parts: list[tuple[str, str]] = []
        for python, wire, where, positional in self.entry["args"]:
            if positional:
                value = values[f"arg_{python}"]
            elif where == "body" and wire in required and not _SECRET_WORDS.search(wire):
                value = body.get(wire) if isinstance(body, dict) else keywords.get(python)
            else:
                continue
            items = list(value) if isinstance(value, (tuple, list)) else [value]
            if value is None or any(isinstance(item, (dict, list, tuple)) for item in items):
                continue
            text = ", ".join(_shown_value(item) for item in items)
            text = text if len(text) <= 60 else text[:59] + "…"
            parts.append((_noun(arg_schema(op_id, wire, where).get("description", ""), wire), visible(text)))
        summary = self.summary.rstrip(".")
        if len(parts) == 1 and self.positional:
            noun, text = parts[0]
            return f"{summary} {text}" if summary.lower().endswith(" " + noun) else f"{summary} for {noun} {text}"
        return f"{summary} ({', '.join(f'{noun} {text}' for noun, text in parts)})" if parts else summary

    def invoke_operation(self, values: dict[str, Any], common: dict[str, Any]) -> int:
        interactive = sys.stdout.isatty()
        fmt = common["fmt"] or ("table" if interactive else "json")
        fields = [f.strip() for f in common["fields"].split(",") if f.strip()] if common["fields"] else None
        op_id = self.entry["operation"]
        if fields:
            check_fields(fields, op_id)
        limit = values.pop("limit", None)
        page_number = values.pop("page_number", None)
        body_file = values.pop("body", None)
        data: Any = None
        keywords: dict[str, Any] = {}
        positional: list[Any] = [page_number] if page_number is not None else []
        for key, value in values.items():
            python = self.python[key]
            if key in self.positional:
                positional.append(list(value) if isinstance(value, tuple) else value)
            elif value is not None and value != ():
                keywords[python] = list(value) if isinstance(value, tuple) else value
        if body_file is not None:
            given = [
                f"--{_kebab(w)}"
                for p, w, where, pos in self.entry["args"]
                if where == "body" and not pos and p in keywords
            ]
            if given:
                raise Usage(f"pass either --body or {', '.join(given)}, not both")
            data = load_json_input(body_file, "--body")
            try:
                check_body(data, spec().by_operation[op_id].body)
                keywords["body"] = _body_model(spec().by_operation[op_id].body).from_dict(data)
            except RecursionError:
                raise Usage("--body: nested too deep to read") from None
        elif self.required_body:
            missing = [flag for flag in self.required_body if self._python_of(flag) not in keywords]
            if missing:
                raise Usage(f"missing {', '.join(missing)} (or pass the whole body with --body FILE)")
        options = connection(common)
        if common["dry_run"]:
            return _dry_run(self.resource, self.method, positional, keywords, options)
        change = self.change(values, keywords, data)
        if self.mutating and not common["yes"]:
            _confirm(change + "?")
        if limit is not None:
            keywords["on_page"] = min(limit, keywords.get("on_page", 100))
        from simplymeet_client import SimplyMeet

        progress = {"pages": 0}
        if interactive and self.entry["lists"]:
            options["httpx_args"] = {
                "event_hooks": {"response": [lambda _: progress.__setitem__("pages", progress["pages"] + 1)]}
            }
        with SimplyMeet(**options) as client:
            call = getattr(getattr(client, self.resource), self.method)
            result = call(*positional, **keywords)
            if isinstance(result, Iterator) and limit is not None:
                result = itertools.islice(result, limit)
            if isinstance(result, Iterable) and not isinstance(result, (list, dict)) and interactive:
                result = _progress(iter(result), progress)
            columns = fields or (
                self.entry["columns"]
                if fmt in ("table", "csv") and self.entry["columns"] and not _single(result)
                else None
            )
            if result is not None:
                emit(result, fmt, columns, sys.stdout)
        if self.mutating:
            sys.stderr.write(change + ": done\n")
        return 0

    def _python_of(self, flag: str) -> str:
        for python, wire, _, _ in self.entry["args"]:
            if f"--{_kebab(wire)}" == flag:
                return str(python)
        return flag


_SECRET_WORDS = re.compile("secret|password|token|key", re.IGNORECASE)


def _shown_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _noun(description: str, wire: str) -> str:
    """What an argument is, from its description (``The id of the event type.``: ``event type``; ``Event ids.``:
    ``events``), else its name in words."""
    text = description.strip()
    found = re.search(
        r"\b(?:id|identifier|uuid)\b[^.]*?\bof (?:the |an? )?(?:existing )?([a-z][a-z ]*?)\.?$", text, re.IGNORECASE
    )
    if found:
        return found.group(1).lower()
    found = re.fullmatch(r"(?:the )?([a-z][a-z ]*?) ids\.?", text, flags=re.IGNORECASE)
    if found:
        return found.group(1).lower() + "s"
    return _kebab(wire).replace("-", " ")


def _single(result: Any) -> bool:
    return not isinstance(result, (Iterator, list, itertools.islice))


def _body_model(schema: Any) -> Any:
    name = str(schema["$ref"]).rsplit("/", 1)[-1]
    from simplymeet_client import models

    return getattr(models, name)


def _confirm(question: str) -> None:
    if not sys.stdin.isatty():
        raise Usage(f"{question[:-1]}: this changes data; pass --yes (no terminal to ask on)")
    if not click.confirm(question, err=True):
        raise _Declined


def _progress(items: Iterator[Any], progress: dict[str, int]) -> Iterator[Any]:
    count = 0
    for count, item in enumerate(items, 1):
        sys.stderr.write(f"\r{progress['pages']} page(s), {count} item(s)")
        sys.stderr.flush()
        yield item
    if count:
        sys.stderr.write("\n")


def _dry_run(
    resource: str, method: str, positional: list[Any], keywords: dict[str, Any], options: dict[str, Any]
) -> int:
    import httpx

    from simplymeet_client import SimplyMeet

    def capture(request: httpx.Request) -> httpx.Response:
        raise _DryRun(request)

    options = {**options, "retry": None, "httpx_args": {"transport": httpx.MockTransport(capture)}}
    with SimplyMeet(**options) as client:
        try:
            result = getattr(getattr(client, resource), method)(*positional, **keywords)
            if isinstance(result, Iterator):
                next(result, None)
        except _DryRun as dry:
            _print_request(dry.request)
    sys.stderr.write("dry run: nothing was sent\n")
    return 0


def _print_request(request: Any) -> None:
    click.echo(f"{request.method} {visible(str(request.url))}")
    if request.content:
        click.echo(json_text(json.loads(request.content), indent=2))


def _guarded(debug: bool, action: typing.Callable[[], int]) -> int:
    """Run ``action``; a known failure becomes one line on stderr and its exit code (with ``--debug``, also the
    traceback; the code stays)."""
    try:
        return action()
    except _Declined:
        sys.stderr.write("aborted\n")
        return 1
    except Exception as exc:
        failure = _failure(exc)
        if failure is None:
            raise
        if debug:
            _print_traceback(exc)
        code, message = failure
        sys.stderr.write(f"error: {visible(message)}\n")
        return code


def _print_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` (its chain, args and notes) with the key redacted and control characters escaped."""
    sys.stderr.write(visible_lines("".join(traceback.format_exception(exc))))


def _failure(exc: Exception) -> tuple[int, str] | None:
    """The exit code and one-line message for an error the command line reports (None: a bug, re-raised)."""
    import httpx

    from .errors import APIStatusError, MissingApiKey, SimplyMeetError

    if isinstance(exc, click.UsageError):
        return 2, exc.format_message()
    if isinstance(exc, MissingApiKey):  # and InvalidApiKey
        return 2, str(exc)
    if isinstance(exc, APIStatusError):
        field_errors: dict[str, list[str]] = getattr(exc, "errors", None) or {}  # a ValidationError's
        detail = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in field_errors.items())
        return 1, f"{exc.status_code} {exc.message or exc.reason}" + (f" ({detail})" if detail else "")
    if isinstance(exc, httpx.InvalidURL):  # a URL httpx cannot send: the command line's input
        return 2, f"not a URL that can be sent: {exc}"
    if isinstance(exc, httpx.TransportError):  # before SimplyMeetError: DeadlineExceeded is both
        return 3, f"network: {type(exc).__name__}: {exc}"
    if isinstance(exc, SimplyMeetError):
        return 1, str(exc).splitlines()[0]
    if isinstance(exc, (TypeError, ValueError)):  # an argument the client refused before sending
        return 2, _cli_words(str(exc))
    return None


_LIBRARY_WORDS = {
    "pass allow_insecure_http=True": "use an https:// base URL ($SIMPLYMEET_BASE_URL or the profile's base_url)",
}


def _cli_words(message: str) -> str:
    """A library message in the command line's words (no Python keyword the command line does not have)."""
    for library, words in _LIBRARY_WORDS.items():
        message = message.replace(library, words)
    return message


# ----------------------------------------------------------------------------------------- api, completion


def _api_command() -> click.Command:
    def run(method: str, path: str, query: tuple[str, ...], body: Any, **common: Any) -> None:
        sys.exit(_guarded(common["debug"], lambda: _api(method.upper(), path, query, body, common)))

    return click.Command(
        "api",
        params=[
            click.Argument(
                ["method"], type=click.Choice(["GET", "POST", "PUT", "PATCH", "DELETE"], case_sensitive=False)
            ),
            click.Argument(["path"]),
            click.Option(
                ["--query", "-q"],
                multiple=True,
                help="A query parameter k=v (repeat; PHP style kept: 'filter[state]=new').",
            ),
            click.Option(["--body"], type=click.File("r"), help="A JSON body from FILE (- for stdin)."),
            *[p for p in _common_options() if p.name not in ("fmt", "fields")],
        ],
        callback=run,
        short_help="Call any path of the API: the raw escape hatch (like gh api).",
        help=(
            "Call any path of the API with the same key handling, exit codes and guarded writes as the other "
            "commands; prints the JSON answer.\n\n\b\nExample:\n  simplymeet api GET /panel/api/event/ -q 'filter[state]=new' -q onPage=5\n"
            "  simplymeet api PUT /panel/api/event/cancel/48213 --body reason.json --yes"
        ),
    )


def _api(method: str, path: str, query: tuple[str, ...], body_file: Any, common: dict[str, Any]) -> int:
    pairs: list[tuple[str, str | int | float | bool | None]] = []
    for item in query:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise Usage(f"--query: {item!r} is not k=v")
        pairs.append((key, value))
    content = None
    if body_file is not None:
        data = load_json_input(body_file, "--body")
        try:
            content = json.dumps(data).encode()
        except RecursionError:
            raise Usage("--body: nested too deep to send") from None
    options = connection(common)
    import httpx

    from simplymeet_client import SimplyMeet

    base = httpx.URL(options.get("base_url") or os.environ.get(ENV_BASE_URL) or spec().document["servers"][0]["url"])
    url = api_url(base, path, pairs)
    if common["dry_run"]:
        _print_request(httpx.Request(method, url, content=content))
        sys.stderr.write("dry run: nothing was sent\n")
        return 0
    if method not in _READS and not common["yes"]:
        _confirm(f"{method} {visible(str(url))}?")
    with SimplyMeet(**options) as client:
        headers = {"Content-Type": "application/json"} if content is not None else {}
        response = client._client.get_httpx_client().request(method, url, content=content, headers=headers)
    try:
        answer = response.json() if response.content else None
    except ValueError:
        answer = None
    if answer is not None:
        click.echo(json_text(answer, indent=2))
    elif response.content:
        click.echo(visible_lines(response.text))
    if response.status_code >= 400:
        message = answer.get("message", "") if isinstance(answer, dict) else ""
        sys.stderr.write(f"error: {response.status_code} {visible(str(message))}".rstrip() + "\n")
        return 1
    return 0


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def api_url(base: Any, path: str, pairs: list[tuple[str, Any]]) -> Any:
    """The one URL ``simplymeet api`` sends to and ``--dry-run`` prints: PATH (``/panel/...``, joined under the base
    URL as the client's operations are) or a full URL whose scheme, host and port are the API's, plus ``-q`` pairs.

    Only the part before the path (the authority) decides the origin: ``/x?next=https://other/`` is the API's. Fails
    closed: a control character, whitespace or backslash before the query, ``//host``, ``scheme:`` without ``//``,
    user info (``https://api@evil``) and every other origin are refused before anything is sent."""
    import httpx

    from .transport import origin

    def refuse(why: str) -> Usage:
        return Usage(f"api: {visible(repr(path))} {why}; the key goes nowhere else")

    before_query = re.split(r"[?#]", path, maxsplit=1)[0]
    bad = _CONTROLS.search(path) or re.search(r"\s", path)
    if bad:
        where = f"at position {bad.start() + 1}"
        raise Usage(f"api: PATH holds a control character or whitespace {where}; percent-encode it, or use -q k=v")
    if "\\" in before_query:
        raise refuse("holds a backslash (some software reads it as /)")
    if _SCHEME.match(path):
        authority = re.match(r"[^:]*://([^/?#]*)(.*)", path, flags=re.DOTALL)
        if authority is None:
            raise refuse("is not a path on the API's origin (a full URL is scheme://host/path)")
        if "@" in authority.group(1):
            raise refuse("carries user info (user@host)")
        try:
            given = httpx.URL(path)
        except httpx.InvalidURL:
            raise refuse("is not a URL") from None
        if origin(given) != origin(base):
            raise refuse(f"is not on the API's origin ({base.scheme}://{base.netloc.decode()})")
        url = given
    elif path.startswith("//"):
        raise refuse("names a host (//host); give a path like /panel/api/... or a full URL on the API's origin")
    elif not path.startswith("/"):
        raise Usage(f"api: PATH must start with / (got {visible(repr(path))})")
    else:
        try:
            url = httpx.URL(str(base).rstrip("/") + path)
        except httpx.InvalidURL as exc:
            raise Usage(f"api: {visible(repr(path))} is not a path that can be sent ({exc})") from None
        if origin(url) != origin(base):  # cannot be, by construction; checked all the same
            raise refuse("is not on the API's origin")
    return url.copy_merge_params(httpx.QueryParams(pairs)) if pairs else url


def _drift_command() -> click.Command:
    def run(path: str, as_json: bool, origins: tuple[str, ...]) -> None:
        from . import drift_report

        document = drift_report.Spec(spec().document)
        sys.exit(drift_report.report(Path(path), document, as_json=as_json, origins=origins, shown=visible,
                                     json_text=json_text))  # fmt: skip

    return click.Command(
        "drift",
        params=[
            click.Argument(["path"], type=click.Path(exists=False)),
            click.Option(["--json", "as_json"], is_flag=True, help="The findings as one JSON array."),
            click.Option(
                ["--origin", "origins"],
                multiple=True,
                metavar="URL",
                help="Another origin whose HAR entries are the API's (a staging host, say), besides "
                "https://secure.simplymeet.me, loopback and SIMPLYMEET_BASE_URL; repeatable. Other hosts' entries "
                "are listed once as ignored.",
            ),
        ],
        callback=run,
        short_help="Recorded traffic (a HAR file or recordings) against the spec of this client.",
        help=(
            "Check recorded traffic against the spec this client was generated from: a HAR file saved from the "
            "browser's developer tools while using the SimplyMeet.me panel, or a directory of recordings. Reads only "
            "the file; prints one line per difference (personal data masked), so the report can be sent to the "
            "client's maintainers.\n\nExit status: 0 no drift, 1 findings, 2 the input cannot be read.\n\n"
            "\b\nExamples:\n  simplymeet drift session.har\n"
            "  simplymeet drift session.har --origin https://staging.simplymeet.example"
        ),
    )


# Exit codes of ``simplymeet auth check`` (README, "Checking a key").
KEY_VALID, KEY_REJECTED = 0, 4


def _auth_group() -> click.Group:
    def run(**common: Any) -> None:
        sys.exit(_guarded(common["debug"], lambda: _check_key(common)))

    check = click.Command(
        "check",
        params=[p for p in _common_options() if p.name in ("api_key_file", "profile", "debug")],
        callback=run,
        short_help="Whether the API accepts the key (one authenticated GET; the key stays in the header).",
        help=(
            "Ask the API whether the key is accepted, with one cheap authenticated GET that changes nothing. The key "
            "is sent only in the X-API-KEY header, never in a URL, and never printed.\n\n"
            f"Exit status: {KEY_VALID} the key is accepted (prints whose it is), {KEY_REJECTED} the API rejected it "
            "(401), 1 another API error, 2 no key or a bad key file, 3 network.\n\n"
            "\b\nExample:\n  simplymeet auth check --profile work && echo ok"
        ),
    )
    return SuggestingGroup("auth", commands={"check": check}, short_help="The API key: check it.")


def _check_key(common: dict[str, Any]) -> int:
    from simplymeet_client import SimplyMeet

    options = connection(common)
    with SimplyMeet(**options) as client:
        answer = client.check_key()
        if not answer:
            sys.stderr.write(f"error: {answer.status_code}: the API rejected the key\n")
            return KEY_REJECTED
        email = getattr(answer.user, "email", None)
        who = f" ({email})" if isinstance(email, str) else ""
        sys.stdout.write(visible(f"key accepted by {client.base_url}{who}") + "\n")
        return KEY_VALID


def _completion_command() -> click.Command:
    def run(shell: str) -> None:
        from click.shell_completion import get_completion_class

        completion = get_completion_class(shell)
        assert completion is not None
        click.echo(completion(build(), {}, "simplymeet", "_SIMPLYMEET_COMPLETE").source())

    return click.Command(
        "completion",
        params=[click.Argument(["shell"], type=click.Choice(["bash", "zsh", "fish"]))],
        callback=run,
        short_help="Print the shell completion script (bash, zsh, fish).",
        help=(
            "Print the completion script for SHELL.\n\n\b\nInstall:\n"
            "  bash: simplymeet completion bash > ~/.local/share/bash-completion/completions/simplymeet\n"
            '  zsh:  simplymeet completion zsh > "${fpath[1]}/_simplymeet"\n'
            "  fish: simplymeet completion fish > ~/.config/fish/completions/simplymeet.fish"
        ),
    )


# --------------------------------------------------------------------------------------------------- groups


class SuggestingGroup(click.Group):
    """A group whose unknown command names the closest known one, as unknown options do."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if not name.startswith("-") and self.get_command(ctx, name) is None and not ctx.resilient_parsing:
            raise Usage(f"No such command {name!r}{closest(name, self.list_commands(ctx))}", ctx=ctx)
        return super().resolve_command(ctx, args)


class ResourceGroup(SuggestingGroup):
    def __init__(self, resource: str) -> None:
        self.resource = resource
        entries = index()[resource]
        names = ", ".join(dashed(n) for n in entries)
        super().__init__(dashed(resource), help=f"{dashed(resource)}: {names}.")

    def _entries(self) -> dict[str, dict[str, Any]]:
        entries = dict(index()[self.resource])
        if any(entry["lists"] for entry in entries.values()):
            entries["page"] = next(entry for entry in entries.values() if entry["lists"])
        return entries

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [dashed(name) for name in self._entries()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        for name, entry in self._entries().items():
            if dashed(name) == cmd_name:
                return OperationCommand(self.resource, name, entry)
        return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name, entry in self._entries().items():
            summary = operation(entry["operation"]).get("summary", "")
            rows.append((dashed(name), ("One page of: " + summary) if name == "page" else summary))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


class Root(SuggestingGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*(dashed(r) for r in index()), "api", "auth", "completion", "drift"]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "api":
            return _api_command()
        if cmd_name == "auth":
            return _auth_group()
        if cmd_name == "completion":
            return _completion_command()
        if cmd_name == "drift":
            return _drift_command()
        for resource in index():
            if dashed(resource) == cmd_name:
                return ResourceGroup(resource)
        return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(dashed(r), ", ".join(dashed(n) for n in methods)) for r, methods in index().items()]
        with formatter.section("Resources and their commands"):
            formatter.write_dl(rows)
        with formatter.section("Other commands"):
            formatter.write_dl(
                [
                    ("api", "Call any path of the API (like gh api)."),
                    ("auth check", "Whether the API accepts the key (exit 0 yes, 4 no)."),
                    ("completion", "Print the shell completion script."),
                ]
            )


def _version() -> str:
    import importlib.metadata

    try:
        version = importlib.metadata.version("simplymeet-client")
    except importlib.metadata.PackageNotFoundError:
        version = "0+checkout"
    api = spec().document["info"]["version"]
    return f"simplymeet {version} (spec {api}, Python {platform.python_version()})"


def build() -> click.Group:
    """The ``simplymeet`` command group (commands built on demand)."""

    def show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            click.echo(_version())
            ctx.exit()

    return Root(
        "simplymeet",
        help=(
            "The SimplyMeet.me API from the command line: simplymeet RESOURCE COMMAND [ARGS] [--options].\n\n"
            f"The key: ${ENV_API_KEY}, --api-key-file FILE, or a profile of {config_path()}."
        ),
        params=[
            click.Option(
                ["--version"],
                is_flag=True,
                expose_value=False,
                is_eager=True,
                callback=show_version,
                help="Show the client's, the spec's and Python's versions.",
            )
        ],
    )


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: typing.TextIO | None = None,
    line: str | None = None,
) -> None:
    """``warnings.showwarning`` of the command line: ``warning: MESSAGE``, one line (no source line of the library),
    safe for the terminal: a warning may quote the API's data or the key."""
    (file or sys.stderr).write(f"warning: {visible(str(message))}\n")


def _excepthook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    """An error the command line does not know (a bug): its traceback, the key redacted, controls escaped."""
    sys.stderr.write(visible_lines("".join(traceback.format_exception(kind, exc, tb))))


def _safe_records() -> None:
    """Log records (``SIMPLYMEET_LOG``: retries, spec drift naming the API's property names) made safe for the
    terminal like everything else the command line writes."""
    import logging

    plain_record = logging.getLogRecordFactory()

    def record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        made = plain_record(*args, **kwargs)
        with contextlib.suppress(Exception):  # a record that cannot be formatted is logging's to report
            made.msg, made.args = visible(made.getMessage()), None
        return made

    logging.setLogRecordFactory(record)


def main(argv: list[str] | None = None) -> None:
    """Run the command line: a usage mistake is one line and exit 2."""
    sys.excepthook = _excepthook
    warnings.showwarning = _show_warning
    _safe_records()
    try:
        build().main(args=argv, prog_name="simplymeet", standalone_mode=False)
    except click.UsageError as exc:
        hint = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
        click.echo(f"error: {visible(exc.format_message())}{hint}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    sys.exit(0)
