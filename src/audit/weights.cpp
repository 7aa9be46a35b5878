// JX-W01..W09: the points (分值) of the forms (docs/audit/weights.md): rows against the points
// printed for their level, sections and the execution row against the policy, the total.
#include "audit_context.hpp"
#include "form_walk.hpp"

#include <boost/container/small_vector.hpp>
#include <fmt/format.h>

namespace jixiao::audit_detail {
namespace {

std::string policy_zh(const Context& c) { return message<"评分规则 {}">(c.policy.id); }
std::string policy_en(const Context& c) { return message<"policy {}">(c.policy.id); }

/// The rows' points as a sum: "10 + 20", blank 分值 written "空白" / "blank".
struct Terms {
  std::string zh, en;
  std::size_t blank = 0;
  void add(const std::optional<Decimal>& w) {
    if (!w) ++blank;
    zh += message<"{}{}">(zh.empty() ? "" : " + ", w ? num(*w) : "空白");
    en += message<"{}{}">(en.empty() ? "" : " + ", w ? num(*w) : "blank");
  }
  std::string note_zh() const { return blank ? message<"；{} 行未填分值，按 0 计">(blank) : ""; }
  std::string note_en() const { return blank ? message<"; {} row(s) with blank points count 0">(blank) : ""; }
};

Terms group_terms(const IndicatorGroup& g) {
  Terms t;
  for (const Indicator& ind : g.indicators) t.add(ind.weight);
  return t;
}

Terms section_terms(const IndicatorSection& s) {
  Terms t;
  for (const IndicatorGroup& g : s.groups)
    for (const Indicator& ind : g.indicators) t.add(ind.weight);
  return t;
}

/// The rows of a section with blank points (what section_terms(s).blank counts, without the sum).
std::size_t blank_points(const IndicatorSection& s) {
  std::size_t n = 0;
  for (const IndicatorGroup& g : s.groups)
    for (const Indicator& ind : g.indicators) n += ind.weight ? 0 : 1;
  return n;
}

/// The section's name without the printed points: "效益指标".
std::string section_name(const Category& cat) { return one_line(split_label(cat.label).name); }

/// The sections of a form an entry of the policy's weights names.
using Indices = boost::container::small_vector<std::size_t, 8>;

Indices sections_of(const FormWalk& f, const SectionWeight& w) {
  Indices out;  // no allocation for up to 8 sections
  for (std::size_t i = 0; i < f.result.sections.size() && i < f.sections.size(); ++i)
    if (std::find(w.categories.begin(), w.categories.end(), f.sections[i].category.id) != w.categories.end())
      out.push_back(i);
  return out;
}

std::string joined_names(const FormWalk& f, const Indices& idx) {
  std::string out;
  for (const std::size_t i : idx) out += message<"{}{}">(out.empty() ? "" : " + ", section_name(f.sections[i].category));
  return out;
}

/// JX-W01: the points printed in a 一级 (or 二级) label against the sum of its rows' points.
void w01(const Context& c, const FormWalk& f, std::size_t i) {
  const IndicatorSection& s = f.sections[i];
  const SectionResult& r = f.result.sections[i];
  if (r.printed_weight && *r.printed_weight != r.weight) {
    const Terms t = section_terms(s);
    const std::string name = section_name(s.category);
    c.report("JX-W01", f.place(c.package, one_line(s.category.label), "weight", message<"{}.weight">(r.path)),
             message<"“{}”标注 {} 分，但其下三级指标分值之和为 {} 分（{}{}）">(name, num(*r.printed_weight),
                         num(r.weight), t.zh.empty() ? "无三级指标" : t.zh, t.note_zh()),
             message<"'{}' is labelled {} points, but its rows' points add up to {} ({}{})">(name,
                         num(*r.printed_weight), num(r.weight), t.en.empty() ? "no rows" : t.en, t.note_en()),
             num(r.weight), num(*r.printed_weight));
  }
  for (std::size_t j = 0; j < s.groups.size() && j < r.groups.size(); ++j) {
    const IndicatorGroup& g = s.groups[j];
    const GroupResult& gr = r.groups[j];
    if (!g.weight || *g.weight == gr.weight) continue;
    const Terms t = group_terms(g);
    const std::string name = section_name(g.category);
    c.report("JX-W01", f.place(c.package, one_line(g.category.label), "weight", message<"{}.weight">(gr.path)),
             message<"二级指标“{}”标注 {} 分，但其下三级指标分值之和为 {} 分（{}{}）">(name, num(*g.weight),
                         num(gr.weight), t.zh.empty() ? "无三级指标" : t.zh, t.note_zh()),
             message<"the level-2 indicator '{}' is labelled {} points, but its rows' points add up to {} ({}{})">(name, num(*g.weight), num(gr.weight), t.en.empty() ? "no rows" : t.en, t.note_en()),
             num(gr.weight), num(*g.weight));
  }
}

/// JX-W02 and JX-W09: for each entry of the policy's weights, the rows' points (W02) and the
/// printed points (W09) of the sections it names, summed where several share one weight.
void w02_w09(const Context& c, const FormWalk& f) {
  for (const SectionWeight& w : c.policy.section_weights) {
    const Indices idx = sections_of(f, w);
    if (idx.empty()) continue;
    Decimal rows;
    Terms t;
    for (const std::size_t i : idx) {
      rows += f.result.sections[i].weight;
      t.blank += blank_points(f.sections[i]);
    }
    Decimal printed;
    bool all_printed = true;
    for (const std::size_t i : idx) {
      const auto& p = f.result.sections[i].printed_weight;
      all_printed = all_printed && p.has_value();
      if (p) printed += *p;
    }
    const bool w02 = rows != w.weight;
    const bool w09 = all_printed && printed != w.weight;
    if (!w02 && !w09) continue;  // the messages are written only for a finding

    const bool shared = idx.size() > 1;
    const SectionResult& first = f.result.sections[idx.front()];
    const std::string names = joined_names(f, idx);
    const std::string row = shared ? names : one_line(f.sections[idx.front()].category.label);
    const std::string rule_zh = message<"{} 规定{} {} 分">(policy_zh(c), shared ? "二者合计" : "", num(w.weight));
    const std::string rule_en = message<"{} gives {}{} points">(policy_en(c), shared ? "them together " : "",
                                            num(w.weight));
    if (w02) {
      c.report("JX-W02", f.place(c.package, row, "", first.path),
               message<"“{}”的三级指标分值合计 {} 分，{}{}">(names, num(rows), rule_zh, t.note_zh()),
               message<"the rows of '{}' carry {} points; the {}{}">(names, num(rows), rule_en, t.note_en()),
               num(w.weight), num(rows));
    }
    if (w09) {
      c.report("JX-W09", f.place(c.package, row, "weight", message<"{}.weight">(first.path)),
               message<"“{}”标注 {} 分，{}">(names, num(printed), rule_zh),
               message<"'{}' is labelled {} points; the {}">(names, num(printed), rule_en), num(w.weight),
               num(printed));
    }
  }
}

/// JX-W03, JX-W05 and JX-W07 on the funds rows.
void funds_checks(const Context& c, const FormWalk& f) {
  for (const FundsRowRef& r : funds_rows(f.funds)) {
    const FundsRow& row = r.row;
    const bool w03 = r.total && row.weight && *row.weight != c.policy.execution_weight;
    const bool w05 = row.weight && row.weight->signum() <= 0;
    const bool w07 = !r.total && (row.weight || row.self_score);
    if (!w03 && !w05 && !w07) continue;  // the path is written only for a finding
    const std::string cell = message<"{}.funds.{}">(f.path(), r.key);
    if (w03) {
      c.report("JX-W03", f.place(c.package, std::string(r.name_zh), "weight", message<"{}.weight">(cell)),
               message<"预算执行率分值填报 {} 分，{} 规定 {} 分">(num(*row.weight), policy_zh(c),
                           num(c.policy.execution_weight)),
               message<"the execution row carries {} points; the {} gives {}">(num(*row.weight), policy_en(c),
                           num(c.policy.execution_weight)),
               num(c.policy.execution_weight), num(*row.weight));
    }
    if (w05) {
      c.report("JX-W05", f.place(c.package, std::string(r.name_zh), "weight", message<"{}.weight">(cell)),
               message<"{}的分值为 {}，分值应大于 0">(r.name_zh, num(*row.weight)),
               message<"{}: the points are {}; points must be greater than 0">(r.name_en, num(*row.weight)),
               std::nullopt, num(*row.weight));
    }
    if (w07) {
      // what the row carries: "分值 10、自评得分 9" / "points 10 and self-score 9", or either alone
      const std::string_view field = row.weight ? "weight" : "self_score";
      FindingDraft x = f.add<"{}.{}">(c, "JX-W07", r.name_zh, field, cell, field);
#define JX_W07_ZH(what) "其中项“{}”填了" what "；预算执行率只按年度资金总额计分，其中项的分值和得分应为空，否则合计时会重复计算"
#define JX_W07_EN(what)                                                                                     \
  "the 其中 row '{}' carries " what "; execution is scored on the funds total alone, so a sub-row's points " \
  "and score should be blank or they are counted twice"
      if (row.weight && row.self_score) {
        const Num w(*row.weight), sc(*row.self_score);
        x.zh<JX_W07_ZH("分值 {}、自评得分 {}")>(r.name_zh, w, sc);
        x.en<JX_W07_EN("points {} and self-score {}")>(r.name_en, w, sc);
        x.found(w.view());
      } else if (row.weight) {
        const Num w(*row.weight);
        x.zh<JX_W07_ZH("分值 {}")>(r.name_zh, w);
        x.en<JX_W07_EN("points {}")>(r.name_en, w);
        x.found(w.view());
      } else {
        const Num sc(*row.self_score);
        x.zh<JX_W07_ZH("自评得分 {}")>(r.name_zh, sc);
        x.en<JX_W07_EN("self-score {}")>(r.name_en, sc);
        x.found(sc.view());
      }
#undef JX_W07_ZH
#undef JX_W07_EN
    }
  }
}

/// JX-W05 on a label's printed points.
void w05_label(const Context& c, const FormWalk& f, const Category& cat, const std::optional<Decimal>& points,
               const std::string& base, std::string_view field) {
  if (!points || points->signum() > 0) return;
  const std::string name = section_name(cat);
  c.report("JX-W05", f.place(c.package, one_line(cat.label), std::string(field), message<"{}.weight">(base)),
           message<"“{}”标注的分值为 {}，分值应大于 0">(name, num(*points)),
           message<"'{}' is labelled {} points; points must be greater than 0">(name, num(*points)), std::nullopt,
           num(*points));
}

/// The section's groups and rows: JX-W05, JX-W06, JX-W08.
void rows_checks(const Context& c, const FormWalk& f, std::size_t i) {
  const IndicatorSection& s = f.sections[i];
  const SectionResult& sr = f.result.sections[i];
  for (std::size_t j = 0; j < s.groups.size() && j < sr.groups.size(); ++j) {
    const IndicatorGroup& g = s.groups[j];
    const GroupResult& gr = sr.groups[j];
    w05_label(c, f, g.category, g.weight, gr.path, "weight");
    if (g.indicators.empty()) {
      const std::string name = section_name(g.category);
      c.report("JX-W06", f.place(c.package, one_line(g.category.label), "indicators", message<"{}.indicators">(gr.path)),
               message<"二级指标“{}”（属“{}”）下没有三级指标">(name, section_name(s.category)),
               message<"the level-2 indicator '{}' (under '{}') has no rows">(name, section_name(s.category)));
    }
    for (std::size_t k = 0; k < g.indicators.size() && k < gr.indicators.size(); ++k) {
      const Indicator& ind = g.indicators[k];
      const std::string& path = gr.indicators[k].path;
      if (ind.weight && ind.weight->signum() <= 0) {
        c.report("JX-W05", f.place(c.package, ind.name, "weight", message<"{}.weight">(path)),
                 message<"“{}”的分值为 {}，分值应大于 0">(ind.name, num(*ind.weight)),
                 message<"'{}': the points are {}; points must be greater than 0">(ind.name, num(*ind.weight)),
                 std::nullopt, num(*ind.weight));
      }
      if (!ind.weight && ind.self_score) {
        c.report("JX-W08", f.place(c.package, ind.name, "weight", message<"{}.weight">(path)),
                 message<"“{}”填了自评得分 {}，但分值为空">(ind.name, num(*ind.self_score)),
                 message<"'{}' has a self-score of {} but no points">(ind.name, num(*ind.self_score)));
      }
    }
  }
}

/// JX-W04: the printed 总分 分值, and the points of the form (执行率 + every row), against the
/// policy's total.
void w04(const Context& c, const FormWalk& f) {
  const std::string total = num(c.policy.total);
  if (f.total_weight && *f.total_weight != c.policy.total) {
    c.report("JX-W04", f.place(c.package, "总分", "total_weight", message<"{}.total_weight">(f.path())),
             message<"总分的分值填报 {}，{} 规定总分 {}">(num(*f.total_weight), policy_zh(c), total),
             message<"the total row carries {} points; the {} gives a total of {}">(num(*f.total_weight),
                         policy_en(c), total),
             total, num(*f.total_weight));
  }
  const bool execution_printed = f.funds.total.weight.has_value();
  const Decimal execution = execution_printed ? *f.funds.total.weight : c.policy.execution_weight;
  Decimal points = execution;
  for (std::size_t i = 0; i < f.result.sections.size() && i < f.sections.size(); ++i) points += f.result.sections[i].weight;
  if (points == c.policy.total) return;  // the message is written only for a finding
  std::string zh = message<"预算执行率 {}{}">(num(execution), execution_printed ? "" : "（表内为空，按评分规则）");
  std::string en = message<"execution {}{}">(num(execution), execution_printed ? "" : " (blank: the policy's)");
  Terms blank;
  for (std::size_t i = 0; i < f.result.sections.size() && i < f.sections.size(); ++i) {
    const SectionResult& s = f.result.sections[i];
    zh += message<" + {} {}">(section_name(s.category), num(s.weight));
    en += message<" + {} {}">(section_name(s.category), num(s.weight));
    blank.blank += blank_points(f.sections[i]);
  }
  c.report("JX-W04", f.place(c.package, "总分", "", f.path()),
           message<"各项分值合计 {} = {}，{} 规定总分 {}{}">(num(points), zh, policy_zh(c), total, blank.note_zh()),
           message<"the points add up to {} = {}; the {} gives a total of {}{}">(num(points), en, policy_en(c), total,
                       blank.note_en()),
           total, num(points));
}

}  // namespace

void check_weights(const Context& c) {
  for_each_form(c, [&](const FormWalk& f) {
    funds_checks(c, f);
    for (std::size_t i = 0; i < f.sections.size() && i < f.result.sections.size(); ++i) {
      w05_label(c, f, f.sections[i].category, f.result.sections[i].printed_weight, f.result.sections[i].path,
                "weight");
      w01(c, f, i);
      rows_checks(c, f, i);
    }
    w02_w09(c, f);
    w04(c, f);
  });
}

}  // namespace jixiao::audit_detail
