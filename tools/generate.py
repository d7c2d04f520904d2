"""Regenerate the client from openapi/simplymeet.yaml.

    python -m tools.generate            # rewrite generated/simplymeet_client
    python -m tools.generate --out DIR  # write DIR/simplymeet_client instead (freshness test)

One pass from one context (the spec, its facts from tools/codegen.py, openapi/resources.yaml through
tools/resources_gen.py): openapi-python-client renders api/, models/, client.py, types.py with templates/
(small deltas on its own), then the project's own templates/project/ render what it does not make: the
resources (one module each), the clients, the command index, the testing, spec and webhooks modules,
__main__.py, openapi.json, and the README's table of methods. The output is deterministic: it is rendered
into a temporary directory, ruff fixes and formats it with this project's settings, and the result
replaces the target package whole. Nothing in generated/ is edited by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from tools import ROOT, SPEC, codegen, resources_gen

PACKAGE = "simplymeet_client"
BIN = Path(sys.executable).parent


def annotation(text: str) -> str:
    """A type in a class with a method named ``list``, which shadows the builtin there: ``builtins.list[...]``."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def to_json(value: Any, indent: int | None = None, ascii: bool = True) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=ascii)


def own_files(context: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(template in templates/project/, file in the package, what it adds to the context): what openapi-python-client
    does not make. The templates are the project's own, with no upstream counterpart."""
    files = [
        ("__main__.py.jinja", "__main__.py", {}),
        ("testing.py.jinja", "testing.py", {}),
        ("spec.py.jinja", "spec.py", {}),
        ("openapi.json.jinja", "openapi.json", {}),
        ("commands.json.jinja", "commands.json", {}),
        ("resources/__init__.py.jinja", "resources/__init__.py", {}),
        ("resources/_client.py.jinja", "resources/_client.py", {}),
        ("resources/_types.py.jinja", "resources/_types.py", {}),
        *[("resources/resource.py.jinja", f"resources/{r.name}.py", {"r": r}) for r in context["resources"]],
    ]
    if context["hooks"] is not None:
        files.append(("webhooks.py.jinja", "webhooks.py", {}))
    return files


def render(dest: Path) -> Path:
    """Render the package into ``dest/PACKAGE`` and return that path.

    openapi-python-client runs in-process (not its CLI) so that the templates also get
    :func:`tools.codegen.template_globals`: facts of the spec the generator does not hand them.
    """
    target = dest / PACKAGE
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yaml"),
        MetaType.NONE,
        SPEC,
        "utf-8",
        overwrite=True,
        output_path=target,
    )
    spec = yaml.safe_load(SPEC.read_text())
    openapi = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    if isinstance(openapi, GeneratorError):
        sys.exit(f"openapi-python-client: {openapi.header}: {openapi.detail}")
    helpers = codegen.template_globals(spec)
    helpers["spec"].models = {model.class_info.name: model for model in openapi.models}
    helpers["spec"].describe_parameters(
        endpoint for collection in openapi.endpoint_collections_by_tag.values() for endpoint in collection.endpoints
    )
    # One context for every template: the parser's (openapi-python-client hands its own templates their part of
    # it), the spec's facts (tools/codegen.py) and the resources (tools/resources_gen.py, openapi/resources.yaml).
    context: dict[str, Any] = {**resources_gen.context(helpers["spec"], openapi), "document": spec}
    context["hooks"] = helpers["spec"].webhooks()
    context["commands"] = resources_gen.commands(context["resources"])
    project = Project(openapi=openapi, config=config, custom_template_path=ROOT / "templates")
    project.env.globals.update(helpers)
    project.env.filters.update(annotation=annotation, json=to_json)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = [*openapi.errors, *project.build()]
    if problems:  # as the CLI's --fail-on-warning
        sys.exit("openapi-python-client: " + "; ".join(f"{p.header}: {p.detail}" for p in problems))
    (target / "resources").mkdir()
    for template, name, extra in own_files(context):
        text = project.env.get_template(f"project/{template}").render(**context, **extra)
        (target / name).write_text(text if text.endswith("\n") else text + "\n")
    ruff = [str(BIN / "ruff"), "--config", str(ROOT / "ruff-generated.toml")]
    subprocess.run([*ruff[:1], "check", *ruff[1:], "--fix-only", "--quiet", str(target)], check=True)
    subprocess.run([*ruff[:1], "format", *ruff[1:], "--quiet", str(target)], check=True)
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    (target / "py.typed").write_text(project.env.get_template("project/py.typed.jinja").render())
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        rendered = render(Path(tmp))
        final = args.out / PACKAGE
        shutil.rmtree(final, ignore_errors=True)
        shutil.copytree(rendered, final)
    resources_gen.update_readme(path=ROOT / "docs" / "client.md")  # the client guide's table of every method
    print(f"generated {final.relative_to(ROOT) if final.is_relative_to(ROOT) else final}")


if __name__ == "__main__":
    main()
