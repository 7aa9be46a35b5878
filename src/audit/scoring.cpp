// JX-S01..S10: the self-scores against the scoring rules (docs/audit/scoring.md), using the scores
// the evaluation computed (c.evaluation); nothing is scored again here.
#include "audit_context.hpp"
#include "form_walk.hpp"

#include <fmt/format.h>

namespace jixiao::audit_detail {
namespace {

bool rule_scored(ScoreMethod m) { return m != ScoreMethod::qualitative && m != ScoreMethod::not_scored; }

std::string_view tier_zh(QualitativeTier t) {
  switch (t) {
    case QualitativeTier::achieved: return "达成年度指标";
    case QualitativeTier::partial: return "部分达成年度指标并具有一定效果";
    case QualitativeTier::not_achieved: return "未达成年度指标且效果较差";
    case QualitativeTier::unknown: break;
  }
  return "未知";
}

std::string_view tier_en(QualitativeTier t) {
  switch (t) {
    case QualitativeTier::achieved: return "achieved";
    case QualitativeTier::partial: return "partly achieved";
    case QualitativeTier::not_achieved: return "not achieved";
    case QualitativeTier::unknown: break;
  }
  return "unknown";
}

std::string_view cell(const IndicatorValue& v) { return trimmed(v.text); }
bool blank(std::string_view text) { return is_blank(text); }

/// JX-S01: full marks filed although the rule gives less (quantitative rows).
bool s01_fires(const Context& c, const RowWalk& w) {
  const Indicator& ind = w.indicator;
  const IndicatorResult& r = w.result;
  if (!rule_scored(r.method) || !r.computed_score || !ind.weight || !ind.self_score) return false;
  if (c.scores_differ(*ind.self_score, *ind.weight)) return false;  // not full marks
  return less(*r.computed_score, *ind.weight) && c.scores_differ(*ind.weight, *r.computed_score);
}

/// JX-S01's finding, where s01_fires.
[[gnu::noinline]] void s01(const Context& c, const FormWalk& f, const RowWalk& w) {
  const Indicator& ind = w.indicator;
  const IndicatorResult& r = w.result;
  const Num computed(*r.computed_score), filed(*ind.self_score);
  FindingDraft x = f.add<"{}.self_score">(c, "JX-S01", ind.name, "self_score", r.path);
  x.zh<"“{}”的实际完成值“{}”未完成年度指标值“{}”，按规则应得 {} 分（{}），自评却给了满分 {}{}">(ind.name,
             cell(ind.actual), cell(ind.target), computed, r.explanation.zh, filed, c.score_tolerance(Lang::zh));
  x.en<"'{}': the actual '{}' misses the target '{}', so the rule gives {} ({}), yet the full {} "
                 "points were filed{}">(ind.name, cell(ind.actual), cell(ind.target), computed, r.explanation.en,
                                         filed, c.score_tolerance(Lang::en));
  x.expected(computed.view());
  x.found(filed.view());
}

/// JX-S02: the filed score against the computed one, for rows a rule scores (not qualitative rows).
bool s02_fires(const Context& c, const RowWalk& w) {
  const Indicator& ind = w.indicator;
  const IndicatorResult& r = w.result;
  if (!rule_scored(r.method) || !r.computed_score || !ind.self_score) return false;
  if (ind.self_score->is_negative()) return false;  // JX-S10
  if (ind.weight && greater(*ind.self_score, *ind.weight) && !less(*r.computed_score, *ind.weight))
    return false;  // JX-A07
  return c.scores_differ(*ind.self_score, *r.computed_score);
}

/// JX-S02's finding, where s02_fires.
[[gnu::noinline]] void s02(const Context& c, const FormWalk& f, const RowWalk& w) {
  const Indicator& ind = w.indicator;
  const IndicatorResult& r = w.result;
  const Num computed(*r.computed_score), filed(*ind.self_score);
  FindingDraft x = f.add<"{}.self_score">(c, "JX-S02", ind.name, "self_score", r.path);
  x.zh<"“{}”的自评得分 {} 与按规则计算的 {} 不符（年度指标值“{}”，实际完成值“{}”；{}）{}">(ind.name, filed,
             computed, cell(ind.target), cell(ind.actual), r.explanation.zh, c.score_tolerance(Lang::zh));
  x.en<"'{}': the self-score {} differs from the rule's {} (target '{}', actual '{}'; {}){}">(ind.name,
             filed, computed, cell(ind.target), cell(ind.actual), r.explanation.en, c.score_tolerance(Lang::en));
  x.expected(computed.view());
  x.found(filed.view());
}

/// JX-S03: a qualitative self-score outside the range of the tier the actual names.
void s03(const Context& c, const FormWalk& f, const RowWalk& w) {
  const IndicatorResult& r = w.result;
  if (r.method != ScoreMethod::qualitative || r.self_score_in_tier.value_or(true) || !r.tier_min || !r.tier_max ||
      !r.filed_score)
    return;
  const Indicator& ind = w.indicator;
  std::string range = message<"[{}, {}{}">(*r.tier_min, *r.tier_max, r.tier_max_inclusive ? "]" : ")");
  const bool named = ind.actual.kind == ValueKind::qualitative && ind.actual.tier != QualitativeTier::unknown;
  const Num points(r.weight), filed(*r.filed_score);
  FindingDraft x = f.add<"{}.self_score">(c, "JX-S03", ind.name, "self_score", r.path);
  if (named)
    x.zh<"“{}”的实际完成值“{}”属“{}”档次，分值 {} 时该档得分区间为 {}，自评得分 {} 不在区间内">(ind.name,
               cell(ind.actual), tier_zh(r.tier), points, range, filed);
  else
    x.zh<"“{}”的实际完成值与年度指标值相同，视为“{}”档次，分值 {} 时该档得分区间为 {}，自评得分 {} 不在区间内">(
        ind.name, tier_zh(r.tier), points, range, filed);
  if (named)
    x.en<"'{}': the actual '{}' is in the '{}' tier, whose range for {} points is {}; the self-score {} lies "
                   "outside it">(ind.name, cell(ind.actual), tier_en(r.tier), points, range, filed);
  else
    x.en<"'{}': the actual repeats the target, read as the '{}' tier, whose range for {} points is {}; the "
                   "self-score {} lies outside it">(ind.name, tier_en(r.tier), points, range, filed);
  x.expected(range);
  x.found(filed.view());
}

/// JX-S04: points deducted with a blank 偏差原因分析及改进措施.
void s04(const Context& c, const FormWalk& f, const RowWalk& w) {
  const Indicator& ind = w.indicator;
  if (!ind.weight || !ind.self_score || !less(*ind.self_score, *ind.weight) || !blank(ind.deviation)) return;
  const Num s(*ind.self_score), p(*ind.weight), d(*ind.weight - *ind.self_score);
  FindingDraft x = f.add<"{}.deviation">(c, "JX-S04", ind.name, "deviation", w.result.path);
  x.zh<"“{}”自评得分 {} 低于分值 {}（扣 {} 分），但偏差原因分析及改进措施为空">(ind.name, s, p, d);
  x.en<"'{}': the self-score {} is below its points {} ({} deducted), but the deviation analysis is "
                 "blank">(ind.name, s, p, d);
}

/// JX-S05: an over-achievement (completion at or above the policy's threshold) with no explanation.
void s05(const Context& c, const FormWalk& f, const RowWalk& w) {
  const IndicatorResult& r = w.result;
  const Indicator& ind = w.indicator;
  if (!r.over_achievement || !r.completion || !blank(ind.deviation)) return;
  const std::string completion = Percent::from_ratio(*r.completion).round(2).to_string();
  const std::string threshold =
      Percent::from_ratio(c.policy.quantitative.over_achievement_ratio).points().strip_trailing_zeros().to_string() + "%";
  FindingDraft x = f.add<"{}.deviation">(c, "JX-S05", ind.name, "deviation", r.path);
  x.zh<"“{}”的实际完成值“{}”达到年度指标值“{}”的 {}（不低于 {}），可能是指标值设定偏低，但偏差原因分析为空">(
      ind.name, cell(ind.actual), cell(ind.target), completion, threshold);
  x.en<"'{}': the actual '{}' is {} of the target '{}' (at least {}), perhaps a target set too low, "
                 "but the deviation analysis is blank">(ind.name, cell(ind.actual), completion, cell(ind.target),
                                                         threshold);
  x.found(completion);
}

/// JX-S08: a row no rule scores; its self-score is counted as filed.
void s08(const Context& c, const FormWalk& f, const RowWalk& w) {
  const IndicatorResult& r = w.result;
  if (r.method != ScoreMethod::not_scored) return;
  c.report("JX-S08", f.place(c.package, w.indicator.name, "", r.path),
           message<"“{}”{}">(w.indicator.name, r.explanation.zh),
           message<"'{}' is {}">(w.indicator.name, r.explanation.en));
}

/// JX-S10: a negative self-score (a row, a funds row, the total).
template <class Path>
void s10(const Context& c, const FormWalk& f, std::string_view row, const Path& path,
         const std::optional<Decimal>& score) {
  if (!score || !score->is_negative()) return;
  const std::string s = num(*score);
  c.report("JX-S10", f.place(c.package, std::string(row), "self_score", path()),
           message<"“{}”的自评得分为负数 {}，得分最低为 0">(row, s),
           message<"'{}': the self-score {} is negative; scores go no lower than 0">(row, s), std::nullopt, s);
}

/// JX-S07: 全年预算数 of 0, or an execution rate below 80%.
void s07(const Context& c, const FormWalk& f) {
  const FundsRow& t = f.funds.total;
  const ExecutionResult& e = f.result.execution;
  if (t.annual_budget && t.annual_budget->is_zero()) {
    c.report("JX-S07", f.place(c.package, "年度资金总额", "annual_budget", message<"{}.funds.total.annual_budget">(f.path())),
             "全年预算数为 0，无法计算预算执行率", "the full-year budget is 0: there is no execution rate", std::nullopt,
             c.amount(*t.annual_budget));
    return;
  }
  if (!e.rate || !(e.rate->points() < 80)) return;
  const std::string rate = e.rate->to_string();
  c.report("JX-S07", f.place(c.package, "年度资金总额", "execution_rate", message<"{}.funds.total.execution_rate">(f.path())),
           message<"预算执行率 {} 低于 80%（{}）">(rate, e.rate_explanation.zh),
           message<"the execution rate {} is below 80% ({})">(rate, e.rate_explanation.en), std::nullopt, rate);
}

/// JX-S06: (indicator score ÷ indicator points − execution score ÷ execution points) ÷ (indicator
/// score ÷ indicator points) > 5%, the points being the policy's (total − execution, execution).
void s06(const Context& c, const FormWalk& f) {
  const FormResult& r = f.result;
  const Decimal we = c.policy.execution_weight;
  const Decimal wi = c.policy.total - we;
  const Decimal& i = r.indicator_score;
  if (!r.execution.score || !(we > 0) || !(wi > 0) || !(i > 0)) return;
  const Decimal& e = *r.execution.score;
  // i/wi − e/we > 0.05 × i/wi  ⇔  95 × i × we > 100 × e × wi  (exact, no division)
  if (!(i * we * 95 > e * wi * 100)) return;
  const std::string ic = Percent::of(i, wi).to_string();
  const std::string ec = Percent::of(e, we).to_string();
  const std::string gap = Percent::of(i * we - e * wi, i * we).to_string();
  FindingDraft x = f.add<"{}">(c, "JX-S06", "总分", "", f.path());
  const Num ni(i), nwi(wi), ne(e), nwe(we);
  x.zh<"指标得分率 {}（指标得分 {} ÷ 指标分值 {}）比预算执行率得分率 {}（执行率得分 {} ÷ {}）高出 {}（相对于指标得分率），"
                 "超过 5%：自评得分可能虚高">(ic, ni, nwi, ec, ne, nwe, gap);
  x.en<"the indicators score {} of their points ({} / {}) against {} for budget execution ({} / {}): "
                 "{} higher relative to the indicators' rate, above 5%; the self-evaluation may be inflated">(ic, ni,
                                                                                                  nwi, ec, ne, nwe, gap);
  x.found(gap);
}

/// JX-S09: the filed 总分 against the computed total.
void s09(const Context& c, const FormWalk& f) {
  const FormResult& r = f.result;
  if (!r.filed_total || !c.scores_differ(*r.filed_total, r.total)) return;
  const bool regrade = r.filed_grade && r.filed_grade->name != r.grade.name;
  const Num filed(*r.filed_total), total(r.total);
  FindingDraft x = f.add<"{}.total_self_score">(c, "JX-S09", "总分", "total_self_score", f.path());
  if (regrade) {
    x.zh<"总分填报 {}，按规则计算为 {}（{}）{}；等级由“{}”变为“{}”">(filed, total,
               r.total_explanation.zh, c.score_tolerance(Lang::zh), r.filed_grade->name, r.grade.name);
    x.en<"the total is filed as {}, but the rules give {} ({}){}; the grade changes from {} to {}">(
        filed, total, r.total_explanation.en, c.score_tolerance(Lang::en), r.filed_grade->name_en,
        r.grade.name_en);
  } else {
    x.zh<"总分填报 {}，按规则计算为 {}（{}）{}">(filed, total, r.total_explanation.zh,
                                                          c.score_tolerance(Lang::zh));
    x.en<"the total is filed as {}, but the rules give {} ({}){}">(filed, total,
                                                                          r.total_explanation.en,
                                                                          c.score_tolerance(Lang::en));
  }
  x.expected(total.view());
  x.found(filed.view());
}

}  // namespace

void check_scoring(const Context& c) {
  for_each_form(c, [&](const FormWalk& f) {
    s07(c, f);
    for (const FundsRowRef& r : funds_rows(f.funds))
      s10(c, f, r.name_zh, [&] { return message<"{}.funds.{}.self_score">(f.path(), r.key); }, r.row.self_score);
    for_each_row(f, [&](const RowWalk& w) {
      // each rule called only past the first of its own tests (they test again): most rows pass no rule
      const Indicator& ind = w.indicator;
      const IndicatorResult& r = w.result;
      if (s01_fires(c, w))
        s01(c, f, w);
      else if (s02_fires(c, w))
        s02(c, f, w);
      if (r.method == ScoreMethod::qualitative && !r.self_score_in_tier.value_or(true)) s03(c, f, w);
      if (ind.weight && ind.self_score && less(*ind.self_score, *ind.weight)) s04(c, f, w);
      if (r.over_achievement && r.completion) s05(c, f, w);
      if (r.method == ScoreMethod::not_scored) s08(c, f, w);
      if (ind.self_score && ind.self_score->is_negative())
        s10(c, f, ind.name, [&] { return message<"{}.self_score">(r.path); }, ind.self_score);
    });
    s06(c, f);
    s09(c, f);
    s10(c, f, "总分", [&] { return message<"{}.total_self_score">(f.path()); }, f.total_self_score);
  });
}

}  // namespace jixiao::audit_detail
