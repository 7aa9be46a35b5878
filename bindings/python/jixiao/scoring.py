"""Scoring one indicator row or one execution rate, without a package."""

from __future__ import annotations

import ctypes
import decimal
from typing import Optional, Tuple, Union

from . import _native
from .decimals import Number, number_text, optional_text, to_decimal
from .errors import JX_ERR_INVALID_ARGUMENT, binding_error
from .policy import PolicyLike, resolve_policy

__all__ = ["score_indicator", "score_execution"]


def _lang(lang: Union[str, int]) -> int:
    if lang in ("zh", "zh-CN", "cn", _native.JX_LANG_ZH):
        return _native.JX_LANG_ZH
    if lang in ("en", "en-US", _native.JX_LANG_EN):
        return _native.JX_LANG_EN
    raise binding_error(JX_ERR_INVALID_ARGUMENT, f"未知的语言“{lang}”，可用 zh、en",
                        f"unknown language '{lang}'; one of zh, en")


def score_indicator(
    target: Number,
    actual: Number,
    weight: Number,
    unit: Optional[str] = None,
    self_score: Optional[Number] = None,
    policy: PolicyLike = None,
    lang: Union[str, int] = "zh",
) -> Tuple[Optional[decimal.Decimal], str]:
    """Scores a single 三级 row from its cells as typed.

    Args:
        target: 年度指标值 (``"≥96%"``, ``"33"``, ``"按规定完成"``).
        actual: 实际完成值.
        weight: 分值.
        unit: 计量单位 (``"%"``, ``"个"``), or None.
        self_score: 自评得分 as filed (used for qualitative rows), or None.
        policy: a built-in id, a file path, a Policy, or None for the default.
        lang: ``"zh"`` or ``"en"``, the language of the explanation.

    Returns:
        (the computed score, e.g. ``Decimal("9.38")``, or None when the row cannot be scored;
        the explanation).
    """
    language = _lang(lang)
    args = (
        _native.encode(number_text(target, "target"), "target"),
        _native.encode(number_text(actual, "actual"), "actual"),
        _native.encode(unit, "unit"),
        _native.encode(number_text(weight, "weight"), "weight"),
        _native.encode(optional_text(self_score, "self_score"), "self_score"),
    )
    pol, owned = resolve_policy(policy)
    try:
        score, explanation = ctypes.c_void_p(), ctypes.c_void_p()
        _native.call(_native.lib().jx_score_indicator, pol._handle() if pol is not None else None, *args,
                     language, ctypes.byref(score), ctypes.byref(explanation))
        # Both strings are taken (and freed) before anything can raise.
        score_text = _native.take_string(score)
        explanation_text = _native.take_string(explanation) or ""
    finally:
        if owned and pol is not None:
            pol.close()
    return to_decimal(score_text), explanation_text


def score_execution(
    annual_budget: Number, executed: Number, policy: PolicyLike = None
) -> Tuple[Optional[str], Optional[decimal.Decimal]]:
    """预算执行率 and its points from 全年预算数 and 全年执行数: ``("100.00%", Decimal("10.00"))``."""
    budget = _native.encode(number_text(annual_budget, "annual_budget"), "annual_budget")
    spent = _native.encode(number_text(executed, "executed"), "executed")
    pol, owned = resolve_policy(policy)
    try:
        rate, score = ctypes.c_void_p(), ctypes.c_void_p()
        _native.call(_native.lib().jx_score_execution, pol._handle() if pol is not None else None,
                     budget, spent, ctypes.byref(rate), ctypes.byref(score))
        rate_text = _native.take_string(rate)
        score_text = _native.take_string(score)
    finally:
        if owned and pol is not None:
            pol.close()
    return rate_text, to_decimal(score_text)
