"""Exceptions: one class per status code of ``jixiao.h``.

Every error the library reports becomes a :class:`JixiaoError` subclass that carries the status
``code`` and its ``code_name`` ("invalid_package"), the message in Chinese and in English, and where
in the input the problem is: the JSON ``path`` ("$.projects[0].funds.total.executed"), the 1-based
``line`` and ``column`` (None when not known). Each class also derives from the closest built-in
exception (``ValueError``, ``ZeroDivisionError``, ``OSError`` …) so that generic handlers work.
"""

from __future__ import annotations

from typing import Dict, Optional, Type

__all__ = [
    "JixiaoError",
    "InvalidNumberError",
    "OutOfRangeError",
    "DivisionByZeroError",
    "RoundingNecessaryError",
    "InvalidArgumentError",
    "InvalidJsonError",
    "InvalidPackageError",
    "InvalidPolicyError",
    "UnknownPolicyError",
    "JixiaoIOError",
    "NullArgumentError",
    "InvalidUtf8Error",
    "JixiaoIndexError",
    "JixiaoMemoryError",
    "InternalError",
    "LibraryNotFoundError",
    "error_class",
]

JX_ERR_INVALID_NUMBER = 1
JX_ERR_OUT_OF_RANGE = 2
JX_ERR_DIVISION_BY_ZERO = 3
JX_ERR_ROUNDING_NECESSARY = 4
JX_ERR_INVALID_ARGUMENT = 5
JX_ERR_INVALID_JSON = 6
JX_ERR_INVALID_PACKAGE = 7
JX_ERR_INVALID_POLICY = 8
JX_ERR_UNKNOWN_POLICY = 9
JX_ERR_IO = 10
JX_ERR_NULL_ARGUMENT = 100
JX_ERR_INVALID_UTF8 = 101
JX_ERR_INDEX = 102
JX_ERR_NO_MEMORY = 103
JX_ERR_INTERNAL = 104

#: The names jx_status_name gives, for errors the binding raises itself (before any library call).
CODE_NAMES: Dict[int, str] = {
    JX_ERR_INVALID_NUMBER: "invalid_number",
    JX_ERR_OUT_OF_RANGE: "out_of_range",
    JX_ERR_DIVISION_BY_ZERO: "division_by_zero",
    JX_ERR_ROUNDING_NECESSARY: "rounding_necessary",
    JX_ERR_INVALID_ARGUMENT: "invalid_argument",
    JX_ERR_INVALID_JSON: "invalid_json",
    JX_ERR_INVALID_PACKAGE: "invalid_package",
    JX_ERR_INVALID_POLICY: "invalid_policy",
    JX_ERR_UNKNOWN_POLICY: "unknown_policy",
    JX_ERR_IO: "io_error",
    JX_ERR_NULL_ARGUMENT: "null_argument",
    JX_ERR_INVALID_UTF8: "invalid_utf8",
    JX_ERR_INDEX: "index",
    JX_ERR_NO_MEMORY: "no_memory",
    JX_ERR_INTERNAL: "internal",
}


class JixiaoError(Exception):
    """An error reported by jixiao.

    Attributes:
        code: the status code (``JX_ERR_*``), e.g. 7.
        code_name: its name from ``jx_status_name``, e.g. ``"invalid_package"``.
        message_zh: the message in Chinese (what ``str()`` gives).
        message_en: the message in English.
        path: the JSON path of the offending value, or None.
        line, column: its 1-based position in the input text, or None.
    """

    code: int = 0
    code_name: str = "unknown"

    def __init__(
        self,
        message_zh: str = "",
        message_en: str = "",
        *,
        code: Optional[int] = None,
        code_name: Optional[str] = None,
        path: Optional[str] = None,
        line: Optional[int] = None,
        column: Optional[int] = None,
    ) -> None:
        super().__init__(message_zh or message_en)
        if code is not None:
            self.code = code
        if code_name is not None:
            self.code_name = code_name
        self.message_zh = message_zh
        self.message_en = message_en or message_zh
        self.path = path or None
        self.line = line or None
        self.column = column or None

    @property
    def message(self) -> str:
        """The Chinese message (the library's primary language)."""
        return self.message_zh

    def message_in(self, lang: str = "zh") -> str:
        """The message in ``"zh"`` or ``"en"``."""
        return self.message_en if lang == "en" else self.message_zh

    def __str__(self) -> str:
        return self.message_zh or self.message_en

    def __repr__(self) -> str:
        where = ""
        if self.path:
            where += f", path={self.path!r}"
        if self.line:
            where += f", line={self.line}, column={self.column}"
        return f"{type(self).__name__}({self.code_name}: {self.message_en!r}{where})"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (
            _rebuild,
            (type(self), self.message_zh, self.message_en, self.code, self.code_name, self.path,
             self.line, self.column),
        )


def _rebuild(cls, zh, en, code, name, path, line, column):  # type: ignore[no-untyped-def]
    return cls(zh, en, code=code, code_name=name, path=path, line=line, column=column)


class InvalidNumberError(JixiaoError, ValueError):
    """数字格式错误: text that is not a number (``"1.2.3"``)."""

    code, code_name = JX_ERR_INVALID_NUMBER, "invalid_number"


class OutOfRangeError(JixiaoError, OverflowError):
    """超出范围: more than 38 digits, or a scale beyond 38."""

    code, code_name = JX_ERR_OUT_OF_RANGE, "out_of_range"


class DivisionByZeroError(JixiaoError, ZeroDivisionError):
    """除数为零."""

    code, code_name = JX_ERR_DIVISION_BY_ZERO, "division_by_zero"


class RoundingNecessaryError(JixiaoError, ArithmeticError):
    """Rounding mode ``unnecessary`` and the value would change."""

    code, code_name = JX_ERR_ROUNDING_NECESSARY, "rounding_necessary"


class InvalidArgumentError(JixiaoError, ValueError):
    """An argument the library refuses (an unknown operator or rounding mode, a bad scale …)."""

    code, code_name = JX_ERR_INVALID_ARGUMENT, "invalid_argument"


class InvalidJsonError(JixiaoError, ValueError):
    """Text that is not JSON; ``line`` and ``column`` say where the parser stopped."""

    code, code_name = JX_ERR_INVALID_JSON, "invalid_json"


class InvalidPackageError(JixiaoError, ValueError):
    """JSON that is not a package: a wrong type, a bad amount …; ``path`` names the value."""

    code, code_name = JX_ERR_INVALID_PACKAGE, "invalid_package"


class InvalidPolicyError(JixiaoError, ValueError):
    """JSON that is not a policy, or a policy that does not validate."""

    code, code_name = JX_ERR_INVALID_POLICY, "invalid_policy"


class UnknownPolicyError(JixiaoError, LookupError):
    """A policy name that is not built in (see :func:`jixiao.builtin_policies`)."""

    code, code_name = JX_ERR_UNKNOWN_POLICY, "unknown_policy"


class JixiaoIOError(JixiaoError, OSError):
    """A file that cannot be read. Also an :class:`OSError`."""

    code, code_name = JX_ERR_IO, "io_error"


class NullArgumentError(JixiaoError, ValueError):
    """A required argument was None (NULL)."""

    code, code_name = JX_ERR_NULL_ARGUMENT, "null_argument"


class InvalidUtf8Error(JixiaoError, ValueError):
    """Text that is not valid UTF-8."""

    code, code_name = JX_ERR_INVALID_UTF8, "invalid_utf8"


class JixiaoIndexError(JixiaoError, IndexError):
    """An index beyond the count."""

    code, code_name = JX_ERR_INDEX, "index"


class JixiaoMemoryError(JixiaoError, MemoryError):
    """The library ran out of memory."""

    code, code_name = JX_ERR_NO_MEMORY, "no_memory"


class InternalError(JixiaoError, RuntimeError):
    """A bug in jixiao: please report the message."""

    code, code_name = JX_ERR_INTERNAL, "internal"


class LibraryNotFoundError(OSError):
    """``libjixiao_c`` cannot be found or loaded, lacks functions, or has another ABI version."""


_BY_CODE: Dict[int, Type[JixiaoError]] = {
    cls.code: cls
    for cls in (
        InvalidNumberError,
        OutOfRangeError,
        DivisionByZeroError,
        RoundingNecessaryError,
        InvalidArgumentError,
        InvalidJsonError,
        InvalidPackageError,
        InvalidPolicyError,
        UnknownPolicyError,
        JixiaoIOError,
        NullArgumentError,
        InvalidUtf8Error,
        JixiaoIndexError,
        JixiaoMemoryError,
        InternalError,
    )
}


def error_class(code: int) -> Type[JixiaoError]:
    """The exception class for a status code (JixiaoError for codes this binding does not know)."""
    return _BY_CODE.get(code, JixiaoError)


def make_error(
    code: int,
    code_name: str,
    message_zh: str,
    message_en: str,
    path: str = "",
    line: int = 0,
    column: int = 0,
) -> JixiaoError:
    """The exception for an error the library reported."""
    cls = error_class(code)
    return cls(message_zh, message_en, code=code, code_name=code_name or CODE_NAMES.get(code, "unknown"),
               path=path, line=line, column=column)


def binding_error(code: int, message_zh: str, message_en: str, path: str = "") -> JixiaoError:
    """An error the binding raises itself, before calling the library, with the library's code."""
    return make_error(code, CODE_NAMES.get(code, "unknown"), message_zh, message_en, path)
