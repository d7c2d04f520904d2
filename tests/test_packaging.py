"""`pip install .` ships simplymeet_client (generated/) and simplymeet_runtime (runtime/) with py.typed and only the runtime deps it needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from tools import ROOT


def archive_text(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(next(n for n in archive.namelist() if n.endswith(suffix))).decode()


def test_wheel_contains_typed_package(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("simplymeet_client-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    assert "simplymeet_client/py.typed" in names
    assert "simplymeet_client/api/meeting/list_events.py" in names
    assert "simplymeet_client/models/event_dto.py" in names
    # The hand-written runtime the generated code imports ships beside it, typed too.
    assert {"simplymeet_runtime/py.typed", "simplymeet_runtime/retry.py", "simplymeet_runtime/pagination.py"} <= names
    assert not any(n.startswith(("tests/", "tools/", "generated/", "runtime/")) for n in names)
    requires = metadata.get_all("Requires-Dist", [])
    requirements = {r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires if "extra ==" not in r}
    assert requirements == {"httpx", "attrs", "msgspec", "sniffio"}
    assert sorted(r.replace('"', "'") for r in requires if "extra ==" in r) == [
        "click>=8.1; extra == 'cli'",
        "rich>=13; extra == 'cli'",
    ]
    assert "simplymeet_client/__main__.py" in names and "simplymeet_runtime/cli.py" in names
    entry_points = archive_text(wheel, ".dist-info/entry_points.txt")
    assert "simplymeet = simplymeet_client.__main__:main" in entry_points
