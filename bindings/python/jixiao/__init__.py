"""jixiao (绩效): Chinese public-budget performance evaluation (预算绩效评价), from Python.

A pure-Python binding (ctypes) over the C library ``libjixiao_c``::

    import jixiao

    with jixiao.load_package("examples/hengshan-2024/package.json") as pkg:
        result = pkg.evaluate("national-2020")
        print(result.department.total, result.department.grade)      # 98.00 优
        for finding in pkg.audit():
            print(finding.code, finding.severity, finding.message_zh)

Numbers are exact: every score, amount and rate is a :class:`decimal.Decimal` (or decimal text),
never a float. Errors are :class:`JixiaoError` subclasses with the JSON path, line and column.
The library is found at ``jixiao/_lib/libjixiao_c.so.1`` (bundled), then ``$JIXIAO_LIBRARY``, then
the system loader; it is loaded on first use.
"""

from __future__ import annotations

from . import _native
from . import decimals as _decimals
from . import errors as _errors
from .decimals import (
    Number,
    RoundingMode,
    decimal_add,
    decimal_calc,
    decimal_compare,
    decimal_div,
    decimal_mul,
    decimal_round,
    decimal_sub,
    format_decimal,
    parse_decimal,
)
from .errors import (
    DivisionByZeroError,
    InternalError,
    InvalidArgumentError,
    InvalidJsonError,
    InvalidNumberError,
    InvalidPackageError,
    InvalidPolicyError,
    InvalidUtf8Error,
    JixiaoError,
    JixiaoIndexError,
    JixiaoIOError,
    JixiaoMemoryError,
    LibraryNotFoundError,
    NullArgumentError,
    OutOfRangeError,
    RoundingNecessaryError,
    UnknownPolicyError,
    error_class,
)
from .package import (DEPARTMENT, FormBuilder, Package, PackageWarning, evaluate_json, evaluate_many, load_package,
                      new_package)
from .policy import DEFAULT_POLICY, Policy, builtin_policies
from .results import AuditResult, EvaluationResult, Finding, FormResult, IndicatorResult, Severity
from .scoring import score_execution, score_indicator

#: The version of this binding (and of the C library it was written for).
__version__ = _native.VERSION_STRING
#: The C ABI it needs (the SONAME libjixiao_c.so.1).
ABI_VERSION = _native.ABI_VERSION


def library_version() -> str:
    """The version of the loaded libjixiao_c (``"0.1.0"``)."""
    return _native.decode_str(_native.lib().jx_version_string())


def library_version_number() -> int:
    """Its JX_VERSION_NUMBER (major·10000 + minor·100 + patch)."""
    return int(_native.lib().jx_version_number())


def library_path() -> str:
    """Where the library was loaded from."""
    return _native.library_path()


__all__ = [
    "__version__",
    "ABI_VERSION",
    "library_version",
    "library_version_number",
    "library_path",
    # packages
    "Package",
    "FormBuilder",
    "PackageWarning",
    "load_package",
    "evaluate_json",
    "evaluate_many",
    "new_package",
    "DEPARTMENT",
    # policies
    "Policy",
    "builtin_policies",
    "DEFAULT_POLICY",
    # results
    "EvaluationResult",
    "FormResult",
    "IndicatorResult",
    "AuditResult",
    "Finding",
    "Severity",
    # scoring and decimals
    "score_indicator",
    "score_execution",
] + _decimals.__all__ + _errors.__all__
