"""Scoring policies (评分规则): built in, from a file, or from JSON."""

from __future__ import annotations

import ctypes
import decimal
import json
import os
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from . import _native
from ._handle import Handle

__all__ = ["Policy", "PolicyLike", "builtin_policies", "DEFAULT_POLICY"]

#: The policy used when none is named (财预〔2020〕10号).
DEFAULT_POLICY = "national-2020"


def builtin_policies() -> List[str]:
    """The ids of the built-in policies: ``["national-2020", "hubei-20-40-40", "grades-80-70-60"]``."""
    L = _native.lib()
    names = []
    for i in range(L.jx_policy_builtin_count()):
        name = _native.decode(L.jx_policy_builtin_name(i))
        if name is not None:
            names.append(name)
    return names


def _json_default(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def json_text(source: Union[str, bytes, bytearray, Mapping[str, Any]], what: str) -> bytes:
    """UTF-8 JSON text from text, bytes or a dict (Decimals written as strings).

    The text goes to the library with its length, as is: an embedded NUL is not looked for here
    (the library's reader rejects it as invalid JSON, with its line and column).
    """
    # Most common first: bytes as read from a file, then str; a dict is the rare case.
    if source.__class__ is bytes:
        return source  # type: ignore[return-value]
    if isinstance(source, str):
        return _utf8(source, what)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, Mapping):
        return _utf8(json.dumps(source, ensure_ascii=False, default=_json_default), what)
    raise TypeError(f"{what} must be str, bytes or dict, not {type(source).__name__}")


def _utf8(text: str, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: InvalidUtf8Error, as for any other text argument
        _native.encode(text, what)
        raise  # pragma: no cover - encode raised


class Policy(Handle):
    """A scoring policy (``jx_policy``).

    Make one with :meth:`builtin`, :meth:`from_file` or :meth:`from_json`; pass it (or just a
    built-in name or a file path) as ``policy=`` to :meth:`jixiao.Package.evaluate`,
    :meth:`~jixiao.Package.audit` and the scoring functions. ``with Policy.builtin(...) as p:``
    frees it on leaving the block.
    """

    _free_name = "jx_policy_free"
    _kind = "policy"

    def __init__(self, ptr: int) -> None:
        super().__init__(ptr)
        self._dict: Optional[Dict[str, Any]] = None

    @classmethod
    def builtin(cls, name: str = DEFAULT_POLICY) -> "Policy":
        """A built-in policy by id; UnknownPolicyError for another name."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_policy_builtin, _native.encode(name, "name"), ctypes.byref(out))
        return cls(out.value or 0)

    @classmethod
    def from_file(cls, path: Union[str, "os.PathLike[str]"]) -> "Policy":
        """A policy from a JSON file; JixiaoIOError, InvalidJsonError or InvalidPolicyError (with
        the JSON path, line and column)."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_policy_from_file, _native.encode(os.fsencode(path), "path"),
                     ctypes.byref(out))
        return cls(out.value or 0)

    @classmethod
    def from_json(cls, source: Union[str, bytes, bytearray, Mapping[str, Any]]) -> "Policy":
        """A policy from JSON text (str or UTF-8 bytes) or a dict."""
        data = json_text(source, "policy JSON")
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_policy_from_json, data, len(data), ctypes.byref(out))
        return cls(out.value or 0)

    def to_json(self) -> str:
        """The complete policy as JSON (every member written)."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_policy_to_json, self._handle(), ctypes.byref(out))
        return _native.take_string(out) or ""

    def to_dict(self) -> Dict[str, Any]:
        """:meth:`to_json` parsed, numbers as decimal.Decimal."""
        return json.loads(self.to_json(), parse_float=decimal.Decimal)

    def _info(self) -> Dict[str, Any]:
        if self._dict is None:
            self._dict = self.to_dict()
        return self._dict

    @property
    def id(self) -> str:
        """The policy's id (``"national-2020"``)."""
        return str(self._info().get("id", ""))

    @property
    def name(self) -> str:
        """Its Chinese name."""
        return str(self._info().get("name", ""))

    @property
    def name_en(self) -> str:
        """Its English name."""
        return str(self._info().get("name_en", ""))

    def __repr__(self) -> str:
        if self.closed:
            return "<jixiao.Policy closed>"
        return f"<jixiao.Policy {self.id!r}>"


#: What ``policy=`` accepts: None (the default), a built-in id, a JSON file path, or a Policy.
PolicyLike = Union[None, str, "os.PathLike[str]", Policy]


def resolve_policy(policy: PolicyLike) -> Tuple[Optional[Policy], bool]:
    """(the Policy to pass or None for NULL, whether the caller owns it and must close it)."""
    if policy is None:
        return None, False
    if isinstance(policy, Policy):
        policy._handle()  # ValueError when closed
        return policy, False
    if isinstance(policy, os.PathLike):
        return Policy.from_file(policy), True
    if isinstance(policy, str):
        looks_like_path = (
            os.sep in policy
            or (os.altsep is not None and os.altsep in policy)
            or policy.lower().endswith(".json")
        )
        if looks_like_path or (os.path.isfile(policy) and policy not in builtin_policies()):
            return Policy.from_file(policy), True
        return Policy.builtin(policy), True
    raise TypeError(f"policy must be None, a name, a path or a jixiao.Policy, not {type(policy).__name__}")
