#include "render_evaluation.hpp"

#include "text_table.hpp"

#include <jixiao/format.hpp>
#include <jixiao/text_normalize.hpp>

#include <fmt/format.h>

namespace jixiao::cli {
namespace {

using Align = TextTable::Align;

struct Words {
  Lang lang;
  const char* operator()(const char* zh, const char* en) const { return lang == Lang::zh ? zh : en; }
};

std::string column_name(const std::string& column, const Words& w);

std::string opt(const std::optional<Decimal>& d) { return d ? d->to_string() : "—"; }
std::string opt(const std::optional<Percent>& p) { return p ? p->to_string() : "—"; }
/// An amount as the forms print it: at least 2 places, more only when the value has them.
std::string amount(const Money& m, MoneyUnit unit) {
  const Decimal v = m.in(unit).strip_trailing_zeros();
  return (v.scale() < 2 ? v.round(2) : v).to_string();
}
std::string opt(const std::optional<Money>& m, MoneyUnit unit) { return m ? amount(*m, unit) : "—"; }

std::string column_name(const std::string& column, const Words& w) {
  if (column == "prior_final") return w("上年决算数", "last year final");
  if (column == "budget") return w("本年预算数", "budget");
  return w("本年决算数", "final");
}

std::string method_label(ScoreMethod m, const Words& w) {
  switch (m) {
    case ScoreMethod::full_marks: return w("满分", "full");
    case ScoreMethod::proportional: return w("按比例", "proportional");
    case ScoreMethod::equal_zero: return w("等于0", "equal 0");
    case ScoreMethod::reverse_linear: return w("反向扣分", "reverse");
    case ScoreMethod::reverse_ratio: return w("反向比值", "reverse ratio");
    case ScoreMethod::range: return w("区间", "range");
    case ScoreMethod::deadline: return w("时限", "deadline");
    case ScoreMethod::qualitative: return w("定性", "qualitative");
    case ScoreMethod::rate_rule: return w("比率规则", "rate rule");
    case ScoreMethod::not_scored: return w("未计分", "not scored");
  }
  return "";
}

/// "≠" where a filed number differs from the computed one.
std::string mark(const std::optional<Decimal>& filed, const std::optional<Decimal>& computed) {
  return filed && computed && *filed != *computed ? "≠" : "";
}

std::string category_name(const Category& c, Lang lang) {
  if (c.id != CategoryId::custom) return std::string(category_display_name(c.id, lang));
  return split_label(c.label).name;
}

std::string grade_text(const GradeBand& g, Lang lang) { return lang == Lang::zh ? g.name : g.name_en; }

void render_form(std::string& out, const std::string& heading, const FundsBlock& funds,
                 const std::vector<IndicatorSection>& sections, const FormResult& r, MoneyUnit unit,
                 const RenderOptions& o) {
  const Words w{o.lang};
  out += fmt::format("\n■ {}  [{}]\n", heading, r.path);
  const ExecutionResult& e = r.execution;
  const char* colon = w("：", ": ");
  const char* open = w("（", " (");
  const char* close = w("）", ")");
  out += fmt::format("  {}{}{} {}  {} {}  {} {}{}{} {}{}  {} {}{}{} {}{}{}\n", w("预算执行", "Budget execution"), colon,
                     w("全年预算数", "full-year budget"), opt(funds.total.annual_budget, unit),
                     w("全年执行数", "executed"), opt(funds.total.executed, unit), w("执行率", "rate"), opt(e.rate),
                     open, w("表内", "printed"), opt(e.printed_rate), close, w("得分", "score"), opt(e.score), open,
                     w("自评", "filed"), opt(e.filed_score), close, mark(e.filed_score, e.score));
  out += fmt::format("    {}\n    {}\n", e.rate_explanation.text(o.lang), e.score_explanation.text(o.lang));

  TextTable table({{w("一级", "Level 1"), Align::left, 12},
                   {w("二级", "Level 2"), Align::left, 14},
                   {w("三级指标", "Indicator"), Align::left, 26},
                   {w("年度指标值", "Target"), Align::left, 14},
                   {w("实际完成值", "Actual"), Align::left, 14},
                   {w("分值", "Pts"), Align::right, 6},
                   {w("自评", "Filed"), Align::right, 7},
                   {w("计算", "Computed"), Align::right, 8},
                   {"", Align::left, 2},
                   {w("方法", "Rule"), Align::left, 12}});
  std::vector<std::string> notes;
  for (std::size_t i = 0; i < sections.size() && i < r.sections.size(); ++i) {
    const SectionResult& s = r.sections[i];
    for (std::size_t j = 0; j < sections[i].groups.size() && j < s.groups.size(); ++j) {
      const GroupResult& g = s.groups[j];
      if (g.indicators.empty())
        table.add_row({category_name(s.category, o.lang), category_name(g.category, o.lang), w("（无指标）", "(none)")});
      for (std::size_t k = 0; k < g.indicators.size(); ++k) {
        const Indicator& ind = sections[i].groups[j].indicators[k];
        const IndicatorResult& ir = g.indicators[k];
        const std::string m = ir.self_score_in_tier == false ? "✗" : mark(ir.filed_score, ir.computed_score);
        table.add_row({category_name(s.category, o.lang), category_name(g.category, o.lang), ind.name,
                       std::string(trim(ind.target.text)), std::string(trim(ind.actual.text)), opt(ind.weight),
                       opt(ir.filed_score), opt(ir.computed_score), m, method_label(ir.method, w)});
        if (o.explain_all || !m.empty() || ir.method == ScoreMethod::not_scored)
          notes.push_back(fmt::format("{}: {}", fit(ind.name, 30), ir.explanation.text(o.lang)));
      }
    }
  }
  out += table.render(2);
  for (const std::string& n : notes) out += "    · " + n + "\n";

  TextTable sums({{w("一级指标", "Level 1"), Align::left, 16},
                  {w("表内分值", "Printed pts"), Align::right, 10},
                  {w("规则分值", "Policy pts"), Align::right, 10},
                  {w("指标分值合计", "Σ row pts"), Align::right, 12},
                  {w("自评合计", "Σ filed"), Align::right, 10},
                  {w("计算合计", "Σ computed"), Align::right, 10}});
  for (const SectionResult& s : r.sections)
    sums.add_row({category_name(s.category, o.lang), opt(s.printed_weight), opt(s.policy_weight), s.weight.to_string(),
                  opt(s.filed_score), s.score.to_string()});
  out += "\n" + sums.render(2);
  out += fmt::format("  {}{}{} {}{}{}{}  {} {}{}{}{}{}\n", w("总分", "Total"), colon, w("自评", "filed"),
                     opt(r.filed_total), open, r.filed_grade ? grade_text(*r.filed_grade, o.lang) : "—", close,
                     w("计算", "computed"), r.total.to_string(), open, grade_text(r.grade, o.lang), close,
                     mark(r.filed_total, r.total));
  out += fmt::format("    {}\n", r.total_explanation.text(o.lang));
}

void render_basic_data(std::string& out, const BasicDataResult& b, MoneyUnit unit, const RenderOptions& o) {
  const Words w{o.lang};
  out += fmt::format("\n■ {}  [$.basic_data]\n", w("部门整体支出绩效评价基础数据表", "Basic data table"));
  TextTable rates({{w("比率", "Rate"), Align::left, 36},
                   {w("计算", "Computed"), Align::right, 10},
                   {w("表内", "Printed"), Align::right, 10},
                   {"", Align::left, 2},
                   {w("说明", "How"), Align::left, 70}});
  for (const DerivedRate& r : b.rates)
    rates.add_row({o.lang == Lang::zh ? r.name : r.name_en, opt(r.value), opt(r.printed),
                   r.value && r.printed && *r.value != *r.printed ? "≠" : "", r.explanation.text(o.lang)});
  out += rates.render(2);
  TextTable totals({{w("行", "Row"), Align::left, 24},
                    {w("列", "Column"), Align::left, 16},
                    {w("表内合计", "Printed"), Align::right, 10},
                    {w("其中各项之和", "Σ sub-rows"), Align::right, 12},
                    {"", Align::left, 2}});
  for (const RowTotal& t : b.row_totals) {
    const bool differs = !t.printed || *t.printed != t.computed;
    totals.add_row({t.name, column_name(t.column, w), opt(t.printed, unit), amount(t.computed, unit), differs ? "≠" : ""});
  }
  out += "\n" + totals.render(2);
}

}  // namespace

std::string render_evaluation(const Package& package, const EvaluationResult& result, const RenderOptions& o) {
  const Words w{o.lang};
  std::string out = fmt::format("{} {}  {} {}  {} {}\n", w("单位", "Unit"), result.unit_name, w("年度", "Year"),
                                result.year, w("评分规则", "Policy"), result.policy_id);
  out += fmt::format("{}\n", w("金额单位：万元；“≠” 表示填报数与计算数不一致，“✗” 表示自评得分不在定性档次区间内",
                               "Amounts in 10k yuan; '≠' marks a filed number that differs from the computed one, "
                               "'✗' a self-score outside its qualitative tier"));
  const MoneyUnit unit = result.money_unit;
  if (result.basic_data) render_basic_data(out, *result.basic_data, unit, o);
  if (package.department && result.department)
    render_form(out, fmt::format("{} — {}", w("部门整体支出绩效自评表", "Department self-evaluation"), result.department->name),
                package.department->funds, package.department->indicators, *result.department, unit, o);
  for (std::size_t i = 0; i < package.projects.size() && i < result.projects.size(); ++i)
    render_form(out, fmt::format("{} — {}", w("项目支出绩效自评表", "Project self-evaluation"), result.projects[i].name),
                package.projects[i].funds, package.projects[i].indicators, result.projects[i], unit, o);
  return out;
}

}  // namespace jixiao::cli
