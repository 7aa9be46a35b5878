"""Self-evaluation packages (自评材料): read from JSON, or built from code."""

from __future__ import annotations

import ctypes
import decimal
import json
import os
from dataclasses import dataclass
from itertools import islice
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from . import _native
from ._handle import Handle
from .decimals import Number, number_text, optional_text
from .errors import JX_ERR_INVALID_ARGUMENT, binding_error
from .policy import DEFAULT_POLICY, Policy, PolicyLike, json_text, resolve_policy
from .results import AuditResult, EvaluationResult, _owned_result, _owned_results

__all__ = [
    "evaluate_json",
    "evaluate_many",
    "Package",
    "FormBuilder",
    "PackageWarning",
    "load_package",
    "new_package",
    "DEPARTMENT",
    "PackageSource",
]

_new = object.__new__
_c_void_p = ctypes.c_void_p
_c_size_t = ctypes.c_size_t
#: The length of a str in wchar_t units (len where wchar_t is UTF-32, as on Linux and macOS).
_wide_units = len if _native.WCHAR_SIZE == 4 else _native.wide_units

#: The form index of the 部门整体支出绩效自评表 (``JX_FORM_DEPARTMENT``).
DEPARTMENT: int = _native.JX_FORM_DEPARTMENT

#: What :func:`load_package` accepts.
PackageSource = Union[str, bytes, bytearray, "os.PathLike[str]", Mapping[str, Any]]

_MONEY_UNITS = {
    "yuan": _native.JX_MONEY_YUAN,
    "元": _native.JX_MONEY_YUAN,
    "wan_yuan": _native.JX_MONEY_WAN_YUAN,
    "万元": _native.JX_MONEY_WAN_YUAN,
}

Cell = Optional[Number]  #: an amount, score or indicator cell: text, int, Decimal, or None for blank


@dataclass(frozen=True)
class PackageWarning:
    """Something the reader ignored, e.g. an unknown field (``未知字段“totl”，已忽略``)."""

    message_zh: str
    message_en: str
    path: str  #: the JSON path of the member

    @property
    def message(self) -> str:
        return self.message_zh

    def __str__(self) -> str:
        return self.message_zh


def _cell(value: Cell, what: str) -> Optional[bytes]:
    return _native.encode(optional_text(value, what), what)


def _text(value: Optional[str], what: str) -> Optional[bytes]:
    if value is not None and not isinstance(value, (str, bytes)):
        # Labels and names are text; numbers are accepted in cells only.
        return _native.encode(number_text(value, what), what)  # type: ignore[arg-type]
    return _native.encode(value, what)


class Package(Handle):
    """A self-evaluation package (``jx_package``): the 基础数据表, the 部门整体支出绩效自评表, the
    项目支出绩效自评表 and the 自评报告.

    Read one with :func:`load_package` (or :meth:`from_json`, :meth:`from_file`); build one with
    :func:`new_package`. Then :meth:`evaluate` and :meth:`audit`.
    """

    _free_name = "jx_package_free"
    _kind = "package"

    # ---- construction -----------------------------------------------------------------------------

    @classmethod
    def from_json(cls, source: Union[str, bytes, bytearray, Mapping[str, Any]]) -> "Package":
        """A package from JSON text (str or UTF-8 bytes) or a dict.

        Raises InvalidJsonError (with line and column) for text that is not JSON and
        InvalidPackageError (with the JSON path, line and column) for JSON that is not a package;
        InvalidUtf8Error for bytes that are not UTF-8 or a str with a lone surrogate (with the
        offset: in bytes, or in characters of the str, and line and column). Unknown fields are not
        errors: see :attr:`warnings`. UTF-8 bytes as read from a file (mode ``"rb"``) go to the
        library as they are; a str goes as wchar_t (a widening copy ctypes makes), which the library
        transcodes, cheaper than ``str.encode()``.
        """
        out = _c_void_p()
        L = _native._lib
        if L is None:
            L = _native.lib()
        status = _call_with_text(source, L.jx_package_from_json, L.jx_package_from_json_wide, out)  # out by reference
        if status:
            _native.raise_last_error(status)
        if cls is not Package:
            return cls(out.value or 0)
        pkg = _new(Package)  # Handle.__init__(ptr) without the call (Package defines none)
        pkg._ptr = out.value
        if Package._free is None:
            Package._set_free()
        return pkg

    @classmethod
    def from_file(cls, path: Union[str, "os.PathLike[str]"]) -> "Package":
        """A package from a JSON file (JixiaoIOError when it cannot be read)."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_package_from_file, _native.encode(os.fsencode(path), "path"),
                     ctypes.byref(out))
        return cls(out.value or 0)

    @classmethod
    def new(cls, unit_name: str, year: int, money_unit: Union[str, int] = "wan_yuan") -> "Package":
        """An empty package to fill from code (see :func:`new_package`)."""
        if isinstance(year, bool) or not isinstance(year, int):
            raise TypeError(f"year must be an int, not {type(year).__name__}")
        if isinstance(money_unit, str):
            try:
                unit = _MONEY_UNITS[money_unit]
            except KeyError:
                raise binding_error(
                    JX_ERR_INVALID_ARGUMENT,
                    f"未知的金额单位“{money_unit}”，可用 yuan、wan_yuan",
                    f"unknown money unit '{money_unit}'; one of yuan, wan_yuan",
                ) from None
        else:
            unit = int(money_unit)
        if not -(2**31) <= year < 2**31:
            raise binding_error(JX_ERR_INVALID_ARGUMENT, f"年度 {year} 超出范围", f"year {year} is out of range")
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_package_new, _text(unit_name, "unit_name"), year, unit, ctypes.byref(out))
        return cls(out.value or 0)

    # ---- JSON out ---------------------------------------------------------------------------------

    def to_json(self) -> str:
        """The package as JSON; reading it back gives the same package."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_package_to_json, self._handle(), ctypes.byref(out))
        return _native.take_string(out) or ""

    def to_dict(self) -> Dict[str, Any]:
        """:meth:`to_json` parsed; numbers as decimal.Decimal."""
        return json.loads(self.to_json(), parse_float=decimal.Decimal)

    @property
    def warnings(self) -> List[PackageWarning]:
        """What the reader ignored (unknown fields), in the order of the text."""
        ptr = self._handle()
        L = _native.lib()
        count = ctypes.c_size_t()
        _native.call(L.jx_package_warning_count, ptr, ctypes.byref(count))
        result = []
        for i in range(count.value):
            zh, en, path = ctypes.c_char_p(), ctypes.c_char_p(), ctypes.c_char_p()
            _native.call(L.jx_package_warning, ptr, i, _native.JX_LANG_ZH, ctypes.byref(zh), ctypes.byref(path))
            _native.call(L.jx_package_warning, ptr, i, _native.JX_LANG_EN, ctypes.byref(en), ctypes.byref(path))
            result.append(PackageWarning(_native.decode_str(zh.value), _native.decode_str(en.value),
                                         _native.decode_str(path.value)))
        return result

    # ---- building from code ---------------------------------------------------------------------

    def set_department(self, unit_name: str) -> "FormBuilder":
        """Adds the 部门整体支出绩效自评表 (replacing one already there); returns its builder."""
        _native.call(_native.lib().jx_package_set_department, self._handle(), _text(unit_name, "unit_name"))
        return FormBuilder(self, DEPARTMENT)

    def add_project(self, project_name: str, implementing_unit: Optional[str] = None) -> "FormBuilder":
        """Adds a 项目支出绩效自评表; returns its builder (``.index`` is 0, 1, …)."""
        index = ctypes.c_size_t()
        _native.call(
            _native.lib().jx_package_add_project,
            self._handle(),
            _text(project_name, "project_name"),
            _text(implementing_unit, "implementing_unit"),
            ctypes.byref(index),
        )
        return FormBuilder(self, index.value)

    @property
    def department(self) -> "FormBuilder":
        """The builder of the department form (set it first with :meth:`set_department`)."""
        return FormBuilder(self, DEPARTMENT)

    def project(self, index: int) -> "FormBuilder":
        """The builder of the index-th project form."""
        return FormBuilder(self, index)

    def set_funds(
        self,
        form: int,
        initial_budget: Cell = None,
        annual_budget: Cell = None,
        executed: Cell = None,
        weight: Cell = None,
        self_score: Cell = None,
    ) -> None:
        """The 年度资金总额 row of a form (:data:`DEPARTMENT` or a project index): 年初预算数,
        全年预算数, 全年执行数 in the package's money unit, 分值, 得分. None is a blank cell."""
        _native.call(
            _native.lib().jx_form_set_funds,
            self._handle(),
            _form_index(form),
            _cell(initial_budget, "initial_budget"),
            _cell(annual_budget, "annual_budget"),
            _cell(executed, "executed"),
            _cell(weight, "weight"),
            _cell(self_score, "self_score"),
        )

    def add_indicator(
        self,
        form: int,
        level1: str,
        level2: str,
        name: str,
        target: Cell = None,
        actual: Cell = None,
        unit: Optional[str] = None,
        weight: Cell = None,
        self_score: Cell = None,
        deviation: Optional[str] = None,
    ) -> None:
        """A 三级 row under the 一级 and 二级 labels as printed (``"产出指标"``, ``"数量指标"``):
        年度指标值 ``target`` and 实际完成值 ``actual`` as typed (``"≥96%"``, ``"33"``), 计量单位,
        分值, 自评得分, 偏差原因."""
        _native.call(
            _native.lib().jx_form_add_indicator,
            self._handle(),
            _form_index(form),
            _text(level1, "level1"),
            _text(level2, "level2"),
            _text(name, "name"),
            _cell(target, "target"),
            _cell(actual, "actual"),
            _text(unit, "unit"),
            _cell(weight, "weight"),
            _cell(self_score, "self_score"),
            _text(deviation, "deviation"),
        )

    def set_total(self, form: int, total_weight: Cell = None, total_self_score: Cell = None) -> None:
        """The 总分 row of a form: its 分值 (100) and the filed 自评得分."""
        _native.call(
            _native.lib().jx_form_set_total,
            self._handle(),
            _form_index(form),
            _cell(total_weight, "total_weight"),
            _cell(total_self_score, "total_self_score"),
        )

    # ---- scoring ------------------------------------------------------------------------------------

    def evaluate(self, policy: PolicyLike = DEFAULT_POLICY) -> EvaluationResult:
        """Scores every form under ``policy`` (a built-in id, a JSON file path, a :class:`Policy`,
        or None for the library's default, national-2020)."""
        ptr = self._ptr
        if ptr is not None and policy.__class__ is Policy and policy._ptr is not None:
            # The common case when many packages are scored with one Policy, inlined.
            out = _c_void_p()
            L = _native._lib
            if L is None:
                L = _native.lib()
            status = L.jx_evaluate(ptr, policy._ptr, out)  # out by reference
            if status:
                _native.raise_last_error(status)
            result = _owned_result(out.value)  # __init__ without the call, as above
            result._keep = (self, policy)  # the result keeps what it was made from alive
            return result
        return self._run("jx_evaluate", EvaluationResult, policy)

    def audit(self, policy: PolicyLike = DEFAULT_POLICY) -> AuditResult:
        """Evaluates and checks the package: an :class:`AuditResult` of findings with stable codes,
        and its ``.evaluation``."""
        return self._run("jx_audit_package", AuditResult, policy)

    def _run(self, function: str, result_class, policy: PolicyLike):
        """Calls jx_evaluate or jx_audit_package and wraps the handle it gives."""
        ptr = self._handle()
        pol, owned = resolve_policy(policy)
        out = ctypes.c_void_p()
        status = getattr(_native.lib(), function)(ptr, pol._handle() if pol is not None else None, out)
        if status:
            if owned and pol is not None:
                pol.close()
            _native.raise_last_error(status)
        # The result keeps what it was made from alive; a policy made here is freed with it.
        result = result_class(out.value or 0, keep=(self, pol) if pol is not None else (self,))
        if owned:
            result._adopt(pol)
        return result

    def __repr__(self) -> str:
        return f"<jixiao.Package {self._state()}>"


def _form_index(form: Union[int, "FormBuilder"]) -> int:
    if isinstance(form, FormBuilder):
        return form.index
    if isinstance(form, bool) or not isinstance(form, int):
        raise TypeError(f"form must be an int index or jixiao.DEPARTMENT, not {type(form).__name__}")
    if form == -1:
        return DEPARTMENT
    if not 0 <= form <= DEPARTMENT:
        raise binding_error(JX_ERR_INVALID_ARGUMENT, f"表格序号 {form} 无效", f"form index {form} is invalid")
    return form


class FormBuilder:
    """Fills one form of a package built from code; every method returns the builder, so calls
    chain::

        pkg.add_project("机构改革经费", "县委编办") \\
           .set_funds("10", "10", "10", weight="10", self_score="10") \\
           .add_indicator("产出指标", "数量指标", "完成改革任务数", "≥3", "3", "项", "20", "20") \\
           .set_total("100", "100")
    """

    def __init__(self, package: Package, index: int) -> None:
        self.package = package
        #: the form's index: DEPARTMENT, or the project's 0, 1, …
        self.index = index

    @property
    def is_department(self) -> bool:
        return self.index == DEPARTMENT

    def set_funds(
        self,
        initial_budget: Cell = None,
        annual_budget: Cell = None,
        executed: Cell = None,
        weight: Cell = None,
        self_score: Cell = None,
    ) -> "FormBuilder":
        """See :meth:`Package.set_funds`."""
        self.package.set_funds(self.index, initial_budget, annual_budget, executed, weight, self_score)
        return self

    def add_indicator(
        self,
        level1: str,
        level2: str,
        name: str,
        target: Cell = None,
        actual: Cell = None,
        unit: Optional[str] = None,
        weight: Cell = None,
        self_score: Cell = None,
        deviation: Optional[str] = None,
    ) -> "FormBuilder":
        """See :meth:`Package.add_indicator`."""
        self.package.add_indicator(self.index, level1, level2, name, target, actual, unit, weight,
                                   self_score, deviation)
        return self

    def set_total(self, total_weight: Cell = None, total_self_score: Cell = None) -> "FormBuilder":
        """See :meth:`Package.set_total`."""
        self.package.set_total(self.index, total_weight, total_self_score)
        return self

    def __repr__(self) -> str:
        which = "department" if self.is_department else f"project {self.index}"
        return f"<jixiao.FormBuilder {which}>"


#: What evaluate_json and evaluate_many read: JSON text (str, or UTF-8 bytes) or a dict.
JsonSource = Union[str, bytes, bytearray, Mapping[str, Any]]


def evaluate_json(source: JsonSource,
                  policy: PolicyLike = DEFAULT_POLICY) -> EvaluationResult:
    """Reads a package from JSON text and scores it, in one library call (``jx_evaluate_json``):
    what ``Package.from_json(source).evaluate(policy)`` gives, without the :class:`Package`.

    For batches that need only the results: one foreign call and one object fewer per package. The
    reader's warnings (unknown fields) are not kept; read with :meth:`Package.from_json` to see
    them. ``source`` is JSON text (a str, or UTF-8 bytes as read from a file in mode ``"rb"``) or a
    dict; ``policy`` a built-in id, a JSON file path, a :class:`Policy` (load it once for a batch),
    or None for the library's default (national-2020). The errors are those of
    :meth:`Package.from_json` and :meth:`Package.evaluate`.

    ::

        policy = jixiao.Policy.builtin("national-2020")
        with open("package.json", "rb") as f:
            with jixiao.evaluate_json(f.read(), policy) as result:
                print([(form.name, form.total) for form in result.forms])
    """
    L = _native._lib
    if L is None:
        L = _native.lib()
    out = _c_void_p()
    if policy.__class__ is Policy and policy._ptr is not None:
        # A batch's case, written out: one Policy for every package, str or bytes.
        if source.__class__ is str and not source.isascii():
            status = L.jx_evaluate_json_wide(source, _wide_units(source), policy._ptr, out)  # out by reference
        elif source.__class__ is bytes:
            status = L.jx_evaluate_json(source, len(source), policy._ptr, out)
        else:
            status = _call_with_text(source, L.jx_evaluate_json, L.jx_evaluate_json_wide, policy._ptr, out)
    else:
        pol, owned = resolve_policy(policy)
        try:
            status = _call_with_text(source, L.jx_evaluate_json, L.jx_evaluate_json_wide,
                                     pol._ptr if pol is not None else None, out)
        finally:
            if owned and pol is not None:
                pol.close()  # the result does not refer to the policy (jixiao.h)
    if status:
        _native.raise_last_error(status)
    return _owned_result(out.value)  # __init__ without the call, as in Package.evaluate


def evaluate_many(sources: Iterable[JsonSource], policy: PolicyLike = DEFAULT_POLICY, *,
                  batch_size: int = 8) -> Iterator[EvaluationResult]:
    """Reads and scores packages one after another, as :func:`evaluate_json` does each, yielding
    their results in order: for many packages (a year of a region's filings), ``batch_size`` of
    them per library call (``jx_evaluate_json_batch``), with their forms' totals read in one more.
    The calls into the library are what a binding pays for, beyond the work itself; this pays for
    two per batch where :func:`evaluate_json` pays for three per package. The work is done in the
    calling thread, a batch at a time as the iteration asks for it; at most one batch of results
    waits to be yielded (results the iteration does not reach are freed with it). The default of 8
    was the fastest measured (bench/README.md): larger batches save few calls more, and their texts
    (as wchar_t, 4 bytes a character) and results no longer stay in the caches.

    ``sources`` is any iterable of what :func:`evaluate_json` reads (str, UTF-8 bytes, dicts,
    mixed). A source that cannot be read or scored raises its error, as :func:`evaluate_json`
    would, when the iteration reaches it: the results of the sources before it have been yielded
    (so the failing source is the one after them), and the iteration ends there.

    ::

        policy = jixiao.Policy.builtin("national-2020")
        texts = (path.read_bytes() for path in Path("2025").glob("*.json"))
        for result in jixiao.evaluate_many(texts, policy):
            with result:
                print([(form.name, form.total) for form in result.forms])
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    pol, owned = resolve_policy(policy)
    try:
        sources = iter(sources)
        while True:
            chunk = list(islice(sources, batch_size))
            if not chunk:
                return
            results, error = _evaluate_batch(chunk, pol._handle() if pol is not None else None)
            yield from results
            if error is not None:
                raise error
    finally:
        if owned and pol is not None:
            pol.close()


def _evaluate_batch(chunk: List[Any], policy: Optional[int]) -> Tuple[List[EvaluationResult], Optional[Exception]]:
    """The results of a batch's sources up to the first that fails, and that one's error (None when
    all were scored). One library call, in one encoding, chosen as _call_with_text chooses for one
    source: every source a str and some not ASCII, as wchar_t; else UTF-8 bytes (each source that is
    not bytes made so first: for an ASCII str, a copy of its bytes)."""
    L = _native._lib
    if L is None:
        L = _native.lib()
    error: Optional[Exception] = None
    kinds = set(map(type, chunk))
    if kinds == {str} and not all(map(str.isascii, chunk)):
        texts: Any = (ctypes.c_wchar_p * len(chunk))(*chunk)
        lengths = map(_wide_units, chunk)
        call = L.jx_evaluate_json_batch_wide
    else:
        if kinds != {bytes}:
            converted = []
            for source in chunk:
                try:
                    converted.append(json_text(source, "package JSON"))
                except Exception as e:  # raised when the iteration reaches this source
                    error = e
                    break
            chunk = converted
        texts = (ctypes.c_char_p * len(chunk))(*chunk)
        lengths = map(len, chunk)
        call = L.jx_evaluate_json_batch
    n = len(chunk)
    pointers = (_c_void_p * n)()
    done = _c_size_t()
    status = call(texts, (_c_size_t * n)(*lengths), n, policy, pointers, done)
    if status:
        error = _native.last_error(status)
    return _owned_results(pointers, done.value), error


def _call_with_text(source: JsonSource, utf8: Any, wide: Any, *rest: Any) -> int:
    """utf8(text, length, *rest) or wide(text, units, *rest) on the JSON text of ``source``; the
    status. A str that is not ASCII goes as wchar_t (a widening copy ctypes makes), which the library
    transcodes, cheaper than ``str.encode()``; bytes as they are; an ASCII str (json.dumps' default
    output) encoded, which for ASCII is a copy of its bytes; a dict as its JSON."""
    if source.__class__ is str and not source.isascii():
        return wide(source, _wide_units(source), *rest)
    data = source if source.__class__ is bytes else json_text(source, "package JSON")
    return utf8(data, len(data), *rest)


def load_package(source: PackageSource) -> Package:
    """Reads a package from a file path, JSON text, UTF-8 bytes, or a dict.

    A ``str`` whose first non-blank character is ``{`` is JSON text; any other ``str`` (or an
    ``os.PathLike``) is a file path.
    """
    if isinstance(source, Mapping):
        return Package.from_json(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return Package.from_json(bytes(source))
    if isinstance(source, os.PathLike):
        return Package.from_file(source)
    if isinstance(source, str):
        if source.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
            return Package.from_json(source)
        return Package.from_file(source)
    raise TypeError(f"load_package: expected a path, JSON text, bytes or dict, not {type(source).__name__}")


def new_package(unit_name: str, year: int, money_unit: Union[str, int] = "wan_yuan") -> Package:
    """An empty package of ``unit_name`` for ``year`` (amounts in 万元 unless ``money_unit="yuan"``),
    to fill with :meth:`Package.set_department`, :meth:`Package.add_project` and the form methods."""
    return Package.new(unit_name, year, money_unit)
