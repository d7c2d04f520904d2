"""Regenerate the client from openapi/simplymeet.yaml.

    python -m tools.generate            # rewrite generated/simplymeet_client
    python -m tools.generate --out DIR  # write DIR/simplymeet_client instead (freshness test)

The output is deterministic: openapi-python-client renders the spec with our templates/ into a
temporary directory, ruff fixes and formats it with this project's settings, and the result
replaces the target package whole. Nothing in generated/ is edited by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from tools import ROOT, SPEC, codegen, resources_gen

PACKAGE = "simplymeet_client"
MAIN = '''"""`python -m simplymeet_client`: the command line (as the `simplymeet` script); needs the `cli` extra."""

from simplymeet_runtime.command import main

if __name__ == "__main__":
    main()
'''
BIN = Path(sys.executable).parent


TESTING = '''"""A stateful fake of the SimplyMeet.me API for your tests; its behaviour: :mod:`simplymeet_runtime.fake`.

    fake = FakeSimplyMeet()          # a deterministic data set (seed=0)
    sm = fake.client()               # a SimplyMeet answered in-process by the fake
    with fake.serve() as base_url:   # the same state over HTTP on 127.0.0.1
        ...

With pytest, the ``simplymeet_fake`` fixture gives a fresh one per test.
"""

from simplymeet_runtime.fake import Delivery, Request
from simplymeet_runtime.fake import FakeSimplyMeet as _FakeSimplyMeet

from .resources import AsyncSimplyMeet, SimplyMeet


class FakeSimplyMeet(_FakeSimplyMeet[SimplyMeet, AsyncSimplyMeet]):
    __doc__ = _FakeSimplyMeet.__doc__
    _client_class = SimplyMeet
    _async_client_class = AsyncSimplyMeet
    _package = __name__.rpartition(".")[0]


__all__ = ["Delivery", "FakeSimplyMeet", "Request"]
'''


SPEC_MODULE = '''"""The OpenAPI document this package was generated from, as shipped beside it (``openapi.json``)."""

from pathlib import Path
from typing import Any

from simplymeet_runtime.spec import load_document, package_file

PACKAGE = __name__.rpartition(".")[0]


def openapi() -> dict[str, Any]:
    """The spec as a dict (a fresh copy)."""
    return load_document(PACKAGE)


def path() -> Path:
    """Where ``openapi.json`` is installed."""
    return package_file(PACKAGE, "openapi.json")


__all__ = ["openapi", "path"]
'''


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
    project = Project(openapi=openapi, config=config, custom_template_path=ROOT / "templates")
    project.env.globals.update(helpers)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = [*openapi.errors, *project.build()]
    if problems:  # as the CLI's --fail-on-warning
        sys.exit("openapi-python-client: " + "; ".join(f"{p.header}: {p.detail}" for p in problems))
    (target / "__main__.py").write_text(MAIN)
    # The resource-style client (tools/resources_gen.py) over the generated functions.
    (target / "resources.py").write_text(resources_gen.render(helpers["spec"], openapi))
    (target / "commands.json").write_text(resources_gen.commands(helpers["spec"], openapi))
    # Not a template openapi-python-client knows: the receiving side of the spec's `webhooks` section.
    hooks = helpers["spec"].webhooks()
    if hooks is not None:
        (target / "webhooks.py").write_text(project.env.get_template("webhooks.py.jinja").render(hooks=hooks))
    # The spec itself, for the fake (simplymeet_client.testing) and for anyone who wants it at run time. Indented,
    # keys in the YAML's order (PyYAML keeps it), so that a diff of it reads like a diff of the spec.
    (target / "openapi.json").write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n")
    (target / "testing.py").write_text(TESTING)
    (target / "spec.py").write_text(SPEC_MODULE)
    ruff = [str(BIN / "ruff"), "--config", str(ROOT / "ruff-generated.toml")]
    subprocess.run([*ruff[:1], "check", *ruff[1:], "--fix-only", "--quiet", str(target)], check=True)
    subprocess.run([*ruff[:1], "format", *ruff[1:], "--quiet", str(target)], check=True)
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    (target / "py.typed").write_text("# Marker file for PEP 561\n")
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
    resources_gen.update_readme(ROOT / "docs" / "client.md")  # the client guide's table of every method
    print(f"generated {final.relative_to(ROOT) if final.is_relative_to(ROOT) else final}")


if __name__ == "__main__":
    main()
