"""``simplymeet <resource> <method> [ARGS] [--options]``: the command line, built from the resource client.

The commands are not written one by one: :func:`build` walks the resource classes of the generated ``SimplyMeet``
and turns each method's typed signature into a click command (path parameters become arguments; query, filter
and body fields become options, typed: ints, dates, enum choices, repeated options for lists, JSON for nested
objects). So every operation of the spec is a command, and a new one appears after ``make generate``.

Exit codes: 0 success; 1 the API answered with an error; 2 a usage error (refused before any request); 3 a network
failure or timeout. No traceback unless ``--debug``. The key comes from ``SIMPLYMEET_API_KEY`` or
``--api-key-file``, never from an option, and is never printed.

Needs the ``cli`` extra (click and rich): ``pip install 'simplymeet-client[cli]'``.
"""

from __future__ import annotations

import csv
import datetime
import enum
import inspect
import json
import sys
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click
import httpx

from .errors import APIStatusError, SimplyMeetError
from .resources import ENV_API_KEY, MissingApiKey
from .wire import Unset

FORMATS = ("table", "json", "jsonl", "csv")
_READS = ("GET", "HEAD")


class _DryRun(Exception):
    def __init__(self, request: httpx.Request) -> None:
        self.request = request


class _Usage(click.UsageError):
    pass


# ------------------------------------------------------------------------------------------------- values


def plain(value: Any) -> Any:
    """Models, enums, dates and lists as JSON-ready data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, uuid.UUID)):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return value


def flatten(row: Any, prefix: str = "") -> dict[str, Any]:
    """``{"invitee": {"email": ...}}`` as ``{"invitee.email": ...}``; lists of scalars joined by ``;``."""
    if not isinstance(row, dict):
        return {prefix or "value": row}
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.update(flatten(value, name) if value else {name: ""})
        elif isinstance(value, list):
            flat[name] = ";".join(json.dumps(v) if isinstance(v, (dict, list)) else str(v) for v in value)
        else:
            flat[name] = "" if value is None else value
    return flat


def _select(rows: Iterable[dict[str, Any]], fields: list[str] | None) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {field: row.get(field, "") for field in fields} if fields else row


def emit(result: Any, fmt: str, fields: list[str] | None, out: typing.TextIO) -> None:
    """Write ``result`` (a model, a list, or an iterator of models: streamed) in ``fmt``."""
    streaming = isinstance(result, Iterator)
    items: Iterable[Any] = result if streaming or isinstance(result, list) else [result]
    if result is None:
        if fmt in ("json", "jsonl"):
            out.write("null\n" if fmt == "json" else "")
        return
    if fmt == "json":
        if not streaming and not isinstance(result, list):
            out.write(json.dumps(plain(result), indent=2) + "\n")
            return
        out.write("[")
        for index, item in enumerate(items):
            out.write(("," if index else "") + "\n  " + json.dumps(plain(item)))
            out.flush()
        out.write("\n]\n")
    elif fmt == "jsonl":
        for item in items:
            out.write(json.dumps(plain(item)) + "\n")
            out.flush()
    elif fmt == "csv":
        rows = _select((flatten(plain(item)) for item in items), fields)
        writer: csv.DictWriter[str] | None = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
            out.flush()
    else:
        from rich.console import Console
        from rich.table import Table

        table_rows = list(_select((flatten(plain(item)) for item in items), fields))
        table = Table(show_lines=False)
        columns = list(table_rows[0]) if table_rows else []
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in table_rows:
            table.add_row(*(str(row.get(column, "")) for column in columns))
        Console(file=out, width=200).print(table)


# --------------------------------------------------------------------------------------------- parameters


def _options(hint: Any) -> list[Any]:
    """The members of a union hint, without ``Unset`` and ``None``."""
    members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    return [m for m in members if m is not Unset and m is not type(None)]


def _choices(members: list[Any]) -> list[str] | None:
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return [str(item.value) for item in member]
        if typing.get_origin(member) is typing.Literal:
            return [str(arg) for arg in typing.get_args(member)]
    return None


def _is_model(member: Any) -> bool:
    return (isinstance(member, type) and hasattr(member, "from_dict")) or typing.is_typeddict(member)


def param_type(hint: Any) -> tuple[Any, bool, str]:
    """(click type, multiple, how to convert: "", "date", "json") for a parameter's type hint."""
    members = _options(hint)
    listed = [m for m in members if typing.get_origin(m) in (list, Sequence)]
    if listed:
        inner = _options(typing.get_args(listed[0])[0])
        if any(_is_model(m) for m in inner):
            return click.STRING, True, "json"
        kind, _, convert = param_type(typing.get_args(listed[0])[0])
        return kind, True, convert
    choices = _choices(members)
    if choices:
        return click.Choice(choices), False, ""
    if any(_is_model(m) for m in members):
        return click.STRING, False, "json"
    if int in members and bool not in members:
        return click.INT, False, ""
    if float in members:
        return click.FLOAT, False, ""
    if bool in members:
        return click.BOOL, False, ""
    if uuid.UUID in members:
        return click.UUID, False, ""
    if datetime.date in members and datetime.datetime not in members:
        return click.DateTime(["%Y-%m-%d"]), False, "date"
    if datetime.datetime in members and str not in members:
        return click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S%z"]), False, ""
    return click.STRING, False, ""


def _convert(value: Any, how: str, name: str) -> Any:
    if value is None or value == ():
        return value
    if how == "date":
        return [v.date() for v in value] if isinstance(value, tuple) else value.date()
    if how == "json":
        try:
            return [json.loads(v) for v in value] if isinstance(value, tuple) else json.loads(value)
        except json.JSONDecodeError as exc:
            raise _Usage(f"--{name.replace('_', '-')} must be JSON: {exc}") from None
    return list(value) if isinstance(value, tuple) else value


def _first_line(text: str | None) -> str:
    return (text or "").strip().split("\n", 1)[0]


def _arg_docs(doc: str | None) -> dict[str, str]:
    """``name: text`` lines of a docstring's Args section."""
    found: dict[str, str] = {}
    inside = False
    for line in (doc or "").splitlines():
        stripped = line.strip()
        if stripped == "Args:":
            inside = True
            continue
        if inside and stripped and not line.startswith(" " * 8) and stripped.endswith(":"):
            break
        if inside and ": " in stripped and line.startswith(" " * 4) and not line.startswith(" " * 8):
            key, text = stripped.split(": ", 1)
            found[key] = text
        elif inside and found and stripped:
            last = list(found)[-1]
            found[last] += " " + stripped
    return found


# --------------------------------------------------------------------------------------------------- build


def _common_options() -> list[click.Parameter]:
    """The options every command has."""
    return [
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(FORMATS),
            help="Output format (default: table on a terminal, json otherwise).",
        ),
        click.Option(["--fields"], help="Comma-separated columns for table/csv, e.g. id,invitee.email."),
        click.Option(
            ["--api-key-file"],
            type=click.Path(dir_okay=False, path_type=Path),
            help=f"Read the API key from a file (else ${ENV_API_KEY}).",
        ),
        click.Option(["--yes"], is_flag=True, help="Do not ask before a change (needed without a terminal)."),
        click.Option(["--dry-run"], is_flag=True, help="Print the request (method, URL, JSON body); send nothing."),
        click.Option(["--debug"], is_flag=True, help="Show tracebacks."),
    ]


def _command(client_class: Callable[..., Any], resource: str, resource_class: type, name: str) -> click.Command:
    method = getattr(resource_class, name)
    signature = inspect.signature(method)
    hints = typing.get_type_hints(method)
    docs = _arg_docs(method.__doc__)
    http = getattr(resource_class, "HTTP", {}).get("list" if name == "page" else name, "GET ")
    mutating = http.split(" ", 1)[0] not in _READS
    params: list[click.Parameter] = []
    conversions: dict[str, str] = {}
    for parameter in list(signature.parameters.values())[1:]:
        hint = hints.get(parameter.name, str)
        kind, multiple, how = param_type(hint)
        conversions[parameter.name] = how
        if parameter.kind is inspect.Parameter.POSITIONAL_ONLY:
            params.append(click.Argument([parameter.name], type=kind, nargs=-1 if multiple else 1, required=True))
        elif parameter.name == "body":
            conversions["body"] = ""  # a file, read and parsed by the body model
            params.append(
                click.Option(
                    ["--body"],
                    type=click.File("r"),
                    help="The whole JSON body from FILE (- for stdin) instead of the field options.",
                )
            )
        elif parameter.name == "concurrency":
            continue
        else:
            flag = "--" + parameter.name.rstrip("_").replace("_", "-")
            help_text = docs.get(parameter.name, "")
            if multiple:
                help_text += " (repeat for several)"
            if how == "json":
                help_text += " (JSON)"
            default = (
                None
                if parameter.default in (inspect.Parameter.empty,) or isinstance(parameter.default, Unset)
                else parameter.default
            )
            params.append(
                click.Option(
                    [flag, parameter.name],
                    type=kind,
                    multiple=multiple,
                    default=default,
                    show_default=default is not None,
                    help=help_text,
                )
            )
    body_hint = hints.get("body")
    body_model = next((m for m in _options(body_hint) if _is_model(m)), None) if body_hint else None

    positional_names = [p.name for p in params if isinstance(p, click.Argument) and p.name]
    common_options = _common_options()

    def run(**values: Any) -> None:
        common = {option.name: values.pop(option.name) for option in common_options if option.name}
        call = (resource, name, mutating, http, positional_names)
        sys.exit(_run(client_class, call, values, conversions, body_model, common))

    doc = method.__doc__ or ""
    return click.Command(
        name.replace("_", "-"),
        params=[*params, *common_options],
        callback=run,
        help=doc.split("\n\nArgs:", 1)[0].replace("``", "") + f"\n\n{http}",
        short_help=_first_line(doc),
    )


def _run(
    client_class: Callable[..., Any],
    call: tuple[str, str, bool, str, list[str]],
    values: dict[str, Any],
    conversions: dict[str, str],
    body_model: Any,
    common: dict[str, Any],
) -> int:
    resource, name, mutating, http, positional_names = call
    err = sys.stderr
    interactive = sys.stdout.isatty()
    fmt = common["fmt"] or ("table" if interactive else "json")
    fields = [f.strip() for f in common["fields"].split(",")] if common["fields"] else None
    try:
        keywords: dict[str, Any] = {}
        for key, value in values.items():
            if value is None or value == ():  # not given (an unrepeated option is an empty tuple)
                continue
            if key == "body":
                try:
                    keywords["body"] = body_model.from_dict(json.load(value))
                except (ValueError, TypeError) as exc:
                    raise _Usage(f"--body: {exc}") from None
                continue
            keywords[key] = _convert(value, conversions.get(key, ""), key)
        positional = [keywords.pop(key) for key in positional_names]
        api_key = _api_key(common["api_key_file"])
        transport: httpx.BaseTransport | None = None
        if common["dry_run"]:

            def capture(request: httpx.Request) -> httpx.Response:
                raise _DryRun(request)

            transport = httpx.MockTransport(capture)
        elif mutating and not common["yes"]:
            if not sys.stdin.isatty():
                raise _Usage(f"{resource} {name} changes data: pass --yes (no terminal to ask on)")
            if not click.confirm(f"{http.split(' ', 1)[0]} {resource} {name}: send it?", err=True):
                err.write("aborted; nothing was sent\n")
                return 0
        options: dict[str, Any] = {"api_key": api_key}
        if transport is not None:
            options["httpx_args"] = {"transport": transport}
            options["retry"] = None
        counter = {"pages": 0}

        def count(response: httpx.Response) -> None:
            counter["pages"] += 1

        if transport is None and interactive and name == "list":
            options["httpx_args"] = {"event_hooks": {"response": [count]}}
        client = client_class(**options)
        try:
            result = getattr(getattr(client, resource), name)(*positional, **keywords)
            if isinstance(result, Iterator) and interactive and not common["dry_run"]:
                result = _progress(result, counter, err)
            emit(result, fmt, fields, sys.stdout)
        finally:
            client.close()
        return 0
    except _DryRun as dry:
        request = dry.request
        click.echo(f"{request.method} {request.url}")
        if request.content:
            click.echo(json.dumps(json.loads(request.content), indent=2))
        err.write("dry run: nothing was sent\n")
        return 0
    except Exception as exc:
        failure = _failure(exc)
        if failure is None or common["debug"]:
            raise
        code, message = failure
        err.write(f"error: {message}\n")
        return code


def _failure(exc: Exception) -> tuple[int, str] | None:
    """The exit code and one-line message for an error the command line reports (None: a bug, re-raised)."""
    if isinstance(exc, click.UsageError):
        return 2, exc.format_message()
    if isinstance(exc, (MissingApiKey, TypeError, ValueError)):
        return 2, str(exc)
    if isinstance(exc, APIStatusError):
        return 1, f"{exc.status_code} {exc.message or exc.reason}"
    if isinstance(exc, httpx.TransportError):  # before SimplyMeetError: DeadlineExceeded is both
        return 3, f"network: {type(exc).__name__}: {exc}"
    if isinstance(exc, SimplyMeetError):
        return 1, str(exc).splitlines()[0]
    return None


def _progress(items: Iterator[Any], counter: dict[str, int], err: typing.TextIO) -> Iterator[Any]:
    for count, item in enumerate(items, 1):
        err.write(f"\r{counter['pages']} page(s), {count} item(s)")
        err.flush()
        yield item
    err.write("\n")


def _api_key(path: Path | None) -> str | None:
    if path is None:
        return None  # SimplyMeet reads SIMPLYMEET_API_KEY itself
    try:
        key = path.read_text().strip()
    except OSError as exc:
        raise _Usage(f"--api-key-file: cannot read {path}: {exc.strerror}") from None
    if not key:
        raise _Usage(f"--api-key-file: {path} is empty")
    return key


def build(client_class: type) -> click.Group:
    """The ``simplymeet`` command group for a generated ``SimplyMeet`` class."""
    root = click.Group(
        "simplymeet", help="The SimplyMeet.me API from the command line: simplymeet <resource> <method> ..."
    )
    hints = typing.get_type_hints(client_class)
    for resource, resource_class in hints.items():
        if not isinstance(resource_class, type) or resource.startswith("_"):
            continue
        group = click.Group(resource.replace("_", "-"), help=(resource_class.__doc__ or "").replace("``", ""))
        for name, member in inspect.getmembers(resource_class, inspect.isfunction):
            if not name.startswith("_"):
                group.add_command(_command(client_class, resource, resource_class, name))
        root.add_command(group)
    return root


def main(client_class: type, argv: list[str] | None = None) -> None:
    """Run the command line (``python -m simplymeet_client``): a usage mistake is one line and exit 2."""
    try:
        build(client_class).main(args=argv, prog_name="simplymeet", standalone_mode=False)
    except click.UsageError as exc:
        hint = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
        click.echo(f"error: {exc.format_message()}{hint}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    sys.exit(0)
