"""Exact decimal arithmetic through jixiao's decimal core (``jx_decimal_*``).

Every value goes in as ``str``, ``int`` or :class:`decimal.Decimal` and comes back as a
:class:`decimal.Decimal`; a ``float`` is refused with :class:`TypeError`, since it is not exact
(``0.1`` is 0.1000000000000000055511151231257827…). Text may be what people type: ``"1,234.50"``,
full-width digits, spaces — the library's parser decides.
"""

from __future__ import annotations

import ctypes
import decimal
import enum
from typing import Optional, Union

from . import _native
from .errors import JX_ERR_INVALID_ARGUMENT, binding_error

__all__ = [
    "RoundingMode",
    "Number",
    "decimal_calc",
    "parse_decimal",
    "format_decimal",
    "decimal_add",
    "decimal_sub",
    "decimal_mul",
    "decimal_div",
    "decimal_round",
    "decimal_compare",
]

#: What the decimal functions accept: text, an int or a decimal.Decimal (never a float).
Number = Union[str, int, decimal.Decimal]


class RoundingMode(enum.IntEnum):
    """Rounding modes (``JX_ROUND_*``, the numbers of ``jixiao::RoundingMode``)."""

    HALF_UP = 0  #: 四舍五入: half away from zero (−2.5 → −3)
    HALF_EVEN = 1  #: banker's rounding
    HALF_DOWN = 2  #: half towards zero
    UP = 3  #: away from zero
    DOWN = 4  #: towards zero (truncate)
    CEILING = 5  #: towards +∞
    FLOOR = 6  #: towards −∞
    UNNECESSARY = 7  #: exact, or RoundingNecessaryError

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def coerce(cls, mode: Union["RoundingMode", int, str]) -> "RoundingMode":
        """A RoundingMode from itself, its number, or a name: ``"half_up"``, ``"HALF_UP"`` or
        Python's ``decimal.ROUND_HALF_UP``."""
        if isinstance(mode, bool):
            raise TypeError("rounding mode must be a RoundingMode, int or str, not bool")
        if isinstance(mode, int):
            try:
                return cls(mode)
            except ValueError:
                raise binding_error(
                    JX_ERR_INVALID_ARGUMENT,
                    f"未知的舍入方式 {mode}",
                    f"unknown rounding mode {mode}",
                ) from None
        if isinstance(mode, str):
            key = mode.strip().upper()
            if key.startswith("ROUND_"):
                key = key[len("ROUND_"):]
            try:
                return cls[key]
            except KeyError:
                names = ", ".join(m.name.lower() for m in cls)
                raise binding_error(
                    JX_ERR_INVALID_ARGUMENT,
                    f"未知的舍入方式“{mode}”，可用：{names}",
                    f"unknown rounding mode '{mode}'; one of: {names}",
                ) from None
        raise TypeError(f"rounding mode must be a RoundingMode, int or str, not {type(mode).__name__}")


def number_text(value: Number, what: str = "value") -> str:
    """The decimal text of a str, int or Decimal for the library; float and bool are TypeError."""
    if isinstance(value, bool):
        raise TypeError(f"{what} must be str, int or decimal.Decimal, not bool")
    if isinstance(value, float):
        raise TypeError(
            f"{what} must be str, int or decimal.Decimal, not float: a float is not exact "
            f"(pass '{value!r}' or decimal.Decimal('{value!r}') instead)"
        )
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, decimal.Decimal):
        # Plain notation: the library reads no exponent in text. NaN and infinities go through as
        # text and are refused by the library's parser (InvalidNumberError).
        return format(value, "f") if value.is_finite() else str(value)
    raise TypeError(f"{what} must be str, int or decimal.Decimal, not {type(value).__name__}")


def optional_text(value: Optional[Number], what: str = "value") -> Optional[str]:
    """As number_text, with None (a blank cell) kept."""
    return None if value is None else number_text(value, what)


def to_decimal(text: Optional[str]) -> Optional[decimal.Decimal]:
    """Library decimal text ("98.00") into an exact Decimal; None stays None."""
    if text is None or text == "":
        return None
    return decimal.Decimal(text)


# ---- jx_decimal by value ---------------------------------------------------------------------


def _from_struct(d: _native.jx_decimal) -> decimal.Decimal:
    coefficient = d.hi * (1 << 64) + d.lo
    sign = 1 if coefficient < 0 else 0
    digits = tuple(int(c) for c in str(abs(coefficient)))
    return decimal.Decimal((sign, digits, -d.scale))


def _to_struct(value: Number, what: str = "value") -> _native.jx_decimal:
    out = _native.jx_decimal()
    text = _native.encode(number_text(value, what), what)
    _native.call(_native.lib().jx_decimal_parse, text, ctypes.byref(out))
    return out


def parse_decimal(text: Number) -> decimal.Decimal:
    """Parses text as the library does (``"1,234.50"``, ``"１２.５"``, ``" 7 "``) into a Decimal.

    Raises InvalidNumberError (with the position in the message) or OutOfRangeError.
    """
    return _from_struct(_to_struct(text, "text"))


def format_decimal(value: Number) -> str:
    """The library's plain text of a value (``"-1234.50"``), at the value's own scale."""
    buf = ctypes.create_string_buffer(64)
    _native.call(_native.lib().jx_decimal_format, _to_struct(value), buf, ctypes.sizeof(buf))
    return buf.value.decode("ascii")


def _binary(fn_name: str, a: Number, b: Number) -> decimal.Decimal:
    out = _native.jx_decimal()
    fn = getattr(_native.lib(), fn_name)
    _native.call(fn, _to_struct(a, "a"), _to_struct(b, "b"), ctypes.byref(out))
    return _from_struct(out)


def decimal_add(a: Number, b: Number) -> decimal.Decimal:
    """a + b, exact (the larger scale of the two)."""
    return _binary("jx_decimal_add", a, b)


def decimal_sub(a: Number, b: Number) -> decimal.Decimal:
    """a − b, exact."""
    return _binary("jx_decimal_sub", a, b)


def decimal_mul(a: Number, b: Number) -> decimal.Decimal:
    """a × b, exact (the scales add); OutOfRangeError beyond 38 digits."""
    return _binary("jx_decimal_mul", a, b)


def decimal_div(
    a: Number, b: Number, scale: int = 2, mode: Union[RoundingMode, int, str] = RoundingMode.HALF_UP
) -> decimal.Decimal:
    """a ÷ b rounded to ``scale`` places by ``mode``; DivisionByZeroError when b is 0."""
    out = _native.jx_decimal()
    _native.call(
        _native.lib().jx_decimal_div,
        _to_struct(a, "a"),
        _to_struct(b, "b"),
        _scale(scale),
        int(RoundingMode.coerce(mode)),
        ctypes.byref(out),
    )
    return _from_struct(out)


def decimal_round(
    a: Number, scale: int = 2, mode: Union[RoundingMode, int, str] = RoundingMode.HALF_UP
) -> decimal.Decimal:
    """a rounded to ``scale`` places by ``mode`` (RoundingNecessaryError for ``unnecessary`` when
    the value would change)."""
    out = _native.jx_decimal()
    _native.call(
        _native.lib().jx_decimal_round,
        _to_struct(a, "a"),
        _scale(scale),
        int(RoundingMode.coerce(mode)),
        ctypes.byref(out),
    )
    return _from_struct(out)


def decimal_compare(a: Number, b: Number) -> int:
    """−1, 0 or 1, numerically (``2.50`` equals ``2.5``)."""
    out = ctypes.c_int()
    _native.call(_native.lib().jx_decimal_compare, _to_struct(a, "a"), _to_struct(b, "b"), ctypes.byref(out))
    return out.value


def _scale(scale: int) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int):
        raise TypeError(f"scale must be an int, not {type(scale).__name__}")
    if not -(2**31) <= scale < 2**31:
        raise binding_error(JX_ERR_INVALID_ARGUMENT, f"小数位数 {scale} 超出范围", f"scale {scale} is out of range")
    return scale


# ---- jx_decimal_calc on text -------------------------------------------------------------------

_OPS = {
    "+": b"+", "add": b"+",
    "-": b"-", "sub": b"-", "−": b"-",
    "*": b"*", "mul": b"*", "×": b"*",
    "/": b"/", "div": b"/", "÷": b"/",
    "r": b"r", "round": b"r",
}


def decimal_calc(
    a: Number,
    op: str,
    b: Optional[Number] = None,
    scale: int = 2,
    mode: Union[RoundingMode, int, str] = RoundingMode.HALF_UP,
) -> decimal.Decimal:
    """One exact operation on decimal text, by ``jx_decimal_calc``.

    Args:
        a, b: the operands as str, int or decimal.Decimal (a float is a TypeError). ``b`` is not
            used by ``"r"`` and may be omitted there.
        op: ``"+"``, ``"-"``, ``"*"``, ``"/"`` or ``"r"`` (round ``a``); also ``"add"``, ``"sub"``,
            ``"mul"``, ``"div"``, ``"round"``.
        scale, mode: places and rounding mode for ``"/"`` and ``"r"`` (default 2 places, half up —
            四舍五入保留2位).

    Returns:
        the exact result as a decimal.Decimal (``decimal_calc("0.1", "+", "0.25") == Decimal("0.35")``).

    Raises:
        TypeError for a float; InvalidNumberError, OutOfRangeError, DivisionByZeroError,
        RoundingNecessaryError, InvalidArgumentError as the library reports them.
    """
    try:
        op_byte = _OPS[op]
    except (KeyError, TypeError):
        raise binding_error(
            JX_ERR_INVALID_ARGUMENT,
            f"未知的运算“{op}”，可用 + - * / r",
            f"unknown operation '{op}'; one of + - * / r",
        ) from None
    a_text = _native.encode(number_text(a, "a"), "a")
    if b is None:
        if op_byte != b"r":
            raise TypeError(f"decimal_calc: operation '{op}' needs b")
        b_text = b"0"
    else:
        b_text = _native.encode(number_text(b, "b"), "b")
    out = ctypes.c_void_p()
    _native.call(
        _native.lib().jx_decimal_calc,
        a_text,
        op_byte,
        b_text,
        _scale(scale),
        int(RoundingMode.coerce(mode)),
        ctypes.byref(out),
    )
    result = _native.take_string(out)
    assert result is not None
    return decimal.Decimal(result)
