"""The ctypes layer: finding ``libjixiao_c``, declaring every function of ``jixiao.h``, and the
small helpers the rest of the package uses to cross the boundary (strings in and out, status
codes into exceptions).

Nothing here is public API; use the names re-exported by :mod:`jixiao`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import warnings
from ctypes import (
    POINTER,
    Structure,
    c_char,
    c_char_p,
    c_int,
    c_int32,
    c_int64,
    c_size_t,
    c_uint16,
    c_uint32,
    c_uint64,
    c_void_p,
    c_wchar,
    c_wchar_p,
)
from pathlib import Path
from typing import Any, Callable, List, Optional, Sequence, Tuple, Union

from . import errors as _errors
from .errors import LibraryNotFoundError

#: The ABI this binding is written against (``JX_ABI_VERSION``, the SONAME ``libjixiao_c.so.1``).
ABI_VERSION = 1
#: The library version this binding was written against (``JX_VERSION_NUMBER``, 0.1.0).
VERSION_NUMBER = 100
VERSION_STRING = "0.1.0"

#: The bundled library, if a wheel or an install step put one beside the package.
BUNDLED_LIBRARY = Path(__file__).resolve().parent / "_lib" / "libjixiao_c.so.1"
#: The environment variable naming the library's full path.
LIBRARY_ENV = "JIXIAO_LIBRARY"

# ---- constants of jixiao.h -------------------------------------------------------------------

JX_OK = 0
JX_LANG_ZH = 0
JX_LANG_EN = 1
JX_MONEY_YUAN = 0
JX_MONEY_WAN_YUAN = 1
#: ``JX_FORM_DEPARTMENT`` = ``(size_t)-1``.
JX_FORM_DEPARTMENT = ctypes.c_size_t(-1).value


# ---- structs ------------------------------------------------------------------------------------


class jx_decimal(Structure):
    """``(hi · 2^64 + lo) · 10^-scale``: a 128-bit two's-complement coefficient and a scale."""

    _fields_ = [("hi", c_int64), ("lo", c_uint64), ("scale", c_int32)]


class jx_form_info(Structure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("kind", c_char_p),
        ("name", c_char_p),
        ("path", c_char_p),
        ("total", c_char_p),
        ("filed_total", c_char_p),
        ("grade", c_char_p),
        ("grade_en", c_char_p),
        ("execution_rate", c_char_p),
        ("execution_score", c_char_p),
        ("total_explanation_zh", c_char_p),
        ("total_explanation_en", c_char_p),
        ("indicator_count", c_size_t),
    ]


class jx_indicator_info(Structure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("path", c_char_p),
        ("name", c_char_p),
        ("weight", c_char_p),
        ("filed_score", c_char_p),
        ("computed_score", c_char_p),
        ("counted_score", c_char_p),
        ("method", c_char_p),
        ("explanation_zh", c_char_p),
        ("explanation_en", c_char_p),
    ]


class jx_finding_info(Structure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("code", c_char_p),
        ("severity", c_int),
        ("form", c_char_p),
        ("form_name", c_char_p),
        ("row", c_char_p),
        ("field", c_char_p),
        ("path", c_char_p),
        ("message_zh", c_char_p),
        ("message_en", c_char_p),
        ("expected", c_char_p),
        ("found", c_char_p),
    ]


# The same two structs seen as arrays of pointer-sized words (ctypes makes c_size_t the unsigned
# type of the size of void *): word 0 is struct_size (set as an int), then the strings in the order
# above, then (jx_form_info) indicator_count, read with c_size_t.from_buffer. One slice copies every
# string (``info[1:12]``: bytes or None) where the structs take one attribute read per field. Used with
# the *_words declarations (WORD_VIEWS), whose arrays hold one such run of words per form or row.
WORD = ctypes.sizeof(c_size_t)
jx_form_info_words = c_char_p * 13
jx_indicator_info_words = c_char_p * 10
#: jx_finding_info's word 2 is not a string: its first four bytes are the int severity (read through
#: an int view of the same buffer), the rest padding.
jx_finding_info_words = c_char_p * 12


# Opaque handles: pointers the binding never dereferences.
jx_package_p = c_void_p
jx_policy_p = c_void_p
jx_result_p = c_void_p
jx_audit_p = c_void_p

# ---- declarations: every function of jixiao.h, in the header's order --------------------------

_S = c_char_p  # const char * in (bytes or None)
_OWNED = POINTER(c_void_p)  # char ** out: the caller frees with jx_string_free
_BORROWED = POINTER(c_char_p)  # const char ** out: owned by a handle, copied at once

_SIGNATURES: Sequence[Tuple[str, Any, List[Any]]] = (
    # versions
    ("jx_version_number", c_int, []),
    ("jx_version_string", c_char_p, []),
    ("jx_abi_version", c_int, []),
    # status codes and the last error
    ("jx_status_name", c_char_p, [c_int]),
    ("jx_last_error_code", c_int, []),
    ("jx_last_error_message", c_char_p, [c_int]),
    ("jx_last_error_path", c_char_p, []),
    ("jx_last_error_line", c_int, []),
    ("jx_last_error_column", c_int, []),
    ("jx_clear_error", None, []),
    ("jx_string_free", None, [c_void_p]),
    # decimals
    ("jx_decimal_parse", c_int, [_S, POINTER(jx_decimal)]),
    ("jx_decimal_format", c_int, [jx_decimal, POINTER(c_char), c_size_t]),
    ("jx_decimal_add", c_int, [jx_decimal, jx_decimal, POINTER(jx_decimal)]),
    ("jx_decimal_sub", c_int, [jx_decimal, jx_decimal, POINTER(jx_decimal)]),
    ("jx_decimal_mul", c_int, [jx_decimal, jx_decimal, POINTER(jx_decimal)]),
    ("jx_decimal_div", c_int, [jx_decimal, jx_decimal, c_int, c_int, POINTER(jx_decimal)]),
    ("jx_decimal_round", c_int, [jx_decimal, c_int, c_int, POINTER(jx_decimal)]),
    ("jx_decimal_compare", c_int, [jx_decimal, jx_decimal, POINTER(c_int)]),
    ("jx_decimal_calc", c_int, [_S, c_char, _S, c_int, c_int, _OWNED]),
    # packages
    ("jx_package_from_json", c_int, [c_char_p, c_size_t, POINTER(jx_package_p)]),
    ("jx_package_from_json_utf16", c_int, [POINTER(c_uint16), c_size_t, POINTER(jx_package_p)]),
    ("jx_package_from_json_utf32", c_int, [POINTER(c_uint32), c_size_t, POINTER(jx_package_p)]),
    ("jx_package_from_file", c_int, [_S, POINTER(jx_package_p)]),
    ("jx_package_to_json", c_int, [jx_package_p, _OWNED]),
    ("jx_package_free", None, [jx_package_p]),
    ("jx_package_warning_count", c_int, [jx_package_p, POINTER(c_size_t)]),
    ("jx_package_warning", c_int, [jx_package_p, c_size_t, c_int, _BORROWED, _BORROWED]),
    ("jx_package_new", c_int, [_S, c_int, c_int, POINTER(jx_package_p)]),
    ("jx_package_set_department", c_int, [jx_package_p, _S]),
    ("jx_package_add_project", c_int, [jx_package_p, _S, _S, POINTER(c_size_t)]),
    ("jx_form_set_funds", c_int, [jx_package_p, c_size_t, _S, _S, _S, _S, _S]),
    ("jx_form_add_indicator", c_int, [jx_package_p, c_size_t, _S, _S, _S, _S, _S, _S, _S, _S, _S]),
    ("jx_form_set_total", c_int, [jx_package_p, c_size_t, _S, _S]),
    # policies
    ("jx_policy_builtin", c_int, [_S, POINTER(jx_policy_p)]),
    ("jx_policy_from_json", c_int, [c_char_p, c_size_t, POINTER(jx_policy_p)]),
    ("jx_policy_from_file", c_int, [_S, POINTER(jx_policy_p)]),
    ("jx_policy_to_json", c_int, [jx_policy_p, _OWNED]),
    ("jx_policy_free", None, [jx_policy_p]),
    ("jx_policy_builtin_count", c_size_t, []),
    ("jx_policy_builtin_name", c_char_p, [c_size_t]),
    # evaluation
    ("jx_evaluate", c_int, [jx_package_p, jx_policy_p, POINTER(jx_result_p)]),
    ("jx_evaluate_json", c_int, [c_char_p, c_size_t, jx_policy_p, POINTER(jx_result_p)]),
    ("jx_evaluate_json_utf16", c_int, [POINTER(c_uint16), c_size_t, jx_policy_p, POINTER(jx_result_p)]),
    ("jx_evaluate_json_utf32", c_int, [POINTER(c_uint32), c_size_t, jx_policy_p, POINTER(jx_result_p)]),
    ("jx_evaluate_json_batch", c_int,
     [POINTER(c_char_p), POINTER(c_size_t), c_size_t, jx_policy_p, POINTER(jx_result_p), POINTER(c_size_t)]),
    ("jx_evaluate_json_batch_utf16", c_int,
     [POINTER(POINTER(c_uint16)), POINTER(c_size_t), c_size_t, jx_policy_p, POINTER(jx_result_p), POINTER(c_size_t)]),
    ("jx_evaluate_json_batch_utf32", c_int,
     [POINTER(POINTER(c_uint32)), POINTER(c_size_t), c_size_t, jx_policy_p, POINTER(jx_result_p), POINTER(c_size_t)]),
    ("jx_result_to_json", c_int, [jx_result_p, _OWNED]),
    ("jx_result_free", None, [jx_result_p]),
    ("jx_result_form_count", c_int, [jx_result_p, POINTER(c_size_t)]),
    ("jx_result_form", c_int, [jx_result_p, c_size_t, POINTER(jx_form_info)]),
    ("jx_result_forms", c_int, [jx_result_p, POINTER(jx_form_info), c_size_t, POINTER(c_size_t)]),
    ("jx_results_forms", c_int,
     [POINTER(jx_result_p), c_size_t, POINTER(jx_form_info), c_size_t, POINTER(c_size_t), POINTER(c_size_t)]),
    ("jx_result_indicator", c_int, [jx_result_p, c_size_t, c_size_t, POINTER(jx_indicator_info)]),
    ("jx_result_indicators", c_int,
     [jx_result_p, c_size_t, POINTER(jx_indicator_info), c_size_t, POINTER(c_size_t)]),
    # audit
    ("jx_audit_package", c_int, [jx_package_p, jx_policy_p, POINTER(jx_audit_p)]),
    ("jx_audit_to_json", c_int, [jx_audit_p, _OWNED]),
    ("jx_audit_free", None, [jx_audit_p]),
    ("jx_audit_result", c_int, [jx_audit_p, POINTER(jx_result_p)]),
    ("jx_audit_finding_count", c_int, [jx_audit_p, POINTER(c_size_t)]),
    ("jx_audit_finding", c_int, [jx_audit_p, c_size_t, POINTER(jx_finding_info)]),
    ("jx_audit_findings", c_int, [jx_audit_p, POINTER(jx_finding_info), c_size_t, POINTER(c_size_t)]),
    # one indicator, one execution rate
    ("jx_score_indicator", c_int, [jx_policy_p, _S, _S, _S, _S, _S, c_int, _OWNED, _OWNED]),
    ("jx_score_execution", c_int, [jx_policy_p, _S, _S, _OWNED, _OWNED]),
)

#: The names of every function the binding declares (all of ``jixiao.h``).
FUNCTION_NAMES: Tuple[str, ...] = tuple(name for name, _, _ in _SIGNATURES)

#: Second declarations of five functions, taking the *_words views of their structs (same layout;
#: for jx_result_forms and jx_results_forms an array of words, 13 per form, for jx_result_indicators
#: 10 per row, for jx_audit_findings 12 per finding): (attribute of the loaded library, C function,
#: return type, argument types).
WORD_VIEWS: Sequence[Tuple[str, str, Any, List[Any]]] = (
    ("jx_result_form_words", "jx_result_form", c_int, [jx_result_p, c_size_t, POINTER(jx_form_info_words)]),
    ("jx_result_forms_words", "jx_result_forms", c_int, [jx_result_p, POINTER(c_char_p), c_size_t, POINTER(c_size_t)]),
    ("jx_results_forms_words", "jx_results_forms", c_int,
     [POINTER(jx_result_p), c_size_t, POINTER(c_char_p), c_size_t, POINTER(c_size_t), POINTER(c_size_t)]),
    ("jx_result_indicators_words", "jx_result_indicators", c_int,
     [jx_result_p, c_size_t, POINTER(c_char_p), c_size_t, POINTER(c_size_t)]),
    ("jx_audit_findings_words", "jx_audit_findings", c_int,
     [jx_audit_p, POINTER(c_char_p), c_size_t, POINTER(c_size_t)]),
)

#: The size of C's wchar_t: 4 (UTF-32) on Linux and macOS, 2 (UTF-16) on Windows.
WCHAR_SIZE = ctypes.sizeof(c_wchar)
#: The functions of JSON text in wchar_t's encoding: jx_*_utf32 where wchar_t is 4 bytes, jx_*_utf16
#: where it is 2.
_WIDE = "_utf32" if WCHAR_SIZE == 4 else "_utf16"

#: Second declarations of the functions that read JSON text in UTF-32 / UTF-16, taking a ``str``:
#: ctypes passes it as a ``wchar_t`` copy (PyUnicode_AsWideCharString, a widening copy), which costs
#: about a third of ``str.encode()`` into UTF-8 for text with CJK characters; the library transcodes
#: it. The length passed is in wchar_t units: see wide_units.
WIDE_VIEWS: Sequence[Tuple[str, str, Any, List[Any]]] = (
    ("jx_package_from_json_wide", "jx_package_from_json" + _WIDE, c_int,
     [c_wchar_p, c_size_t, POINTER(jx_package_p)]),
    ("jx_evaluate_json_wide", "jx_evaluate_json" + _WIDE, c_int,
     [c_wchar_p, c_size_t, jx_policy_p, POINTER(jx_result_p)]),
    ("jx_evaluate_json_batch_wide", "jx_evaluate_json_batch" + _WIDE, c_int,
     [POINTER(c_wchar_p), POINTER(c_size_t), c_size_t, jx_policy_p, POINTER(jx_result_p), POINTER(c_size_t)]),
)


def wide_units(text: str) -> int:
    """The length of ``text`` in wchar_t units, what the *_wide functions take: ``len(text)`` where
    wchar_t is UTF-32; where it is UTF-16, characters beyond U+FFFF count twice (a surrogate pair)."""
    if WCHAR_SIZE == 4:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# ---- finding and loading the library -----------------------------------------------------------

_lock = threading.Lock()
_lib: Optional[ctypes.CDLL] = None
_lib_path: Optional[str] = None


def _candidates() -> List[Tuple[str, str]]:
    """(where it came from, what to pass to CDLL), in the order they are tried."""
    found: List[Tuple[str, str]] = []
    if BUNDLED_LIBRARY.is_file():
        found.append(("bundled", str(BUNDLED_LIBRARY)))
    env = os.environ.get(LIBRARY_ENV)
    if env:
        found.append((LIBRARY_ENV, env))
    system = ctypes.util.find_library("jixiao_c")
    if system:
        found.append(("find_library", system))
    found.append(("system", "libjixiao_c.so.1"))
    return found


def _declare(lib: ctypes.CDLL) -> None:
    missing = []
    for name, restype, argtypes in _SIGNATURES:
        try:
            fn = getattr(lib, name)
        except AttributeError:
            missing.append(name)
            continue
        fn.restype = restype
        fn.argtypes = argtypes
    if not missing:
        for attribute, name, restype, argtypes in tuple(WORD_VIEWS) + tuple(WIDE_VIEWS):
            fn = lib._FuncPtr((name, lib))
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(lib, attribute, fn)
    if missing:
        raise LibraryNotFoundError(
            f"{getattr(lib, '_name', 'libjixiao_c')} lacks functions of jixiao.h ABI {ABI_VERSION}: "
            + ", ".join(missing)
        )


def _load() -> ctypes.CDLL:
    tried: List[str] = []
    for origin, name in _candidates():
        try:
            lib = ctypes.CDLL(name)
        except OSError as e:
            tried.append(f"{origin} {name!r}: {e}")
            if origin == LIBRARY_ENV:
                # An explicit path that does not load is an error, not a reason to look elsewhere.
                raise LibraryNotFoundError(f"{LIBRARY_ENV}={name!r} cannot be loaded: {e}") from e
            continue
        abi_fn = getattr(lib, "jx_abi_version", None)
        if abi_fn is None:
            tried.append(f"{origin} {name!r}: no jx_abi_version (not libjixiao_c)")
            continue
        abi_fn.restype = c_int
        abi_fn.argtypes = []
        abi = abi_fn()
        if abi != ABI_VERSION:
            raise LibraryNotFoundError(
                f"{name!r} has ABI version {abi}; this binding needs ABI version {ABI_VERSION}"
            )
        _declare(lib)
        global _lib_path
        _lib_path = name
        version = lib.jx_version_number()
        if version != VERSION_NUMBER:
            loaded = (lib.jx_version_string() or b"?").decode("utf-8", "replace")
            warnings.warn(
                f"libjixiao_c {loaded} loaded from {name!r}; the jixiao binding was written for "
                f"{VERSION_STRING} (same ABI {ABI_VERSION}, so it works, but the results may differ)",
                RuntimeWarning,
                stacklevel=4,
            )
        return lib
    raise LibraryNotFoundError(
        "cannot find libjixiao_c (set JIXIAO_LIBRARY to the full path of libjixiao_c.so). Tried: "
        + "; ".join(tried)
    )


def lib() -> ctypes.CDLL:
    """The loaded library, loading it on first use."""
    global _lib
    if _lib is None:
        with _lock:
            if _lib is None:
                _lib = _load()
    return _lib


def library_path() -> str:
    """What the library was loaded from (a path or a name for the system loader)."""
    lib()
    assert _lib_path is not None
    return _lib_path


# ---- strings ----------------------------------------------------------------------------------

Text = Union[str, bytes]


def encode(value: Optional[Text], what: str = "argument") -> Optional[bytes]:
    """A str as UTF-8 bytes for a ``const char *`` argument; None stays NULL.

    Raises InvalidUtf8Error for text that is not encodable (lone surrogates) and
    InvalidArgumentError for an embedded NUL, which C would silently cut the string at.
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise _errors.binding_error(
                _errors.JX_ERR_INVALID_UTF8,
                f"{what} 不是有效的 UTF-8 文本：{e.reason}",
                f"{what} is not valid UTF-8 text: {e.reason}",
            ) from e
    elif isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    else:
        raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")
    if b"\0" in data:
        raise _errors.binding_error(
            _errors.JX_ERR_INVALID_ARGUMENT,
            f"{what} 含有 NUL 字符",
            f"{what} contains a NUL character",
        )
    return data


def decode(value: Optional[bytes]) -> Optional[str]:
    """Library UTF-8 into str; NULL stays None."""
    if value is None:
        return None
    return value.decode("utf-8", "surrogateescape")


def decode_str(value: Optional[bytes]) -> str:
    """As decode, with NULL as ""."""
    return "" if value is None else value.decode("utf-8", "surrogateescape")


def take_string(ptr: c_void_p) -> Optional[str]:
    """Copies a ``char **`` result and frees it with jx_string_free."""
    if not ptr.value:
        return None
    try:
        return ctypes.string_at(ptr.value).decode("utf-8", "surrogateescape")
    finally:
        lib().jx_string_free(ptr)
        ptr.value = None


# ---- status codes -------------------------------------------------------------------------------


def raise_last_error(status: int) -> None:
    """Raises the exception for the calling thread's last error (status is the call's result)."""
    raise last_error(status)


def last_error(status: int) -> _errors.JixiaoError:
    """The exception for the calling thread's last error (status is the call's result), which it
    clears."""
    L = lib()
    code = L.jx_last_error_code()
    if code == JX_OK:
        code = status
    name = decode_str(L.jx_status_name(code))
    zh = decode_str(L.jx_last_error_message(JX_LANG_ZH))
    en = decode_str(L.jx_last_error_message(JX_LANG_EN))
    path = decode_str(L.jx_last_error_path())
    line = L.jx_last_error_line()
    column = L.jx_last_error_column()
    L.jx_clear_error()
    return _errors.make_error(code, name, zh, en, path, line, column)


def check(status: int) -> None:
    """Raises on a non-zero status."""
    if status != JX_OK:
        raise_last_error(status)


def call(fn: Callable[..., int], *args: Any) -> None:
    """Calls a status-returning function and raises on error."""
    status = fn(*args)
    if status != JX_OK:
        raise_last_error(status)
