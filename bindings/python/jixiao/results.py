"""Evaluation and audit results, copied out of the library's handles into plain Python objects (a
form's rows on first access: see FormResult)."""

from __future__ import annotations

import ctypes
import decimal
import enum
import json
import weakref
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union, overload

from . import _native
from ._handle import Handle, HandleBase
from ._handle import lock as _handle_lock
from .decimals import to_decimal

__all__ = [
    "EvaluationResult",
    "FormResult",
    "IndicatorResult",
    "AuditResult",
    "Finding",
    "Severity",
]


def _d(text: Optional[bytes]) -> Optional[decimal.Decimal]:
    return to_decimal(_native.decode(text))


def _s(text: Optional[bytes]) -> str:
    return _native.decode_str(text)


# Building the dataclasses below without their generated __init__, which sets each field of a frozen
# dataclass through object.__setattr__ (about 5× slower than handing the object its __dict__).
_new = object.__new__
_set = object.__setattr__
_Decimal = decimal.Decimal
_c_size_t = ctypes.c_size_t


@dataclass(frozen=True)
class IndicatorResult:
    """One scored 三级 row of a form, in table order."""

    path: str  #: its JSON path in the package ("$.projects[0].indicators[0].groups[0].indicators[1]")
    name: str  #: 三级指标
    weight: Optional[decimal.Decimal]  #: 分值
    filed_score: Optional[decimal.Decimal]  #: 自评得分 as filed, or None
    computed_score: Optional[decimal.Decimal]  #: by the policy's rule, or None when not scored
    counted_score: Optional[decimal.Decimal]  #: what the subtotals add: computed, else filed, else 0
    method: str  #: "proportional", "qualitative", …
    explanation_zh: str  #: how the score was reached, in Chinese
    explanation_en: str  #: the same in English

    @property
    def explanation(self) -> str:
        """The Chinese explanation."""
        return self.explanation_zh


# A FormResult made by EvaluationResult.forms holds its total as a value (what a batch reads); the
# rest is filled on first access from what it holds under private keys, removed once used:
#   "_rows": (the result's _Rows, the form's index, the words of the jx_form_info structs it was
#            read into, the position of its struct there: its index, or for a batch's results its
#            place among the batch's forms) -> indicators; while it is there the native result is
#            alive, and the form's strings are read from the words when first needed (a batch
#            reading totals copies and decodes none: eleven strings copied, five decoded and a dict
#            of seven made per form were a tenth of the binding's cost)
#   "_text": the form's strings (jx_form_info's, in order, UTF-8 bytes or None), copied before the
#            rows let the native result go (and at once for an audit's evaluation) -> the fields
#            below, all decoded at the first access of any
_TEXT_FIELDS = frozenset(("kind", "name", "path", "filed_total", "grade", "grade_en", "execution_rate",
                          "execution_score", "explanation_zh", "explanation_en"))
_LAZY = _TEXT_FIELDS | {"indicators"}
_PRIVATE = frozenset(("_text", "_rows"))


@dataclass(frozen=True)
class FormResult:
    """A scored form: the 部门整体支出绩效自评表 (kind "department") or a 项目支出绩效自评表 ("project").

    The forms of :attr:`EvaluationResult.forms` copy their ``total`` (a Decimal) when the forms are
    read, and the rest on first access: the text fields (``kind``, ``name``, ``path``, ``grade``,
    ``grade_en``, ``filed_total``, ``execution_rate``, ``execution_score``, the explanations) are
    copied out of the native result and decoded, all at once; the 三级 rows (``indicators``, a list)
    are copied out of the native result (the strings first, if not yet). Reading the totals of a
    batch pays for neither. Until its rows are copied, a form
    keeps the native result alive, so that they can still be read after
    :meth:`EvaluationResult.close`; the native result is freed when the last form that needs it has
    copied its rows or is dropped. ``vars()`` of such a form shows only what has been filled; the
    attributes, ``==``, ``repr()``, ``dataclasses.asdict()``, ``copy`` and ``pickle`` fill the rest
    first.
    """

    kind: str  #: "department" or "project"
    name: str  #: the unit's or the project's name
    path: str  #: "$.department", "$.projects[0]"
    total: Optional[decimal.Decimal]  #: 总分 as computed ("98.00")
    filed_total: Optional[decimal.Decimal]  #: 总分 as filed, or None
    grade: str  #: "优"
    grade_en: str  #: "excellent"
    execution_rate: Optional[str]  #: 预算执行率 ("100.00%"), or None
    execution_score: Optional[decimal.Decimal]  #: its points ("10.00"), or None
    explanation_zh: str  #: how the total was reached
    explanation_en: str
    indicators: List[IndicatorResult] = field(default_factory=list)  #: the 三级 rows

    @property
    def explanation(self) -> str:
        """The Chinese explanation of the total."""
        return self.explanation_zh

    @property
    def is_department(self) -> bool:
        return self.kind == "department"

    def __getattr__(self, name: str) -> Any:
        # Called only for what is not in the instance's __dict__: the lazy fields not filled yet.
        if name in _LAZY:
            return _fill(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __getstate__(self) -> Dict[str, Any]:
        # copy and pickle: every field filled, none of the private keys (the native handle).
        for name in _LAZY:
            getattr(self, name)
        return {k: v for k, v in self.__dict__.items() if k not in _PRIVATE}

    def __dir__(self) -> List[str]:
        return sorted((set(super().__dir__()) | _LAZY) - _PRIVATE)


def _fill(form: FormResult, name: str) -> Any:
    """Fills a lazy field of a form from its private keys (see _LAZY)."""
    d = form.__dict__
    if name == "indicators":
        with _handle_lock:  # once, even when two threads ask at the same time
            rows = d.get("indicators")
            if rows is None:
                pending = d.get("_rows")
                if pending is None:
                    raise AttributeError(f"{type(form).__name__!r} object has no attribute 'indicators'")
                source, index, words, at = pending
                if "kind" not in d and "_text" not in d:
                    # The strings are the native result's, which may go with the rows: copied first.
                    d["_text"] = _strings_of(words, at)
                rows = d["indicators"] = source.read(index, _indicator_count(words, at))
                del d["_rows"]  # the last form to let go of the rows frees a closed result
                source.pending -= 1
        return rows
    text = d.get("_text")
    if text is None and "kind" not in d:
        with _handle_lock:  # the native result is alive while the rows are pending, not after
            text = d.get("_text")
            pending = d.get("_rows")
            if text is None and pending is not None:
                text = _strings_of(pending[2], pending[3])
    if text is not None:
        # Every text field at once (decoding twice in two threads gives equal values: no lock).
        kind, form_name, path, _, filed, grade, grade_en, rate, score, zh, en = text
        d["kind"] = _s(kind)
        d["name"] = _s(form_name)
        d["path"] = _s(path)
        d["grade"] = _s(grade)
        d["grade_en"] = _s(grade_en)
        d["filed_total"] = _d(filed)
        d["execution_rate"] = _native.decode(rate)
        d["execution_score"] = _d(score)
        d["explanation_zh"] = _s(zh)
        d["explanation_en"] = _s(en)
        d.pop("_text", None)
    try:
        return d[name]
    except KeyError:
        raise AttributeError(f"{type(form).__name__!r} object has no attribute {name!r}") from None


class _Rows:
    """The keeper of a result's native handle (``EvaluationResult._lazy``), made with the result, and
    of the 三级 rows of its forms, still in the native result.

    It frees the native result when it goes (``free``, the class's jx_result_free) unless
    ``close()`` freed it before: its holders are the EvaluationResult (until ``close()``) and the
    forms that have not copied their rows yet, which ``pending`` counts. ``close()`` frees the
    native result at once when none is pending, and otherwise leaves it to this object, that is to
    the last form that needed it, when it has copied its rows or is gone. An EvaluationResult
    collected without ``close()`` lets go of it the same way: the result needs no ``__del__``.
    Made without __init__ (on the hot path): see _keeper.
    """

    __slots__ = ("ptr", "pending", "free")

    def read(self, form: int, count: int) -> List[IndicatorResult]:
        return _read_rows(self.ptr, form, count)

    def __del__(self) -> None:
        free = self.free
        if free is not None:
            self.free = None
            free(self.ptr)


def _keeper(ptr: int) -> _Rows:
    """A new result's keeper: frees ptr when it goes, unless close() has."""
    free = EvaluationResult._free
    if free is None:
        EvaluationResult._set_free()
        free = EvaluationResult._free
    keeper = _new(_Rows)
    keeper.ptr = ptr
    keeper.pending = 0
    keeper.free = free
    return keeper


def _owned_result(ptr: Optional[int]) -> "EvaluationResult":
    """An EvaluationResult that owns the jx_result at ptr (what __init__ does, without the call: a
    result is made once per package in a batch)."""
    result = _new(EvaluationResult)
    if ptr:
        result._ptr = ptr
        result._lazy = _keeper(ptr)
    return result


def _read_rows(ptr: int, form: int, count: int) -> List[IndicatorResult]:
    """Copies the rows of a form out of a result: every row in one call (jx_result_indicators) into
    an array of words, ten per row, one slice per row. The fields are decoded in place, not
    through _s and _d (two or three calls per field were half the time of reading a row). Decimal
    text is ASCII; the other strings are UTF-8 and never NULL (jixiao.h), but read as _s would read
    a NULL all the same."""
    words = (ctypes.c_char_p * (_INDICATOR_WORDS * max(count, 1)))(_INDICATOR_INFO_SIZE)  # word 0: the stride
    n = _c_size_t()
    status = _native.lib().jx_result_indicators_words(ptr, form, words, count, n)  # n by reference
    if status:
        _native.raise_last_error(status)
    rows = []
    for at in range(0, _INDICATOR_WORDS * min(count, n.value), _INDICATOR_WORDS):
        # Each row's nine strings (bytes, or None for NULL), without word 0: struct_size, not a string.
        path, name, weight, filed, computed, counted, method, zh, en = words[at + 1:at + _INDICATOR_WORDS]
        row = _new(IndicatorResult)
        _set(row, "__dict__", {
            "path": "" if path is None else path.decode("utf-8", "surrogateescape"),
            "name": "" if name is None else name.decode("utf-8", "surrogateescape"),
            "weight": _Decimal(weight.decode()) if weight else None,
            "filed_score": _Decimal(filed.decode()) if filed else None,
            "computed_score": _Decimal(computed.decode()) if computed else None,
            "counted_score": _Decimal(counted.decode()) if counted else None,
            "method": "" if method is None else method.decode("utf-8", "surrogateescape"),
            "explanation_zh": "" if zh is None else zh.decode("utf-8", "surrogateescape"),
            "explanation_en": "" if en is None else en.decode("utf-8", "surrogateescape"),
        })
        rows.append(row)
    return rows


def _read_findings(ptr: int) -> List["Finding"]:
    """Copies an audit's findings: every one in one call (jx_audit_findings) into an array of words,
    twelve per finding, read with two slices and an int view for the severity; the text decoded in
    place (a call per field was most of the time of reading a finding)."""
    L = _native.lib()
    count = _c_size_t()
    status = L.jx_audit_finding_count(ptr, count)  # count by reference
    if status:
        _native.raise_last_error(status)
    n = count.value
    words = (ctypes.c_char_p * (_FINDING_WORDS * max(n, 1)))(_FINDING_INFO_SIZE)  # word 0: the stride
    status = L.jx_audit_findings_words(ptr, words, n, count)
    if status:
        _native.raise_last_error(status)
    ints = (ctypes.c_int * (len(words) * _native.WORD // ctypes.sizeof(ctypes.c_int))).from_buffer(words)
    per_word = _native.WORD // ctypes.sizeof(ctypes.c_int)
    findings = []
    for at in range(0, _FINDING_WORDS * min(n, count.value), _FINDING_WORDS):
        code = words[at + 1]
        form, form_name, row, field_, path, zh, en, expected, found = words[at + 3:at + _FINDING_WORDS]
        level = ints[(at + 2) * per_word]  # jx_finding_info.severity: the first int of word 2
        if not 0 <= level < len(_SEVERITIES):  # a later library's level: keep the number's meaning close
            level = len(_SEVERITIES) - 1 if level > 0 else 0
        finding = _new(Finding)
        _set(finding, "__dict__", {
            "code": "" if code is None else code.decode("utf-8", "surrogateescape"),
            "severity": _SEVERITIES[level],
            "form": "" if form is None else form.decode("utf-8", "surrogateescape"),
            "form_name": "" if form_name is None else form_name.decode("utf-8", "surrogateescape"),
            "row": "" if row is None else row.decode("utf-8", "surrogateescape"),
            "field": "" if field_ is None else field_.decode("utf-8", "surrogateescape"),
            "path": "" if path is None else path.decode("utf-8", "surrogateescape"),
            "message_zh": "" if zh is None else zh.decode("utf-8", "surrogateescape"),
            "message_en": "" if en is None else en.decode("utf-8", "surrogateescape"),
            "expected": None if expected is None else expected.decode("utf-8", "surrogateescape"),
            "found": None if found is None else found.decode("utf-8", "surrogateescape"),
        })
        findings.append(finding)
    return findings


def _strings_of(words: "ctypes.Array[Any]", at: int) -> List[Optional[bytes]]:
    """The eleven strings of the at-th jx_form_info in words, copied (bytes, or None for NULL)."""
    first = at * _FORM_WORDS
    return words[first + 1:first + 12]


def _indicator_count(words: "ctypes.Array[Any]", at: int) -> int:
    """jx_form_info.indicator_count of the at-th struct in words (see _native.jx_form_info_words)."""
    return _c_size_t.from_buffer(words, (at * _FORM_WORDS + 12) * _native.WORD).value


def _lazy_forms(rows: _Rows, words: "ctypes.Array[Any]", first: int, n: int) -> List[FormResult]:
    """The n forms of a result whose jx_form_info structs are in words from position first on, each
    with its total; the rest is read on first access (see _LAZY), the native result kept for it."""
    forms = []
    for i in range(n):
        at = first + i
        total = words[at * _FORM_WORDS + 4]  # jx_form_info.total
        # The total now (what a batch reads; decimal text is ASCII), the rest on first access.
        form = _new(FormResult)
        _set(form, "__dict__", {"total": _Decimal(total.decode()) if total else None,
                                "_rows": (rows, i, words, at)})  # the count is read with the rows
        forms.append(form)
    rows.pending += n  # close() leaves the freeing to them
    return forms


def _owned_results(pointers: "ctypes.Array[Any]", count: int) -> List["EvaluationResult"]:
    """EvaluationResults owning the first count jx_result of a batch (jx_evaluate_json_batch), each
    with its forms and their totals read: the forms of all of them in one call
    (jx_results_forms), into room for _FORMS_AT_ONCE forms per result; a result whose forms do not
    fit reads them itself when asked."""
    results = [_owned_result(pointers[i]) for i in range(count)]
    if not count:
        return results
    capacity = _FORMS_AT_ONCE * count
    words = (ctypes.c_char_p * (_FORM_WORDS * capacity))(_FORM_INFO_SIZE)  # word 0: the stride
    counts = (_c_size_t * count)()
    filled = _c_size_t()
    L = _native._lib
    if L is None:
        L = _native.lib()
    status = L.jx_results_forms_words(pointers, count, words, capacity, counts, filled)
    if status:
        _native.raise_last_error(status)
    at = 0
    for i in range(filled.value):
        n = counts[i]
        result = results[i]
        result._forms = _lazy_forms(result._lazy, words, at, n)
        at += n
    return results


#: The pointer-sized words of one jx_form_info (struct_size, 11 strings, indicator_count).
_FORM_WORDS = 13
#: Room for this many forms in the first jx_result_forms call: a project package has one, a
#: department's package with its projects a few.
_FORMS_AT_ONCE = 4
_FormsWords = ctypes.c_char_p * (_FORM_WORDS * _FORMS_AT_ONCE)
#: The pointer-sized words of one jx_indicator_info (struct_size, 9 strings).
_INDICATOR_WORDS = _native.jx_indicator_info_words._length_
#: The pointer-sized words of one jx_finding_info (struct_size, code, severity, 9 strings).
_FINDING_WORDS = _native.jx_finding_info_words._length_
_FINDING_INFO_SIZE = ctypes.sizeof(_native.jx_finding_info)
_FORM_INFO_SIZE = ctypes.sizeof(_native.jx_form_info)
_INDICATOR_INFO_SIZE = ctypes.sizeof(_native.jx_indicator_info)


class EvaluationResult(HandleBase):
    """The scores of every form of a package (``jx_result``).

    ``forms`` lists the department form first when there is one, then the projects. The values are
    copied out of the handle (on first use) and stay valid after :meth:`close`: the forms' own
    fields when ``forms`` is first read, each form's rows when its ``indicators`` are first read —
    until then the form keeps the native result alive (see :class:`FormResult`). Calling
    :meth:`to_json` or reading ``forms`` for the first time on a closed result raises ValueError.
    """

    _free_name = "jx_result_free"
    _kind = "evaluation result"
    _forms: Optional[List[FormResult]] = None

    def __init__(self, ptr: int, owner: Optional[HandleBase] = None, keep: Optional[Tuple[Any, ...]] = None) -> None:
        super().__init__(ptr, owner, keep)
        if owner is None and self._ptr is not None:
            self._lazy = _keeper(self._ptr)  # frees the native result when the result and its forms are gone

    @property
    def forms(self) -> List[FormResult]:
        """Every scored form, the department first."""
        forms = self._forms
        if forms is not None:
            return forms
        # Read the forms (on the hot path of a batch: written out, few calls).
        ptr = self._ptr
        if ptr is None or self._owner is not None:
            ptr = self._handle()  # ValueError when closed
        L = _native._lib
        if L is None:
            L = _native.lib()
        # Every form in one call (jx_result_forms), into room for _FORMS_AT_ONCE; again with room for
        # all when there are more. ctypes passes count and words by reference.
        count = _c_size_t()
        words = _FormsWords(_FORM_INFO_SIZE)  # word 0: the first struct's struct_size, the stride
        status = L.jx_result_forms_words(ptr, words, _FORMS_AT_ONCE, count)
        if status:
            _native.raise_last_error(status)
        n = count.value
        if n > _FORMS_AT_ONCE:
            words = (ctypes.c_char_p * (_FORM_WORDS * n))(_FORM_INFO_SIZE)
            status = L.jx_result_forms_words(ptr, words, n, count)
            if status:
                _native.raise_last_error(status)
            n = min(n, count.value)
        rows: Optional[_Rows] = self._lazy  # the keeper (None for an audit's evaluation)
        if self._owner is None:
            forms = _lazy_forms(rows, words, 0, n)  # type: ignore[arg-type]
        else:
            # An audit's evaluation: the strings and rows copied now (else the audit's close() would
            # have to wait for them too; audits are not read in bulk).
            forms = []
            for i in range(n):
                total = words[i * _FORM_WORDS + 4]  # jx_form_info.total
                form = _new(FormResult)
                _set(form, "__dict__", {"total": _Decimal(total.decode()) if total else None,
                                        "_text": _strings_of(words, i),
                                        "indicators": _read_rows(ptr, i, _indicator_count(words, i))})
                forms.append(form)
        self._forms = forms
        return forms

    @property
    def department(self) -> Optional[FormResult]:
        """The 部门整体支出绩效自评表's result, or None when the package has none."""
        for form in self.forms:
            if form.kind == "department":
                return form
        return None

    @property
    def projects(self) -> List[FormResult]:
        """The 项目支出绩效自评表 results, in the package's order."""
        return [form for form in self.forms if form.kind == "project"]

    def form_count(self) -> int:
        """The number of forms, without copying them."""
        if self._forms is not None:
            return len(self._forms)
        count = ctypes.c_size_t()
        _native.call(_native.lib().jx_result_form_count, self._handle(), count)
        return count.value

    def to_json(self) -> str:
        """The whole result as JSON (``"format": "jixiao-result"``): every number with its
        explanation, the basic-data rates, sections and groups."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_result_to_json, self._handle(), ctypes.byref(out))
        return _native.take_string(out) or ""

    def to_dict(self) -> Dict[str, Any]:
        """:meth:`to_json` parsed; numbers (few: they are mostly strings) as decimal.Decimal."""
        return json.loads(self.to_json(), parse_float=decimal.Decimal)

    def __repr__(self) -> str:
        if self._forms is None:
            return f"<jixiao.EvaluationResult {self._state()}>"
        totals = ", ".join(f"{f.name}: {f.total} {f.grade}" for f in self._forms)
        return f"<jixiao.EvaluationResult {totals}>"


class Severity(enum.IntEnum):
    """A finding's severity (``JX_SEVERITY_*``); ``str()`` gives ``"info"``, ``"warning"``, ``"error"``,
    and ``Severity("warning")`` works too."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        """``"info"``, ``"warning"`` or ``"error"``."""
        return self.name.lower()

    @property
    def label_zh(self) -> str:
        """提示, 警告 or 错误."""
        return ("提示", "警告", "错误")[self.value]

    @classmethod
    def _missing_(cls, value: object) -> Optional["Severity"]:
        if isinstance(value, str):
            key = value.strip().upper()
            if key in cls.__members__:
                return cls[key]
            for member in cls:
                if member.label_zh == value.strip():
                    return member
        return None


#: The severities by their number (an enum call per finding cost more than the rest of reading it).
_SEVERITIES = (Severity.INFO, Severity.WARNING, Severity.ERROR)


@dataclass(frozen=True)
class Finding:
    """One defect the audit found, with its stable code (catalogue in docs)."""

    code: str  #: "JX-A01"
    severity: Severity
    form: str  #: "department", "project", "basic_data" …
    form_name: str  #: the unit's or project's name
    row: str  #: the row as printed
    field: str  #: the column
    path: str  #: the JSON path of the cell
    message_zh: str
    message_en: str
    expected: Optional[str]  #: what the cell should hold, or None
    found: Optional[str]  #: what it holds, or None

    @property
    def message(self) -> str:
        """The Chinese message."""
        return self.message_zh

    def __str__(self) -> str:
        return f"{self.code} [{self.severity}] {self.path}: {self.message_zh}"


class AuditResult(Handle):
    """An audit (``jx_audit``): an iterable of :class:`Finding`, with the evaluation it made.

    ``len(audit)``, ``audit[i]``, ``for f in audit``; ``audit.evaluation`` is the
    :class:`EvaluationResult` (owned by the audit: it is closed with the audit).
    """

    _free_name = "jx_audit_free"
    _kind = "audit result"

    _findings: Optional[List[Finding]] = None
    # A weak reference: the evaluation keeps the audit alive, not the other way round, so that
    # dropping both frees the audit at once (no reference cycle waiting for the collector).
    _evaluation: Optional["weakref.ReferenceType[EvaluationResult]"] = None

    @property
    def findings(self) -> List[Finding]:
        """Every finding, in the audit's order."""
        if self._findings is None:
            self._findings = _read_findings(self._handle())
        return self._findings

    @property
    def evaluation(self) -> EvaluationResult:
        """The evaluation the audit made (valid while the audit is open)."""
        evaluation = self._evaluation() if self._evaluation is not None else None
        if evaluation is None:
            out = ctypes.c_void_p()
            _native.call(_native.lib().jx_audit_result, self._handle(), ctypes.byref(out))
            evaluation = EvaluationResult(out.value or 0, owner=self)
            self._evaluation = weakref.ref(evaluation)
        return evaluation

    @property
    def codes(self) -> List[str]:
        """The finding codes, in order."""
        return [f.code for f in self.findings]

    def by_severity(self, severity: Union[Severity, int, str]) -> List[Finding]:
        """The findings of one severity."""
        level = Severity(severity)
        return [f for f in self.findings if f.severity == level]

    @property
    def errors(self) -> List[Finding]:
        return self.by_severity(Severity.ERROR)

    @property
    def warnings(self) -> List[Finding]:
        return self.by_severity(Severity.WARNING)

    @property
    def infos(self) -> List[Finding]:
        return self.by_severity(Severity.INFO)

    @property
    def max_severity(self) -> Optional[Severity]:
        """The highest severity found, or None when there is no finding."""
        return max((f.severity for f in self.findings), default=None)

    def to_json(self) -> str:
        """The audit as JSON (``"format": "jixiao-audit"``), as ``jixiao audit --format json``."""
        out = ctypes.c_void_p()
        _native.call(_native.lib().jx_audit_to_json, self._handle(), ctypes.byref(out))
        return _native.take_string(out) or ""

    def to_dict(self) -> Dict[str, Any]:
        """:meth:`to_json` parsed; numbers as decimal.Decimal."""
        return json.loads(self.to_json(), parse_float=decimal.Decimal)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __bool__(self) -> bool:
        # An audit is an object first: truthy even with no findings (use len() to count).
        return True

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> List[Finding]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Finding, List[Finding]]:
        return self.findings[index]

    def __repr__(self) -> str:
        if self._findings is None:
            return f"<jixiao.AuditResult {self._state()}>"
        return f"<jixiao.AuditResult {len(self._findings)} findings>"
