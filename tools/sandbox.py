"""``make sandbox``: :mod:`simplymeet_runtime.sandbox` (``python -m simplymeet_runtime.sandbox`` where the package is
installed) run from this checkout's ``generated/`` and ``runtime/``.

    python -m tools.sandbox [--port 4010] [--seed 0]
"""

from __future__ import annotations

import sys

from tools import ROOT

sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime")]

from simplymeet_runtime.sandbox import main

if __name__ == "__main__":
    sys.exit(main())
