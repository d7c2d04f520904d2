"""The OpenAPI document this package was generated from, as shipped beside it (``openapi.json``)."""

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
