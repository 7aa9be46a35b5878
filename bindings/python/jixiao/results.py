"""Evaluation and audit results, copied out of the library's handles into plain Python objects."""

from __future__ import annotations

import ctypes
import decimal
import enum
import json
import weakref
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Union, overload

from . import _native
from ._handle import Handle
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


@dataclass(frozen=True)
class FormResult:
    """A scored form: the 部门整体支出绩效自评表 (kind "department") or a 项目支出绩效自评表 ("project")."""

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


def _form_info(ptr: ctypes.c_void_p, index: int) -> _native.jx_form_info:
    info = _native.jx_form_info()
    info.struct_size = ctypes.sizeof(info)
    _native.call(_native.lib().jx_result_form, ptr, index, ctypes.byref(info))
    return info


def _indicator(ptr: ctypes.c_void_p, form: int, index: int) -> IndicatorResult:
    info = _native.jx_indicator_info()
    info.struct_size = ctypes.sizeof(info)
    _native.call(_native.lib().jx_result_indicator, ptr, form, index, ctypes.byref(info))
    return IndicatorResult(
        path=_s(info.path),
        name=_s(info.name),
        weight=_d(info.weight),
        filed_score=_d(info.filed_score),
        computed_score=_d(info.computed_score),
        counted_score=_d(info.counted_score),
        method=_s(info.method),
        explanation_zh=_s(info.explanation_zh),
        explanation_en=_s(info.explanation_en),
    )


class EvaluationResult(Handle):
    """The scores of every form of a package (``jx_result``).

    ``forms`` lists the department form first when there is one, then the projects. The values are
    copied out of the handle (on first use) and stay valid after :meth:`close`; calling
    :meth:`to_json` or reading ``forms`` for the first time on a closed result raises ValueError.
    """

    _free_name = "jx_result_free"
    _kind = "evaluation result"

    def __init__(self, ptr: int, owner: Optional[Handle] = None) -> None:
        super().__init__(ptr, owner)
        self._forms: Optional[List[FormResult]] = None

    @property
    def forms(self) -> List[FormResult]:
        """Every scored form, the department first."""
        if self._forms is None:
            ptr = self._handle()
            L = _native.lib()
            count = ctypes.c_size_t()
            _native.call(L.jx_result_form_count, ptr, ctypes.byref(count))
            forms = []
            for i in range(count.value):
                info = _form_info(ptr, i)
                forms.append(
                    FormResult(
                        kind=_s(info.kind),
                        name=_s(info.name),
                        path=_s(info.path),
                        total=_d(info.total),
                        filed_total=_d(info.filed_total),
                        grade=_s(info.grade),
                        grade_en=_s(info.grade_en),
                        execution_rate=_native.decode(info.execution_rate),
                        execution_score=_d(info.execution_score),
                        explanation_zh=_s(info.total_explanation_zh),
                        explanation_en=_s(info.total_explanation_en),
                        indicators=[_indicator(ptr, i, j) for j in range(info.indicator_count)],
                    )
                )
            self._forms = forms
        return self._forms

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
        _native.call(_native.lib().jx_result_form_count, self._handle(), ctypes.byref(count))
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

    def __init__(self, ptr: int) -> None:
        super().__init__(ptr)
        self._findings: Optional[List[Finding]] = None
        # A weak reference: the evaluation keeps the audit alive, not the other way round, so that
        # dropping both frees the audit at once (no reference cycle waiting for the collector).
        self._evaluation: Optional["weakref.ReferenceType[EvaluationResult]"] = None

    @property
    def findings(self) -> List[Finding]:
        """Every finding, in the audit's order."""
        if self._findings is None:
            ptr = self._handle()
            L = _native.lib()
            count = ctypes.c_size_t()
            _native.call(L.jx_audit_finding_count, ptr, ctypes.byref(count))
            findings = []
            for i in range(count.value):
                info = _native.jx_finding_info()
                info.struct_size = ctypes.sizeof(info)
                _native.call(L.jx_audit_finding, ptr, i, ctypes.byref(info))
                try:
                    severity = Severity(info.severity)
                except ValueError:  # a later library's level: keep the number's meaning close
                    severity = Severity.ERROR if info.severity > Severity.ERROR else Severity.INFO
                findings.append(
                    Finding(
                        code=_s(info.code),
                        severity=severity,
                        form=_s(info.form),
                        form_name=_s(info.form_name),
                        row=_s(info.row),
                        field=_s(info.field),
                        path=_s(info.path),
                        message_zh=_s(info.message_zh),
                        message_en=_s(info.message_en),
                        expected=_native.decode(info.expected),
                        found=_native.decode(info.found),
                    )
                )
            self._findings = findings
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
