"""What the tests share: where the repository's files are, and the bundled example."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BINDING = HERE.parent  # bindings/python
# The repository root: $JIXIAO_SOURCE_DIR, else two levels above bindings/python.
SOURCE_DIR = Path(os.environ.get("JIXIAO_SOURCE_DIR") or BINDING.parent.parent)
EXAMPLE = SOURCE_DIR / "examples" / "hengshan-2024" / "package.json"
HEADER = SOURCE_DIR / "capi" / "include" / "jixiao.h"

# The tests run against the package in this source tree, whatever else is installed.
if str(BINDING) not in sys.path:
    sys.path.insert(0, str(BINDING))


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
