// JX-A01..A10: the arithmetic of the forms (docs/audit/arithmetic.md): totals against their
// parts, printed rates against recomputed ones, scores against their points.
#include "audit_context.hpp"
#include "form_walk.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace jixiao::audit_detail {
namespace {

std::string unit_zh(const Context& c) { return std::string(money_unit_name(c.package.money_unit, Lang::zh)); }
std::string unit_en(const Context& c) { return std::string(money_unit_name(c.package.money_unit, Lang::en)); }

Place basic_place(const Context& c, std::string row, std::string field, std::string path) {
  const std::string name = c.package.unit_name.empty() && c.package.basic_data ? c.package.basic_data->title
                                                                                : c.package.unit_name;
  return {"basic_data", name, std::move(row), std::move(field), std::move(path)};
}

// ---- JX-A01: a basic data row against its sub-rows ------------------------------------------------

struct Column {
  std::string_view key;
  std::optional<Money> YearColumns::*member;
  std::string zh;
  std::string_view en;
};

std::array<Column, 3> basic_columns(const Context& c) {
  const int y = c.package.year;
  return {{{"prior_final", &YearColumns::prior_final, y > 0 ? fmt::format("{}年决算数", y - 1) : "上年决算数",
            "last year's final accounts"},
           {"budget", &YearColumns::budget, y > 0 ? fmt::format("{}年预算数", y) : "本年预算数", "this year's budget"},
           {"final", &YearColumns::final, y > 0 ? fmt::format("{}年决算数", y) : "本年决算数",
            "this year's final accounts"}}};
}

const RowTotal* row_total(const Context& c, const std::string& path, std::string_view column) {
  for (const RowTotal& t : c.evaluation.basic_data->row_totals)
    if (t.path == path && t.column == column) return &t;
  return nullptr;
}

void a01_row(const Context& c, const AmountRow& row, const std::string& path) {
  if (row.children.empty()) return;
  for (const Column& col : basic_columns(c)) {
    // A column where no sub-row is filled gives no breakdown to check (the total stands alone).
    const bool any_child = std::any_of(row.children.begin(), row.children.end(),
                                       [&](const AmountRow& ch) { return (ch.amounts.*col.member).has_value(); });
    if (!any_child) continue;
    const RowTotal* t = row_total(c, path, col.key);
    if (!t) continue;
    const std::string cell = fmt::format("{}.amounts.{}", path, col.key);
    const std::string name = one_line(row.name);
    const std::string sum = c.amount(t->computed);
    if (!t->printed) {
      if (t->computed.is_zero()) continue;
      c.report("JX-A01", basic_place(c, name, std::string(col.key), cell),
               fmt::format("“{}”的{}为空，但其中各项之和为 {} {}。{}", name, col.zh, sum, unit_zh(c), t->explanation.zh),
               fmt::format("'{}' leaves {} blank, but its sub-rows add up to {} {}. {}", name, col.en, sum, unit_en(c),
                           t->explanation.en),
               sum, std::nullopt);
      continue;
    }
    if (!c.amounts_differ(*t->printed, t->computed)) continue;
    const std::string printed = c.amount(*t->printed);
    const std::string diff = c.amount((*t->printed - t->computed).abs());
    c.report("JX-A01", basic_place(c, name, std::string(col.key), cell),
             fmt::format("“{}”的{}填报 {} {}，其中各项之和为 {} {}，相差 {} {}{}。{}", name, col.zh, printed, unit_zh(c),
                         sum, unit_zh(c), diff, unit_zh(c), c.amount_tolerance(Lang::zh), t->explanation.zh),
             fmt::format("'{}' prints {} {} for {}, but its sub-rows add up to {} {}: {} {} apart{}. {}", name, printed,
                         unit_en(c), col.en, sum, unit_en(c), diff, unit_en(c), c.amount_tolerance(Lang::en),
                         t->explanation.en),
             sum, printed);
  }
  for (std::size_t i = 0; i < row.children.size(); ++i)
    a01_row(c, row.children[i], fmt::format("{}.children[{}]", path, i));
}

void a01(const Context& c) {
  if (!c.package.basic_data || !c.evaluation.basic_data) return;
  const BasicDataForm& b = *c.package.basic_data;
  a01_row(c, b.three_public, "$.basic_data.three_public");
  a01_row(c, b.project_spending, "$.basic_data.project_spending");
  a01_row(c, b.public_funds, "$.basic_data.public_funds");
}

// ---- JX-A06: printed rates of the basic data table ------------------------------------------------

/// numerator ÷ denominator × 100% at the places the printed rate is written with.
std::optional<Percent> rate_at(const std::optional<Decimal>& n, const std::optional<Decimal>& d, const Percent& printed,
                               RoundingMode mode) {
  if (!n || !d || d->is_zero()) return std::nullopt;
  return Percent::of(*n, *d, std::clamp(printed.points().scale(), 0, 10), mode);
}

std::optional<Decimal> yuan(const std::optional<Money>& m) {
  if (!m) return std::nullopt;
  return m->yuan();
}

void a06(const Context& c) {
  if (!c.package.basic_data || !c.evaluation.basic_data) return;
  const BasicDataForm& b = *c.package.basic_data;
  struct Spec {
    std::string_view key;
    std::string_view row;
    std::string_view block;
    std::string_view field;
    std::optional<Decimal> n, d;
  };
  const Spec specs[] = {
      {"staffing_control_rate", "财政供养人员情况", "staffing", "control_rate", b.staffing.actual,
       b.staffing.authorized},
      {"building_scale_control_rate", "楼堂馆所控制情况", "buildings", "scale_control_rate", b.buildings.actual_area,
       b.buildings.approved_area},
      {"building_investment_control_rate", "楼堂馆所控制情况", "buildings", "investment_control_rate",
       yuan(b.buildings.actual_investment), yuan(b.buildings.budgeted_investment)},
  };
  for (const Spec& s : specs) {
    const auto it = std::find_if(c.evaluation.basic_data->rates.begin(), c.evaluation.basic_data->rates.end(),
                                 [&](const DerivedRate& r) { return r.key == s.key; });
    if (it == c.evaluation.basic_data->rates.end() || !it->printed || !it->value) continue;
    const auto at = rate_at(s.n, s.d, *it->printed, RoundingMode::half_up);
    if (!at || !c.rates_differ(*it->printed, *at)) continue;
    const std::string printed = it->printed->to_string();
    const std::string computed = it->value->to_string();
    c.report("JX-A06",
             basic_place(c, std::string(s.row), std::string(s.field),
                         fmt::format("$.basic_data.{}.{}", s.block, s.field)),
             fmt::format("{}填报 {}，按表内数字计算为 {}{}。{}", it->name, printed, computed, c.rate_tolerance(Lang::zh),
                         it->explanation.zh),
             fmt::format("the {} is printed as {}, but the table's figures give {}{}. {}", it->name_en, printed,
                         computed, c.rate_tolerance(Lang::en), it->explanation.en),
             computed, printed);
  }
}

// ---- the forms -------------------------------------------------------------------------------------

struct FundsColumn {
  std::string_view key;
  std::optional<Money> FundsRow::*member;
  std::string_view zh;
  std::string_view en;
};

constexpr std::array<FundsColumn, 3> funds_columns{{
    {"initial_budget", &FundsRow::initial_budget, "年初预算数", "initial budget"},
    {"annual_budget", &FundsRow::annual_budget, "全年预算数", "full-year budget"},
    {"executed", &FundsRow::executed, "全年执行数", "amount executed"},
}};

/// JX-A02: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, in each column some 其中 row fills.
void a02(const Context& c, const FormWalk& f) {
  const auto rows = funds_rows(f.funds);
  for (const FundsColumn& col : funds_columns) {
    Money sum;
    bool any = false;
    for (const FundsRowRef& r : rows) {
      if (r.total) continue;
      const auto& v = r.row.*col.member;
      any = any || v.has_value();
      if (v) sum += *v;
    }
    if (!any) continue;
    const auto& total = f.funds.total.*col.member;
    if (total ? !c.amounts_differ(*total, sum) : sum.is_zero()) continue;  // the messages only for a finding
    std::string terms_zh, terms_en;
    for (const FundsRowRef& r : rows) {
      if (r.total) continue;
      const auto& v = r.row.*col.member;
      terms_zh += fmt::format("{}{} {}", terms_zh.empty() ? "" : " + ", r.name_zh, v ? c.amount(*v) : "0");
      terms_en += fmt::format("{}{} {}", terms_en.empty() ? "" : " + ", r.name_en, v ? c.amount(*v) : "0");
    }
    const std::string cell = fmt::format("{}.funds.total.{}", f.path(), col.key);
    const std::string s = c.amount(sum);
    if (!total) {
      c.report("JX-A02", f.place(c.package, "年度资金总额", std::string(col.key), cell),
               fmt::format("年度资金总额的{}为空，但其中各项之和为 {} {}（{}，空白记 0）", col.zh, s, unit_zh(c), terms_zh),
               fmt::format("the funds total leaves the {} blank, but its 其中 rows add up to {} {} ({}; blank counts 0)",
                           col.en, s, unit_en(c), terms_en),
               s, std::nullopt);
      continue;
    }
    const std::string printed = c.amount(*total);
    c.report("JX-A02", f.place(c.package, "年度资金总额", std::string(col.key), cell),
             fmt::format("年度资金总额的{}填报 {} {}，其中各项之和为 {} {}（{}，空白记 0），相差 {} {}{}", col.zh, printed,
                         unit_zh(c), s, unit_zh(c), terms_zh, c.amount((*total - sum).abs()), unit_zh(c),
                         c.amount_tolerance(Lang::zh)),
             fmt::format("the funds total prints {} {} as the {}, but its 其中 rows add up to {} {} ({}; blank counts "
                         "0): {} {} apart{}",
                         printed, unit_en(c), col.en, s, unit_en(c), terms_en, c.amount((*total - sum).abs()),
                         unit_en(c), c.amount_tolerance(Lang::en)),
             s, printed);
  }
}

/// JX-A03 / JX-A04: a breakdown of the 部门整体 table against the funds total: it must equal one of
/// 年初预算数, 全年预算数, 全年执行数 (the breakdown is not printed beside a particular column).
void breakdown(const Context& c, std::string_view code, std::string_view row_zh, std::string_view row_en,
               std::string_view key, const std::vector<std::pair<std::string_view, const std::optional<Money>*>>& parts) {
  const DepartmentForm& d = *c.package.department;
  Money sum;
  bool any = false;
  std::string terms;
  for (const auto& [name, value] : parts) {
    if (!*value) continue;
    any = true;
    sum += **value;
    terms += fmt::format("{}{} {}", terms.empty() ? "" : " + ", name, c.amount(**value));
  }
  if (!any) return;
  std::string against_zh, against_en;
  std::optional<std::string> expected;
  bool compared = false;
  // The full-year budget first: it is the one the expected value names.
  for (const std::size_t i : {std::size_t{1}, std::size_t{0}, std::size_t{2}}) {
    const FundsColumn& col = funds_columns[i];
    const auto& v = d.funds.total.*col.member;
    if (!v) continue;
    if (!c.amounts_differ(*v, sum)) return;
    compared = true;
    if (!expected) expected = c.amount(*v);
    against_zh += fmt::format("{}{} {}", against_zh.empty() ? "" : "、", col.zh, c.amount(*v));
    against_en += fmt::format("{}{} {}", against_en.empty() ? "" : ", ", col.en, c.amount(*v));
  }
  if (!compared) return;
  const std::string s = c.amount(sum);
  c.report(code, department_place(c.package, std::string(row_zh), std::string(key), fmt::format("$.department.{}", key)),
           fmt::format("{}：{} = {} {}，与年度资金总额的{} 均不相等{}", row_zh, terms, s, unit_zh(c), against_zh,
                       c.amount_tolerance(Lang::zh)),
           fmt::format("{}: {} = {} {}, equal to none of the funds total's {}{}", row_en, terms, s, unit_en(c),
                       against_en, c.amount_tolerance(Lang::en)),
           expected, s);
}

void a03_a04(const Context& c) {
  if (!c.package.department) return;
  const DepartmentForm& d = *c.package.department;
  breakdown(c, "JX-A03", "按支出性质分", "expenditure by nature", "expenditure",
            {{"基本支出", &d.expenditure.basic}, {"项目支出", &d.expenditure.project}});
  breakdown(c, "JX-A04", "按收入性质分", "income by source", "income",
            {{"一般公共预算", &d.income.general_public_budget},
             {"政府性基金拨款", &d.income.government_fund},
             {"纳入专户管理的非税收入拨款", &d.income.special_account_non_tax},
             {"其他资金", &d.income.other}});
}

/// JX-A05: a printed 执行率 against 全年执行数 ÷ 全年预算数, at the places it is printed with.
void a05(const Context& c, const FormWalk& f) {
  const RoundingMode mode = c.policy.rounding.mode;
  for (const FundsRowRef& r : funds_rows(f.funds)) {
    const FundsRow& row = r.row;
    if (!row.execution_rate || !row.annual_budget || !row.executed || row.annual_budget->is_zero()) continue;
    const Percent& printed = *row.execution_rate;
    const Percent at = Percent::of(*row.executed, *row.annual_budget, std::clamp(printed.points().scale(), 0, 10), mode);
    if (!c.rates_differ(printed, at)) continue;
    const Percent two = r.total && f.result.execution.rate ? *f.result.execution.rate
                                                            : Percent::of(*row.executed, *row.annual_budget, 2, mode);
    const std::string e = c.amount(*row.executed);
    const std::string b = c.amount(*row.annual_budget);
    c.report("JX-A05",
             f.place(c.package, std::string(r.name_zh), "execution_rate",
                     fmt::format("{}.funds.{}.execution_rate", f.path(), r.key)),
             fmt::format("{}的执行率填报 {}，按全年执行数 {} ÷ 全年预算数 {} 计算为 {}{}", r.name_zh, printed.to_string(), e,
                         b, two.to_string(), c.rate_tolerance(Lang::zh)),
             fmt::format("{}: the execution rate is printed as {}, but executed {} / full-year budget {} is {}{}",
                         r.name_en, printed.to_string(), e, b, two.to_string(), c.rate_tolerance(Lang::en)),
             two.to_string(), printed.to_string());
  }
}

/// JX-A07 (funds rows): a 自评得分 above the row's 分值 (the total row: the policy's points when blank).
void a07_funds(const Context& c, const FormWalk& f) {
  for (const FundsRowRef& r : funds_rows(f.funds)) {
    if (!r.row.self_score) continue;
    std::optional<Decimal> points = r.row.weight;
    const bool from_policy = !points && r.total;
    if (from_policy) points = c.policy.execution_weight;
    if (!points || !greater(*r.row.self_score, *points)) continue;
    const std::string s = num(*r.row.self_score);
    const std::string w = num(*points);
    c.report("JX-A07",
             f.place(c.package, std::string(r.name_zh), "self_score",
                     fmt::format("{}.funds.{}.self_score", f.path(), r.key)),
             fmt::format("{}的自评得分 {} 高于{} {}", r.name_zh, s, from_policy ? "评分规则的预算执行率分值" : "分值", w),
             fmt::format("{}: the self-score {} is above {} {}", r.name_en, s,
                         from_policy ? "the policy's execution points" : "its points", w),
             w, s);
  }
}

/// JX-A07 (rows): a 自评得分 above the row's 分值.
void a07_rows(const Context& c, const FormWalk& f) {
  for_each_row(f, [&](const RowWalk& w) {
    const Indicator& ind = w.indicator;
    if (!ind.weight || !ind.self_score || !greater(*ind.self_score, *ind.weight)) return;
    const std::string s = num(*ind.self_score);
    const std::string p = num(*ind.weight);
    c.report("JX-A07", f.place(c.package, ind.name, "self_score", message<"{}.self_score">(w.result.path)),
             fmt::format("“{}”的自评得分 {} 高于分值 {}", ind.name, s, p),
             fmt::format("'{}': the self-score {} is above its points {}", ind.name, s, p), p, s);
  });
}

/// JX-A08: 总分 as filed against the filed self-scores: 预算执行率 + every row.
void a08(const Context& c, const FormWalk& f) {
  const FormResult& r = f.result;
  if (!r.filed_total) return;
  Decimal sum;
  bool any = false;
  if (r.execution.filed_score) {
    any = true;
    sum += *r.execution.filed_score;
  }
  for (const SectionResult& s : r.sections) {
    if (!s.filed_score) continue;
    any = true;
    sum += *s.filed_score;
  }
  if (!any || !c.scores_differ(*r.filed_total, sum)) return;  // the messages only for a finding
  std::string terms_zh, terms_en;
  if (r.execution.filed_score) {
    terms_zh = fmt::format("预算执行率 {}", num(*r.execution.filed_score));
    terms_en = fmt::format("execution {}", num(*r.execution.filed_score));
  }
  for (const SectionResult& s : r.sections) {
    if (!s.filed_score) continue;
    const std::string zh = s.category.id == CategoryId::custom ? one_line(split_label(s.category.label).name)
                                                               : std::string(category_display_name(s.category.id));
    const std::string en = s.category.id == CategoryId::custom
                               ? zh
                               : std::string(category_display_name(s.category.id, Lang::en));
    terms_zh += fmt::format("{}{} {}", terms_zh.empty() ? "" : " + ", zh, num(*s.filed_score));
    terms_en += fmt::format("{}{} {}", terms_en.empty() ? "" : " + ", en, num(*s.filed_score));
  }
  const std::string t = num(*r.filed_total);
  const std::string s = num(sum);
  c.report("JX-A08", f.place(c.package, "总分", "total_self_score", message<"{}.total_self_score">(f.path())),
           fmt::format("总分自评得分填报 {}，而各项自评得分之和为 {} = {}{}", t, s, terms_zh, c.score_tolerance(Lang::zh)),
           fmt::format("the total self-score is {}, but the self-scores add up to {} = {}{}", t, s, terms_en,
                       c.score_tolerance(Lang::en)),
           s, t);
}

/// JX-A09: the filed 预算执行率 score against the score the rate gives.
void a09(const Context& c, const FormWalk& f) {
  const ExecutionResult& e = f.result.execution;
  if (!e.score || !e.filed_score || !c.scores_differ(*e.filed_score, *e.score)) return;
  const std::string filed = num(*e.filed_score);
  const std::string computed = num(*e.score);
  const std::string rate = e.rate ? e.rate->to_string() : "—";
  c.report("JX-A09", f.place(c.package, "年度资金总额", "self_score", message<"{}.funds.total.self_score">(f.path())),
           fmt::format("预算执行率得分填报 {}，按执行率 {} 应为 {}（{}）{}", filed, rate, computed, e.score_explanation.zh,
                       c.score_tolerance(Lang::zh)),
           fmt::format("the execution score is filed as {}, but the execution rate {} gives {} ({}){}", filed, rate,
                       computed, e.score_explanation.en, c.score_tolerance(Lang::en)),
           computed, filed);
}

/// JX-A10: 全年执行数 above 全年预算数 (beyond the amount tolerance).
void a10(const Context& c, const FormWalk& f) {
  for (const FundsRowRef& r : funds_rows(f.funds)) {
    const FundsRow& row = r.row;
    if (!row.executed || !row.annual_budget || *row.executed <= *row.annual_budget ||
        !c.amounts_differ(*row.executed, *row.annual_budget))
      continue;
    const std::string e = c.amount(*row.executed);
    const std::string b = c.amount(*row.annual_budget);
    const std::string over = c.amount(*row.executed - *row.annual_budget);
    c.report("JX-A10",
             f.place(c.package, std::string(r.name_zh), "executed", fmt::format("{}.funds.{}.executed", f.path(), r.key)),
             fmt::format("{}的全年执行数 {} {} 超过全年预算数 {} {}，超出 {} {}{}", r.name_zh, e, unit_zh(c), b, unit_zh(c),
                         over, unit_zh(c), c.amount_tolerance(Lang::zh)),
             fmt::format("{}: {} {} executed against a full-year budget of {} {}, {} {} over{}", r.name_en, e,
                         unit_en(c), b, unit_en(c), over, unit_en(c), c.amount_tolerance(Lang::en)),
             b, e);
  }
}

}  // namespace

void check_arithmetic(const Context& c) {
  a01(c);
  a06(c);
  a03_a04(c);
  for_each_form(c, [&](const FormWalk& f) {
    a02(c, f);
    a05(c, f);
    a10(c, f);
    a07_funds(c, f);
    a09(c, f);
    a07_rows(c, f);
    a08(c, f);
  });
}

}  // namespace jixiao::audit_detail
