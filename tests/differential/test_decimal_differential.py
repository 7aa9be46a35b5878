#!/usr/bin/env python3
"""Differential test of jixiao::Decimal against Python's stdlib `decimal` (the oracle).

Generates random operations, runs them all through jixiao-decimal-driver in one subprocess call,
computes the expected result of each with `decimal` in an exact context following jixiao's
documented semantics, and compares line by line. Stdlib only. See README.md for the protocol.

    python3 test_decimal_differential.py --driver build/tests/differential/jixiao-decimal-driver \
        --count 100000 --seed 1

Exit status 0 only when every line matches; the last line is then "N passed, 0 failed".
"""

import argparse
import collections
import random
import subprocess
import sys
import time
from decimal import (
    Context,
    Decimal as D,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    ROUND_05UP,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    setcontext,
)

MAX_DIGITS = 38
MAX_SCALE = 38
MAX_COEF = 10**MAX_DIGITS - 1

# Exact arithmetic: 400 digits hold every sum and product of two 38-digit values at any scale
# 0..38 (at most 77 digits), and Inexact is trapped so that the oracle itself cannot round.
EXACT = Context(prec=400, Emax=999999, Emin=-999999, rounding=ROUND_HALF_EVEN,
                traps=[InvalidOperation, DivisionByZero, Overflow, Inexact])
# Rounding to a scale (quantize with an explicit rounding constant); Inexact is expected here.
ROUNDING = Context(prec=400, Emax=999999, Emin=-999999, rounding=ROUND_HALF_EVEN,
                   traps=[InvalidOperation, DivisionByZero, Overflow])
# Quotients: 400 significant digits rounded with ROUND_05UP. 05UP keeps "was anything dropped"
# in the last digit, so quantizing this afterwards to any scale ≤ 38 rounds exactly as quantizing
# the exact, possibly infinite, quotient: a nonzero |a ÷ b| is above 10^-77, so its 400th digit
# lies far below 10^-38.
QUOTIENT = Context(prec=400, Emax=999999, Emin=-999999, rounding=ROUND_05UP,
                   traps=[InvalidOperation, DivisionByZero, Overflow])

MODES = {
    "half_up": ROUND_HALF_UP,  # half away from zero in Python, as in jixiao
    "half_even": ROUND_HALF_EVEN,
    "half_down": ROUND_HALF_DOWN,
    "up": ROUND_UP,
    "down": ROUND_DOWN,
    "ceiling": ROUND_CEILING,
    "floor": ROUND_FLOOR,
    "unnecessary": None,  # checked by exactness, see rounded()
}
MODE_NAMES = list(MODES)

# Anything computed outside the contexts above must not round silently either.
setcontext(EXACT.copy())

ERR_RANGE = "ERR out_of_range"
ERR_DIV0 = "ERR division_by_zero"
ERR_ROUNDING = "ERR rounding_necessary"
ERR_ARG = "ERR invalid_argument"
ERR_NUMBER = "ERR invalid_number"


# ---- the oracle ---------------------------------------------------------------------------------

def quantum(scale):
    return D(1).scaleb(-scale, EXACT)


def coefficient(d):
    """|coefficient| of d at its own exponent."""
    return int("".join(map(str, d.as_tuple().digits)))


def fits(d):
    return coefficient(d) <= MAX_COEF


def show(d):
    """jixiao's plain text: no exponent, the value's own scale, never "-0"."""
    assert d.as_tuple().exponent <= 0, d
    if d.is_zero():
        d = d.copy_abs()
    return format(d, "f")


def checked(d):
    """The expected line for an exact result d whose exponent is already the result's."""
    return (show(d),) if fits(d) else (ERR_RANGE,)


class NeedsRounding(Exception):
    pass


def rounded(value, scale, mode, exact_check):
    """value quantized to `scale` places with `mode`. For "unnecessary", exact_check(truncated)
    says whether the truncated value is exact; if not, NeedsRounding."""
    if mode == "unnecessary":
        r = value.quantize(quantum(scale), rounding=ROUND_DOWN, context=ROUNDING)
        if not exact_check(r):
            raise NeedsRounding(r)
        return r
    return value.quantize(quantum(scale), rounding=MODES[mode], context=ROUNDING)


def o_add(a, b):
    r = EXACT.add(a, b)
    s = max(-a.as_tuple().exponent, -b.as_tuple().exponent)
    # The exact sum already has exponent min(ea, eb); quantize only makes that explicit.
    return checked(r.quantize(quantum(s), context=EXACT))


def o_sub(a, b):
    r = EXACT.subtract(a, b)
    s = max(-a.as_tuple().exponent, -b.as_tuple().exponent)
    return checked(r.quantize(quantum(s), context=EXACT))


def o_mul(a, b):
    s = -a.as_tuple().exponent - b.as_tuple().exponent
    if s > MAX_SCALE:
        return (ERR_RANGE,)
    r = EXACT.multiply(a, b)
    return checked(r.quantize(quantum(s), context=EXACT))


def o_div(a, b, scale, mode):
    if not 0 <= scale <= MAX_SCALE:
        return (ERR_ARG,)
    if b.is_zero():
        return (ERR_DIV0,)
    q = QUOTIENT.divide(a, b)
    try:
        r = rounded(q, scale, mode, lambda t: EXACT.multiply(t, b) == a)
    except NeedsRounding as e:
        # Inexact under "unnecessary". If the truncated quotient is also beyond 38 digits, both
        # errors are right (the documentation does not rank them): accept either.
        return (ERR_ROUNDING,) if fits(e.args[0]) else (ERR_ROUNDING, ERR_RANGE)
    return checked(r)


def o_round(a, scale, mode):
    if not 0 <= scale <= MAX_SCALE:
        return (ERR_ARG,)
    try:
        r = rounded(a, scale, mode, lambda t: t == a)
    except NeedsRounding:
        return (ERR_ROUNDING,)
    return checked(r)


def o_strip(a):
    r = a.normalize(EXACT)
    if r.as_tuple().exponent > 0:  # 100 stays 100, not 1E+2
        r = r.quantize(D(1), context=EXACT)
    return checked(r)


def o_cmp(a, b):
    return (str(int(a.compare(b, EXACT))),)


def o_parse(plain):
    """`plain` is the ASCII, ungrouped, unpadded spelling of the text, or None if it is invalid."""
    if plain is None:
        return (ERR_NUMBER,)
    d = EXACT.create_decimal(plain)
    if -d.as_tuple().exponent > MAX_SCALE or not fits(d):
        return (ERR_RANGE,)
    return (show(d),)


def o_sci(plain):
    """Decimal::parse_scientific: the value exactly, with the scale its digits and exponent give
    (1.23E+3 is 1230, scale 0; 5e-3 is 0.005, scale 3)."""
    d = EXACT.create_decimal(plain)
    if d.as_tuple().exponent > 0:
        d = d.quantize(D(1), context=EXACT)  # a whole number: scale 0, digits written out
    if -d.as_tuple().exponent > MAX_SCALE or not fits(d):
        return (ERR_RANGE,)
    return (show(d),)


def o_coef(c, scale):
    """Decimal::from_coefficient: invalid_argument for a scale outside 0..38, out_of_range for a
    coefficient beyond 38 digits."""
    if not 0 <= scale <= MAX_SCALE:
        return (ERR_ARG,)
    if abs(c) > MAX_COEF:
        return (ERR_RANGE,)
    return (show(make(c, scale)),)


def o_props(a):
    """precision (digits of the coefficient, 1 for 0), is_integer, signum."""
    precision = len(str(coefficient(a)))
    is_integer = a == a.to_integral_value(rounding=ROUND_DOWN, context=EXACT)
    return (f"{precision} {int(is_integer)} {int(a.compare(0, EXACT))}",)


def o_fmt(a, scale, grouping, mode):
    if scale < 0:
        r = a
    else:
        try:
            r = rounded(a, scale, mode, lambda t: t == a)
        except NeedsRounding:
            return (ERR_ROUNDING,)
    if r.is_zero():
        r = r.copy_abs()
    text = format(r, ",f" if grouping else "f")
    if fits(r):
        return (text,)
    # Padding past 38 digits: to_string may print the digits or refuse; both are reasonable and
    # the documentation does not say.
    return (text, ERR_RANGE)


# ---- the generator ------------------------------------------------------------------------------

INT64_EDGES = [2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 2**64, 3037000499, 3037000500, 2**31, 10**18,
               10**19, 10**19 - 1]
SPECIAL_COEFS = [0, 1, 5, 9, 10, MAX_COEF, 10**37, 10**37 - 1, 10**37 + 1, 5 * 10**37, 10**19,
                 2 * 10**19 - 1, 99999999999999999999, 10**38 // 2, 10**38 // 3] + INT64_EDGES


def make(coef, scale):
    """The Decimal coef × 10^-scale (coef may be negative)."""
    return D((1 if coef < 0 else 0, tuple(map(int, str(abs(coef)))), -scale))


def text(d):
    return format(d, "f")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # -- pieces --
    def scale(self):
        x = self.r.random()
        if x < 0.75:
            return self.r.randint(0, 6)  # money, rates, percentages
        if x < 0.95:
            return self.r.randint(7, MAX_SCALE)
        return self.r.choice([18, 19, 20, 36, 37, MAX_SCALE])

    def ndigits(self):
        x = self.r.random()
        if x < 0.45:
            return self.r.randint(1, 9)
        if x < 0.72:
            return self.r.randint(10, 20)
        if x < 0.92:
            return self.r.randint(21, MAX_DIGITS)
        return MAX_DIGITS

    def digits(self, n):
        return self.r.randint(10 ** (n - 1) if n > 1 else 0, 10**n - 1)

    def coef(self, n=None):
        x = self.r.random()
        if n is None and x < 0.04:
            c = 0
        elif n is None and x < 0.14:
            c = self.r.choice(SPECIAL_COEFS)
        else:
            n = n or self.ndigits()
            y = self.r.random()
            if y < 0.08:
                c = 10**n - 1  # all nines: carries
            elif y < 0.14:
                c = 10 ** (n - 1)
            else:
                c = self.digits(n)
        return -c if self.r.random() < 0.4 else c

    def value(self, scale=None, n=None):
        s = self.scale() if scale is None else scale
        return make(self.coef(n), s)

    def mode(self):
        return self.r.choice(MODE_NAMES)

    def operand_text(self, d):
        # A zero is sometimes written "-0.00": jixiao reads it as 0.00.
        if d.is_zero() and self.r.random() < 0.3:
            return "-" + text(d.copy_abs())
        return text(d)

    # -- operations: each returns (line, expected outputs, kind) --
    def add_pair(self):
        x = self.r.random()
        if x < 0.4:  # same scale: the inline fast path
            s = self.scale()
            return self.value(s), self.value(s)
        if x < 0.55:  # both near the limit, same sign half of the time: overflow
            s = self.scale()
            a, b = self.value(s, MAX_DIGITS), self.value(s, self.r.randint(36, MAX_DIGITS))
            return a, b
        if x < 0.65:  # near the limit at different scales
            return self.value(None, MAX_DIGITS), self.value(None, self.r.randint(30, MAX_DIGITS))
        if x < 0.75:  # a cancels b, but a at b's scale is past 38 digits: the sum still fits
            sb = self.r.randint(1, MAX_SCALE)
            d = self.r.randint(1, sb)
            sa = sb - d
            hi = min(MAX_COEF, (2 * 10**MAX_DIGITS - 2) // 10**d)
            ac = self.r.randint(-(-10**MAX_DIGITS // 10**d), hi)
            rc = self.r.randint(ac * 10**d - MAX_COEF, MAX_COEF)
            bc = rc - ac * 10**d
            if self.r.random() < 0.5:
                ac, bc = -ac, -bc
            a, b = make(ac, sa), make(bc, sb)
            return (a, b) if self.r.random() < 0.5 else (b, a)
        return self.value(), self.value()

    def op_add(self):
        a, b = self.add_pair()
        return f"add {self.operand_text(a)} {self.operand_text(b)}", o_add(a, b), "add"

    def op_sub(self):
        a, b = self.add_pair()
        if self.r.random() < 0.5:  # the cancelling pairs above become a - (-b)
            b = b.copy_negate()
        return f"sub {self.operand_text(a)} {self.operand_text(b)}", o_sub(a, b), "sub"

    def op_mul(self):
        x = self.r.random()
        if x < 0.3:  # product near 38 digits
            na = self.r.randint(1, MAX_DIGITS)
            nb = max(1, min(MAX_DIGITS, MAX_DIGITS + 1 - na + self.r.randint(-1, 1)))
            a, b = self.value(None, na), self.value(None, nb)
        elif x < 0.45:  # around the int64 fast path
            sa = self.r.randint(0, 10)
            sb = self.r.randint(0, 10)
            a = make(self.r.choice(INT64_EDGES) * self.r.choice([1, -1]), sa)
            b = make(self.r.choice(INT64_EDGES + [self.coef()]) * self.r.choice([1, -1]), sb)
        elif x < 0.55:  # scales summing to around 38
            sa = self.r.randint(0, MAX_SCALE)
            sb = max(0, min(MAX_SCALE, MAX_SCALE - sa + self.r.randint(-2, 2)))
            a, b = self.value(sa), self.value(sb)
        elif x < 0.8:  # everyday sizes: the product fits
            a = self.value(None, self.r.randint(1, 19))
            b = self.value(None, self.r.randint(1, 19))
        else:
            a, b = self.value(), self.value()
        if self.r.random() < 0.5:
            a, b = b, a
        return f"mul {self.operand_text(a)} {self.operand_text(b)}", o_mul(a, b), "mul"

    NICE_DIVISORS = ["2", "4", "8", "16", "5", "20", "25", "40", "0.5", "0.2", "0.25", "0.4", "0.8",
                     "1.25", "3", "7", "9", "11", "1", "10", "0.1", "100", "1000", "1.5", "0.03",
                     "12", "365", "0.0001", "10000"]

    def div_tie(self):
        """a, b, scale with a ÷ b exactly a tie (or one unit beside it) at `scale`."""
        for _ in range(20):
            q, scale = self.tie_value()
            b = make(self.coef(self.r.randint(1, 6)) or 7, self.r.randint(0, 4))
            a = EXACT.multiply(q, b)
            if fits(a) and -a.as_tuple().exponent <= MAX_SCALE:
                return a, b, scale
        return make(5, 1), D(1), 0

    def op_div(self):
        x = self.r.random()
        a = self.value()
        if x < 0.15:
            a, b, scale = self.div_tie()
            mode = self.mode()
            line = f"div {self.operand_text(a)} {self.operand_text(b)} {scale} {mode}"
            return line, o_div(a, b, scale, mode), "div"
        x = self.r.random()
        if x < 0.03:
            b = make(0, self.scale())
        elif x < 0.35:
            b = D(self.r.choice(self.NICE_DIVISORS))
            if self.r.random() < 0.4:
                b = b.copy_negate()
        elif x < 0.45:  # huge quotients: overflow
            a = self.value(self.r.randint(0, 4), self.r.randint(25, MAX_DIGITS))
            b = make(self.coef(self.r.randint(1, 5)) or 1, self.r.randint(1, MAX_SCALE))
        elif x < 0.52:  # quotient near the limit: a near 10^38, b near 1
            a = self.value(self.r.randint(0, 3), MAX_DIGITS)
            k = self.r.randint(1, 30)
            b = make(10**k + self.r.randint(-3, 3), k)
        else:
            b = self.value()
        y = self.r.random()
        sa = -a.as_tuple().exponent
        if y < 0.02 and not b.is_zero():
            scale = self.r.choice([-1, -2, 39, 40, 100])
        elif y < 0.4:
            scale = max(0, min(MAX_SCALE, sa + self.r.randint(-1, 3)))  # ties with the nice divisors
        elif y < 0.8:
            scale = self.r.randint(0, 6)
        else:
            scale = self.r.randint(0, MAX_SCALE)
        mode = self.mode()
        line = f"div {self.operand_text(a)} {self.operand_text(b)} {scale} {mode}"
        return line, o_div(a, b, scale, mode), "div"

    def tie_value(self):
        """A value whose digits just after a random position are 5, 50…0, or 5 ± 1 ulp."""
        t = self.r.randint(0, 10)  # the target scale
        k = self.r.randint(1, min(6, MAX_SCALE - t))
        head = self.digits(self.r.randint(1, MAX_DIGITS - k))
        c = head * 10**k + 5 * 10 ** (k - 1) + self.r.choice([0, 0, 0, -1, 1])
        if self.r.random() < 0.4:
            c = -c
        return make(c, t + k), t

    def op_round(self):
        x = self.r.random()
        if x < 0.3:
            a, scale = self.tie_value()
        else:
            a = self.value()
            sa = -a.as_tuple().exponent
            y = self.r.random()
            if y < 0.03:
                scale = self.r.choice([-1, -2, 39, 40])
            elif y < 0.55 and sa > 0:
                scale = self.r.randint(0, sa - 1)  # fewer digits: rounding
            elif y < 0.75:
                scale = min(MAX_SCALE, sa + self.r.randint(0, 40))  # padding, maybe past 38 digits
            else:
                scale = self.r.randint(0, MAX_SCALE)
        mode = self.mode()
        return f"round {self.operand_text(a)} {scale} {mode}", o_round(a, scale, mode), "round"

    def op_strip(self):
        s = self.scale()
        k = self.r.randint(0, min(MAX_DIGITS - 1, s + 2))
        c = self.coef(self.r.randint(1, MAX_DIGITS - k)) * 10**k
        a = make(c, s)
        return f"strip {self.operand_text(a)}", o_strip(a), "strip"

    def op_cmp(self):
        x = self.r.random()
        if x < 0.25:  # the same value at two scales
            a = self.value()
            sa = -a.as_tuple().exponent
            k = self.r.randint(0, MAX_SCALE - sa)
            if coefficient(a) * 10**k <= MAX_COEF:
                b = make(int(a.scaleb(sa + k, EXACT)), sa + k)
            else:
                b = a
        elif x < 0.45:  # one unit of the larger scale apart
            a = self.value()
            sb = self.r.randint(-a.as_tuple().exponent, MAX_SCALE)
            b = EXACT.add(a, make(self.r.choice([1, -1]), sb))
            if not fits(b):
                b = a
        elif x < 0.65:  # large values at scales far apart: rescaling overflows 128 bits
            a = self.value(self.r.randint(0, 3), MAX_DIGITS)
            b = self.value(self.r.randint(30, MAX_SCALE), MAX_DIGITS)
        else:
            a, b = self.value(), self.value()
        if self.r.random() < 0.5:
            a, b = b, a
        return f"cmp {self.operand_text(a)} {self.operand_text(b)}", o_cmp(a, b), "cmp"

    FULL_WIDTH = str.maketrans("0123456789.-+", "０１２３４５６７８９．－＋")
    INVALID_TEXTS = ["", " ", "   ", "+", "-", ".", "-.", "+.", "1.2.3", "7,00.0,77", "1,23", ",1",
                     "1,", "1,2345", "12,345,67", "1,234.5,6", "NaN", "nan", "-NaN", "Infinity",
                     "-Infinity", "inf", "1e5", "1E5", "1.5e-3", "-2E+3", "12%", "abc", "1 2", "12a",
                     "a12", "0x1F", "--1", "+-1", "-+1", "1-", "1+", "1..2", "1_000", "1'000", "$5",
                     "5$", "1/2", "（1）", "１.２.３", "١٢٣", "+ 1 2", "1.-2", "0.5.", "- -1",
                     "1,,234", "1 ,234", "١"]

    def op_parse(self):
        x = self.r.random()
        if x < 0.15:
            t = self.r.choice(self.INVALID_TEXTS)
            if self.r.random() < 0.3 and t.strip():
                t = " " * self.r.randint(1, 2) + t + " " * self.r.randint(0, 2)
            return f"parse {t}", o_parse(None), "parse"
        if x < 0.22:  # past the limits: more than 38 digits or scale 38
            y = self.r.random()
            if y < 0.4:
                plain = str(self.digits(self.r.randint(39, 45)))
            elif y < 0.7:
                s = self.r.randint(39, 45)
                plain = "0." + str(self.digits(self.r.randint(1, s))).rjust(s, "0")
            else:  # 39 digits across the point, scale ≤ 38
                s = self.r.randint(1, MAX_SCALE)
                c = str(self.digits(39))
                plain = c[:-s] + "." + c[-s:]
            if self.r.random() < 0.4:
                plain = "-" + plain
            return f"parse {plain}", o_parse(plain), "parse"
        d = self.value()
        plain = text(d)
        t = plain
        y = self.r.random()
        neg = plain.startswith("-")
        body = plain[1:] if neg else plain
        sign = "-" if neg else ""
        if y < 0.15 and not neg:
            t = "+" + body
        elif y < 0.25 and body.startswith("0.") and len(body) > 2:
            t = sign + body[1:]  # ".5"
        elif y < 0.35:
            t = sign + "0" * self.r.randint(1, 3) + body  # leading zeros
        elif y < 0.5:
            int_part, _, frac = body.partition(".")
            if len(int_part) > 3 and not int_part.startswith("0"):
                groups = []
                while len(int_part) > 3:
                    groups.insert(0, int_part[-3:])
                    int_part = int_part[:-3]
                groups.insert(0, int_part)
                t = sign + ",".join(groups) + ("." + frac if frac else "")
        elif y < 0.62:
            t = plain.translate(self.FULL_WIDTH)  # pasted from a Chinese document
        elif y < 0.66:
            t = "-" + body if d.is_zero() else plain  # "-0.00"
        if self.r.random() < 0.15:
            t = " " * self.r.randint(1, 3) + t + " " * self.r.randint(0, 3)
        return f"parse {t}", o_parse(plain), "parse"

    def op_sci(self):
        mant = self.value(self.r.randint(0, 8), self.r.randint(1, self.r.choice([6, 20, 38])))
        x = self.r.random()
        if x < 0.6:
            exp = self.r.randint(-8, 8)
        elif x < 0.9:
            exp = self.r.randint(-45, 45)  # past scale 38 or 38 digits, or just inside
        else:
            exp = self.r.choice([0, -38, 38, -39, 39])
        e = self.r.choice(["e", "E"]) + self.r.choice(["", "+"] if exp >= 0 else ["-"]) + str(abs(exp))
        plain = text(mant) + e
        t = " " + plain if self.r.random() < 0.1 else plain
        return f"sci {t}", o_sci(plain), "sci"

    def op_coef(self):
        x = self.r.random()
        if x < 0.6:
            c = self.coef()
        elif x < 0.9:  # past 10^38−1, up to the int128 limits
            c = self.r.choice([MAX_COEF + 1, 10**38, 2**127 - 1, self.r.randint(10**38, 2**127 - 1)])
            c = -c if self.r.random() < 0.5 else c
            if self.r.random() < 0.1:
                c = -(2**127)  # INT128_MIN
        else:
            c = self.r.choice([MAX_COEF, -MAX_COEF])
        y = self.r.random()
        scale = self.r.choice([-1, -38, 39, 40, -2**31, 2**31 - 1]) if y < 0.1 else self.scale()
        return f"coef {c} {scale}", o_coef(c, scale), "coef"

    def op_props(self):
        a = self.tie_value()[0] if self.r.random() < 0.2 else self.value()
        if self.r.random() < 0.2:  # whole numbers written with a fraction: 2.00
            s = self.r.randint(0, 6)
            a = make(self.coef(self.r.randint(1, MAX_DIGITS - s)) * 10**s, s)
        return f"props {self.operand_text(a)}", o_props(a), "props"

    def op_fmt(self):
        a = self.tie_value()[0] if self.r.random() < 0.2 else self.value()
        sa = -a.as_tuple().exponent
        y = self.r.random()
        if y < 0.2:
            scale = -1
        elif y < 0.6 and sa > 0:
            scale = self.r.randint(0, sa - 1)
        else:
            scale = self.r.randint(0, MAX_SCALE)
        grouping = self.r.randint(0, 1)
        mode = "half_up" if self.r.random() < 0.5 else self.mode()
        line = f"fmt {self.operand_text(a)} {scale} {grouping} {mode}"
        return line, o_fmt(a, scale, grouping, mode), "fmt"

    def ops(self):
        table = [(self.op_add, 14), (self.op_sub, 12), (self.op_mul, 16), (self.op_div, 22),
                 (self.op_round, 16), (self.op_cmp, 8), (self.op_parse, 7), (self.op_fmt, 4),
                 (self.op_sci, 3), (self.op_strip, 1), (self.op_coef, 1),
                 (self.op_props, 1)]
        return [f for f, _ in table], [w for _, w in table]


# ---- running ------------------------------------------------------------------------------------

def run_driver(driver, lines):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    p = subprocess.run([driver], input=data, capture_output=True, check=False)
    return p.returncode, p.stdout.decode("utf-8", "replace").split("\n")[:-1], p.stderr.decode(
        "utf-8", "replace")


def find_crash(driver, lines):
    """The first line on which the driver fails, by running chunks, then single lines."""
    step = 1000
    for start in range(0, len(lines), step):
        chunk = lines[start:start + step]
        rc, _, _ = run_driver(driver, chunk)
        if rc != 0:
            for line in chunk:
                rc, _, err = run_driver(driver, [line])
                if rc != 0:
                    return line, rc, err
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--driver", required=True, help="path to jixiao-decimal-driver")
    ap.add_argument("--count", type=int, default=100000, help="number of operations")
    ap.add_argument("--seed", type=int, default=20261127, help="random seed")
    ap.add_argument("--save", metavar="PATH",
                    help="write the operations and expected results (tab-separated) to PATH")
    ap.add_argument("--max-report", type=int, default=20, help="mismatches to print")
    args = ap.parse_args()

    t0 = time.monotonic()
    gen = Gen(args.seed)
    funcs, weights = gen.ops()
    cases = []
    for f in gen.r.choices(funcs, weights, k=args.count):
        cases.append(f())
    lines = [c[0] for c in cases]
    t1 = time.monotonic()
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for line, expected, _ in cases:
                out.write(line + "\t" + " | ".join(expected) + "\n")

    rc, got, err = run_driver(args.driver, lines)
    t2 = time.monotonic()
    if rc != 0 or len(got) != len(lines):
        print(f"driver failed: exit status {rc}, {len(got)} lines for {len(lines)} operations")
        print(err[-4000:])
        crash = find_crash(args.driver, lines)
        if crash:
            line, rc1, err1 = crash
            print(f"first failing operation (exit status {rc1}): {line}")
            print(err1[-4000:])
        print(f"0 passed, {len(lines)} failed")
        return 1

    per_kind = collections.Counter()
    errors_expected = collections.Counter()
    ambiguous = collections.Counter()
    mismatches = []
    for (line, expected, kind), g in zip(cases, got):
        per_kind[kind] += 1
        if g in expected:
            if g.startswith("ERR "):
                errors_expected[(kind, g[4:])] += 1
            if len(expected) > 1:
                ambiguous[(kind, g)] += 1
        else:
            mismatches.append((line, expected, g))

    failed = len(mismatches)
    passed = len(cases) - failed
    print(f"seed {args.seed}: {len(cases)} operations "
          f"(generated and checked with Python {sys.version.split()[0]} decimal in {t1 - t0:.2f} s, "
          f"driver {t2 - t1:.2f} s)")
    print("operations: " + ", ".join(f"{k} {per_kind[k]}" for k in sorted(per_kind)))
    total_err = sum(errors_expected.values())
    print(f"errors expected and matched: {total_err}")
    for (kind, code), n in sorted(errors_expected.items()):
        print(f"  {kind:6} {code:20} {n}")
    if ambiguous:
        print("either answer accepted (see README: undocumented precedence, padding past 38 digits,"
              " from_coefficient's scale error):")
        for (kind, g), n in sorted(ambiguous.items()):
            print(f"  {kind:6} {g:26} {n}")
    if mismatches:
        print(f"first {min(failed, args.max_report)} of {failed} mismatches:")
        for line, expected, g in mismatches[:args.max_report]:
            print(f"  op:       {line}")
            print(f"  expected: {' | '.join(expected)}")
            print(f"  got:      {g}")
        by_kind = collections.Counter(line.split(" ", 1)[0] for line, _, _ in mismatches)
        print("mismatches per operation: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
