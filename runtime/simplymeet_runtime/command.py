"""The ``simplymeet`` console script (and ``python -m simplymeet_client``): the command line, or how to get it."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from . import cli
    except ImportError as exc:
        sys.exit(f"simplymeet: the command line needs: pip install 'simplymeet-client[cli]' ({exc})")
    cli.main()


if __name__ == "__main__":
    main()
