"""PEP 517 / PEP 660 build backend for the jixiao Python package: setuptools, offline.

It is ``setuptools.build_meta`` whenever that can build a wheel. setuptools before 70.1 needs the
separate ``wheel`` package for that, and machines without network access often have setuptools
but not ``wheel`` (``error: invalid command 'bdist_wheel'``); there this backend writes the wheel
itself with the standard library. The package is pure Python (ctypes), so a wheel is just its files,
the metadata from pyproject.toml, and a RECORD. ``pip install --no-build-isolation bindings/python``
then works either way, and ``pip install -e`` too.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import sysconfig
import tarfile
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from setuptools import build_meta as _setuptools

try:  # setuptools ≥ 70.1 carries bdist_wheel itself; older ones need the wheel package
    from setuptools.command.bdist_wheel import bdist_wheel as _bdist_wheel  # noqa: F401

    _SETUPTOOLS_CAN_BUILD = True
except ImportError:
    try:
        import wheel  # noqa: F401

        _SETUPTOOLS_CAN_BUILD = True
    except ImportError:
        _SETUPTOOLS_CAN_BUILD = False

if os.environ.get("JIXIAO_BUILD_BACKEND") == "stdlib":  # to test the fallback where wheel exists
    _SETUPTOOLS_CAN_BUILD = False

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "jixiao"

# ---- metadata from pyproject.toml ---------------------------------------------------------------


def _project() -> Dict[str, Any]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib  # Python 3.11+

        return dict(tomllib.loads(text)["project"])
    except ImportError:  # pragma: no cover - older Pythons: the few keys used below
        project: Dict[str, Any] = {}
        section = re.search(r"^\[project\]\s*$(.*?)(?=^\[)", text, re.M | re.S)
        body = section.group(1) if section else ""
        for key in ("name", "version", "description", "requires-python", "readme"):
            m = re.search(rf'^{re.escape(key)}\s*=\s*"([^"]*)"', body, re.M)
            if m:
                project[key] = m.group(1)
        return project


def _dist_name(project: Dict[str, Any]) -> str:
    return re.sub(r"[-_.]+", "_", project["name"]).lower()


def _metadata(project: Dict[str, Any]) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
    ]
    if project.get("description"):
        lines.append(f"Summary: {project['description']}")
    if project.get("keywords"):
        lines.append(f"Keywords: {','.join(project['keywords'])}")
    for classifier in project.get("classifiers", []):
        lines.append(f"Classifier: {classifier}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    body = ""
    readme = project.get("readme")
    if isinstance(readme, str) and (ROOT / readme).is_file():
        lines.append("Description-Content-Type: text/markdown")
        body = (ROOT / readme).read_text(encoding="utf-8")
    return "\n".join(lines) + "\n\n" + body


def _package_files() -> List[Path]:
    """The files of the package: its .py files, py.typed, and a bundled _lib/libjixiao_c.so*."""
    files = []
    for path in sorted((ROOT / PACKAGE).rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(ROOT / PACKAGE)
        if path.suffix == ".py" or path.name == "py.typed" or (rel.parts[0] == "_lib" and ".so" in path.name):
            files.append(path)
    return files


def _bundles_library() -> bool:
    return any(p.relative_to(ROOT / PACKAGE).parts[0] == "_lib" for p in _package_files())


def _tag() -> str:
    if _bundles_library():
        return "py3-none-" + re.sub(r"[-.]", "_", sysconfig.get_platform())
    return "py3-none-any"


# ---- writing a wheel ----------------------------------------------------------------------------


class _Wheel:
    def __init__(self, directory: str, project: Dict[str, Any], tag: str) -> None:
        self.dist = _dist_name(project)
        self.version = project["version"]
        self.tag = tag
        self.filename = f"{self.dist}-{self.version}-{tag}.whl"
        self.info = f"{self.dist}-{self.version}.dist-info"
        self.path = os.path.join(directory, self.filename)
        self.zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED)
        self.records: List[Tuple[str, str, int]] = []

    def add(self, arcname: str, data: bytes) -> None:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        info = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = (0o755 if arcname.endswith((".so", ".so.1")) else 0o644) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        self.records.append((arcname, f"sha256={digest}", len(data)))

    def finish(self, metadata: str) -> str:
        self.add(f"{self.info}/METADATA", metadata.encode("utf-8"))
        purelib = "true" if self.tag.endswith("-any") else "false"
        wheel = (
            "Wheel-Version: 1.0\n"
            "Generator: jixiao_backend\n"
            f"Root-Is-Purelib: {purelib}\n"
            f"Tag: {self.tag}\n"
        )
        self.add(f"{self.info}/WHEEL", wheel.encode("ascii"))
        self.add(f"{self.info}/top_level.txt", f"{PACKAGE}\n".encode("ascii"))
        record = io.StringIO()
        for name, digest, size in self.records:
            record.write(f"{name},{digest},{size}\n")
        record.write(f"{self.info}/RECORD,,\n")
        info = zipfile.ZipInfo(f"{self.info}/RECORD", date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        self.zip.writestr(info, record.getvalue())
        self.zip.close()
        return self.filename


def _write_metadata_dir(directory: str) -> str:
    project = _project()
    info = f"{_dist_name(project)}-{project['version']}.dist-info"
    os.makedirs(os.path.join(directory, info), exist_ok=True)
    with open(os.path.join(directory, info, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata(project))
    return info


# ---- the PEP 517 hooks ------------------------------------------------------------------------------


def get_requires_for_build_wheel(config_settings: Optional[Dict[str, Any]] = None) -> List[str]:
    if _SETUPTOOLS_CAN_BUILD:
        return _setuptools.get_requires_for_build_wheel(config_settings)
    return []


def get_requires_for_build_sdist(config_settings: Optional[Dict[str, Any]] = None) -> List[str]:
    return []


def get_requires_for_build_editable(config_settings: Optional[Dict[str, Any]] = None) -> List[str]:
    if _SETUPTOOLS_CAN_BUILD and hasattr(_setuptools, "get_requires_for_build_editable"):
        return _setuptools.get_requires_for_build_editable(config_settings)
    return []


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: Optional[Dict[str, Any]] = None
) -> str:
    if _SETUPTOOLS_CAN_BUILD:
        return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)
    return _write_metadata_dir(metadata_directory)


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: Optional[Dict[str, Any]] = None
) -> str:
    if _SETUPTOOLS_CAN_BUILD and hasattr(_setuptools, "prepare_metadata_for_build_editable"):
        return _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)
    return _write_metadata_dir(metadata_directory)


def build_wheel(
    wheel_directory: str,
    config_settings: Optional[Dict[str, Any]] = None,
    metadata_directory: Optional[str] = None,
) -> str:
    if _SETUPTOOLS_CAN_BUILD:
        return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    project = _project()
    wheel = _Wheel(wheel_directory, project, _tag())
    for path in _package_files():
        wheel.add(path.relative_to(ROOT).as_posix(), path.read_bytes())
    return wheel.finish(_metadata(project))


def build_editable(
    wheel_directory: str,
    config_settings: Optional[Dict[str, Any]] = None,
    metadata_directory: Optional[str] = None,
) -> str:
    if _SETUPTOOLS_CAN_BUILD and hasattr(_setuptools, "build_editable"):
        return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
    project = _project()
    wheel = _Wheel(wheel_directory, project, "py3-none-any")
    # A .pth line puts the source directory on sys.path: edits take effect without reinstalling.
    wheel.add(f"__editable__.{_dist_name(project)}.pth", (str(ROOT) + "\n").encode("utf-8"))
    return wheel.finish(_metadata(project))


def build_sdist(sdist_directory: str, config_settings: Optional[Dict[str, Any]] = None) -> str:
    if _SETUPTOOLS_CAN_BUILD:
        return _setuptools.build_sdist(sdist_directory, config_settings)
    project = _project()
    base = f"{_dist_name(project)}-{project['version']}"
    filename = f"{base}.tar.gz"
    members = [ROOT / "pyproject.toml", ROOT / "README.md", *_package_files()]
    members += sorted((ROOT / "_build_backend").glob("*.py"))
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for path in members:
            if path.is_file():
                tar.add(str(path), arcname=f"{base}/{path.relative_to(ROOT).as_posix()}")
        pkg_info = _metadata(project).encode("utf-8")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        info.size = len(pkg_info)
        tar.addfile(info, io.BytesIO(pkg_info))
    return filename
