"""Project tooling (run as modules from the project root: ``python -m tools.generate`` and so on)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The project root (the checkout)."""
NODE_BIN = ROOT / "node" / "node_modules" / ".bin"
"""The pinned Node tools (``make node-deps``): prism, spectral, redocly, openapi-typescript, tsc."""
SPEC = ROOT / "openapi" / "simplymeet.yaml"
"""The spec: the source of truth everything else is built from."""
