// The rates and sub-row totals derived from 部门整体支出绩效评价基础数据表 (附件一).
#include <jixiao/evaluation.hpp>

#include "concat.hpp"
#include "evaluation_text.hpp"


namespace jixiao::detail {
namespace {

struct RateSpec {
  const char* key;
  const char* zh;
  const char* en;
  const char* numerator_zh;
  const char* numerator_en;
  const char* denominator_zh;
  const char* denominator_en;
};

/// numerator ÷ denominator × 100%, 2 places 四舍五入, or why not.
DerivedRate rate(const RateSpec& spec, const std::optional<Decimal>& numerator,
                 const std::optional<Decimal>& denominator, const std::optional<Percent>& printed) {
  DerivedRate r{spec.key, spec.zh, spec.en, std::nullopt, printed, {}};
  if (!numerator || !denominator) {
    r.explanation = {detail::concat({spec.numerator_zh, "或", spec.denominator_zh, "为空，不计算"}),
                     detail::concat({spec.numerator_en, " or ", spec.denominator_en, " is blank: not computed"})};
    return r;
  }
  const std::string n = numerator->strip_trailing_zeros().to_string();
  const std::string d = denominator->strip_trailing_zeros().to_string();
  if (denominator->is_zero()) {
    r.explanation = {detail::concat({spec.denominator_zh, "为 0，不计算"}),
                     detail::concat({spec.denominator_en, " is 0: not computed"})};
    return r;
  }
  r.value = Percent::of(*numerator, *denominator);
  r.explanation = {detail::concat({r.value->to_string(), " = ", spec.numerator_zh, " ", n, " ÷ ", spec.denominator_zh, " ", d, " × 100%，四舍五入保留2位"}),
                   detail::concat({r.value->to_string(), " = ", spec.numerator_en, " ", n, " / ", spec.denominator_en, " ", d, " × 100%, rounded half up to 2 places"})};
  return r;
}

std::optional<Decimal> amount(const std::optional<Money>& m, MoneyUnit unit) {
  if (!m) return std::nullopt;
  return m->in(unit);
}

/// (this year − last year) ÷ last year × 100%.
DerivedRate change_rate(const RateSpec& spec, const std::optional<Money>& last, const std::optional<Money>& now,
                        MoneyUnit unit) {
  std::optional<Decimal> difference;
  if (last && now) difference = (*now - *last).in(unit);
  DerivedRate r = rate(spec, difference, amount(last, unit), std::nullopt);
  if (r.value) {
    const std::string l = amount_text(*last, unit);
    const std::string n = amount_text(*now, unit);
    r.explanation = {detail::concat({r.value->to_string(), " = (", n, " − ", l, ") ÷ ", l, " × 100%，四舍五入保留2位"}),
                     detail::concat({r.value->to_string(), " = (", n, " − ", l, ") / ", l, " × 100%, rounded half up to 2 places"})};
  }
  return r;
}

const char* column_zh(const char* column) {
  return std::string_view(column) == "prior_final" ? "上年决算数"
         : std::string_view(column) == "budget"    ? "本年预算数"
                                                   : "本年决算数";
}

/// For a row with sub-rows: in each column, the printed amount against the sum of the sub-rows.
void row_totals(const AmountRow& row, const std::string& path, MoneyUnit unit, std::vector<RowTotal>& out) {
  if (row.children.empty()) return;
  using Column = std::optional<Money> YearColumns::*;
  const std::pair<const char*, Column> columns[] = {
      {"prior_final", &YearColumns::prior_final}, {"budget", &YearColumns::budget}, {"final", &YearColumns::final}};
  for (const auto& [name, member] : columns) {
    Money sum;
    std::string terms;
    bool any = (row.amounts.*member).has_value();
    for (const AmountRow& child : row.children) {
      const auto& v = child.amounts.*member;
      any = any || v.has_value();
      if (v) sum += *v;
      terms += terms.empty() ? "" : " + ";
      terms += v ? amount_text(*v, unit) : "0";
    }
    if (!any) continue;
    RowTotal t{path, row.name, name, row.amounts.*member, sum, {}};
    const std::string s = amount_text(sum, unit);
    t.explanation = {detail::concat({column_zh(name), "：", row.name, " 的其中各项合计 ", s, " = ", terms, "（空白记 0）"}),
                     detail::concat({name, ": the sub-rows of ", row.name, " add up to ", s, " = ", terms, " (blank counts 0)"})};
    out.push_back(std::move(t));
  }
  for (std::size_t i = 0; i < row.children.size(); ++i)
    row_totals(row.children[i], detail::concat({path, ".children[", i, "]"}), unit, out);
}

}  // namespace

BasicDataResult evaluate_basic_data(const BasicDataForm& form, MoneyUnit unit) {
  BasicDataResult result;
  auto& rates = result.rates;
  rates.push_back(rate({"staffing_control_rate", "在职人员控制率", "staffing control rate", "实际在职人数",
                        "staff in post", "编制数", "authorized posts"},
                       form.staffing.actual, form.staffing.authorized, form.staffing.control_rate));
  // 53号 defines the change rate on budgets; this table prints last year's final accounts only, so
  // it compares final with final (决算 vs 决算).
  rates.push_back(change_rate({"three_public_change_rate", "“三公”经费变动率", "three public expenses change rate",
                               "", "", "上年决算数", "last year's final amount"},
                              form.three_public.amounts.prior_final, form.three_public.amounts.final, unit));
  rates.push_back(rate({"three_public_control_rate", "“三公”经费控制率", "three public expenses control rate",
                        "本年决算数", "final amount", "本年预算数", "budget"},
                       amount(form.three_public.amounts.final, unit), amount(form.three_public.amounts.budget, unit),
                       std::nullopt));
  rates.push_back(rate({"public_funds_control_rate", "公用经费控制率", "public funds control rate", "本年决算数",
                        "final amount", "本年预算数", "budget"},
                       amount(form.public_funds.amounts.final, unit), amount(form.public_funds.amounts.budget, unit),
                       std::nullopt));
  rates.push_back(rate({"project_spending_execution_rate", "项目支出执行率", "project spending execution rate",
                        "本年决算数", "final amount", "本年预算数", "budget"},
                       amount(form.project_spending.amounts.final, unit),
                       amount(form.project_spending.amounts.budget, unit), std::nullopt));
  rates.push_back(rate({"procurement_execution_rate", "政府采购执行率", "government procurement execution rate",
                        "实际政府采购金额", "actual procurement", "政府采购预算数", "procurement budget"},
                       amount(form.government_procurement.final, unit), amount(form.government_procurement.budget, unit),
                       std::nullopt));
  rates.push_back(rate({"building_scale_control_rate", "规模控制率", "building scale control rate", "实际规模",
                        "actual floor area", "批复规模", "approved floor area"},
                       form.buildings.actual_area, form.buildings.approved_area, form.buildings.scale_control_rate));
  rates.push_back(rate({"building_investment_control_rate", "投资概算控制率", "building investment control rate",
                        "实际投资", "actual investment", "预算投资", "budgeted investment"},
                       amount(form.buildings.actual_investment, unit), amount(form.buildings.budgeted_investment, unit),
                       form.buildings.investment_control_rate));

  row_totals(form.three_public, "$.basic_data.three_public", unit, result.row_totals);
  row_totals(form.project_spending, "$.basic_data.project_spending", unit, result.row_totals);
  row_totals(form.public_funds, "$.basic_data.public_funds", unit, result.row_totals);
  return result;
}

}  // namespace jixiao::detail
