// jixiao C API: packages from and to JSON, and built from code.
#include "capi_internal.hpp"

#include "../../src/package_json_transcoded.hpp"

#include <jixiao/indicator_category.hpp>
#include <jixiao/indicator_value.hpp>
#include <jixiao/money.hpp>
#include <jixiao/package_json.hpp>
#include <jixiao/unit.hpp>

#include <fmt/format.h>

namespace jixiao::capi {
namespace {

/// The parts of a self-evaluation table the building functions write, for either kind of form.
struct FormRef {
  FundsBlock& funds;
  std::vector<IndicatorSection>& indicators;
  std::optional<Decimal>& total_weight;
  std::optional<Decimal>& total_self_score;
  std::string path;  ///< "$.department", "$.projects[2]"
};

FormRef form_ref(Package& p, std::size_t form) {
  if (form == JX_FORM_DEPARTMENT) {
    if (!p.department)
      throw_api(JX_ERR_INDEX, "材料中还没有部门整体支出绩效自评表：请先调用 jx_package_set_department",
                "the package has no department form yet: call jx_package_set_department first");
    DepartmentForm& d = *p.department;
    return {d.funds, d.indicators, d.total_weight, d.total_self_score, "$.department"};
  }
  if (form >= p.projects.size())
    throw_api(JX_ERR_INDEX,
              fmt::format("表序号 {} 超出范围：材料中有 {} 张项目支出绩效自评表（部门整体表用 JX_FORM_DEPARTMENT）", form,
                          p.projects.size()),
              fmt::format("form index {} is out of range: the package has {} project forms (JX_FORM_DEPARTMENT for "
                          "the department form)",
                          form, p.projects.size()));
  ProjectForm& f = p.projects[form];
  return {f.funds, f.indicators, f.total_weight, f.total_self_score, fmt::format("$.projects[{}]", form)};
}

std::string form_title(int year, std::string_view what) {
  return year > 0 ? fmt::format("{}年度{}", year, what) : std::string(what);
}

/// The section or group with this label (compared as normalised names, "产出指标（50分）" and
/// "产出指标" alike), or a new one at the end.
template <class T>
T& find_or_append(std::vector<T>& items, std::string_view label, CategoryLevel level) {
  const std::string name = split_label(label).name;
  for (T& item : items)
    if (item.category.label == label || split_label(item.category.label).name == name) return item;
  T& added = items.emplace_back();
  added.category.label.assign(label);
  added.category.id = classify_category(label, level);
  added.weight = split_label(label).points;
  return added;
}

}  // namespace

[[noreturn]] void cell_error(const Error& e, const char* name, const std::string& path) {
  throw Error(e.code(), fmt::format("参数“{}”：{}", name, e.message(Lang::zh)),
              fmt::format("argument '{}': {}", name, e.message(Lang::en)),
              Location{path, e.column() > 0 ? 1 : 0, e.column()});
}

std::optional<Decimal> number_cell(const char* s, const char* name, const std::string& path) {
  const std::string_view t = optional_text_arg(s, name);
  if (blank(t)) return std::nullopt;
  try {
    return Decimal::parse(t);
  } catch (const Error& e) {
    cell_error(e, name, path);
  }
}

std::optional<Money> amount_cell(const char* s, const char* name, MoneyUnit unit, const std::string& path) {
  const std::string_view t = optional_text_arg(s, name);
  if (blank(t)) return std::nullopt;
  try {
    return Money::parse(t, unit);
  } catch (const Error& e) {
    cell_error(e, name, path);
  }
}

PackageReadResult read_package_utf8(std::string_view text, const char* name) {
  try {
    return read_package_json(text);
  } catch (const Error&) {
    check_utf8(text, name);  // invalid UTF-8 is reported as such, with its offset
    throw;
  }
}

PackageReadResult read_package_transcoded(const TranscodedText& text) {
  return detail::read_transcoded_package_json(text.view());
}

namespace {
/// A package handle for a package read.
jx_package* new_package(PackageReadResult&& r) {
  return new jx_package{std::move(r.package), std::move(r.warnings)};
}
}  // namespace

}  // namespace jixiao::capi

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API int jx_package_from_json(const char* json, size_t len, jx_package** out) {
  return guarded([&] {
    require(json, "json");
    require(out, "out");
    *out = new_package(read_package_utf8(std::string_view(json, len), "json"));
  });
}

JX_API int jx_package_from_json_utf16(const uint16_t* json, size_t units, jx_package** out) {
  return guarded([&] {
    require(json, "json");
    require(out, "out");
    *out = new_package(read_package_transcoded(utf16_buffer_arg(json, units, "json")));
  });
}

JX_API int jx_package_from_json_utf32(const uint32_t* json, size_t units, jx_package** out) {
  return guarded([&] {
    require(json, "json");
    require(out, "out");
    *out = new_package(read_package_transcoded(utf32_buffer_arg(json, units, "json")));
  });
}

JX_API int jx_package_from_file(const char* path, jx_package** out) {
  return guarded([&] {
    const std::string_view p = text_arg(path, "path");
    require(out, "out");
    *out = new_package(read_package_file(std::string(p)));
  });
}

JX_API int jx_package_to_json(const jx_package* package, char** out) {
  return guarded([&] {
    require(package, "package");
    require(out, "out");
    *out = dup_string(write_package_json(package->package));
  });
}

JX_API void jx_package_free(jx_package* package) { delete package; }

JX_API int jx_package_warning_count(const jx_package* package, size_t* out) {
  return guarded([&] {
    require(package, "package");
    require(out, "out");
    *out = package->warnings.size();
  });
}

JX_API int jx_package_warning(const jx_package* package, size_t index, int lang, const char** message,
                              const char** path) {
  return guarded([&] {
    require(package, "package");
    require(message, "message");
    require(path, "path");
    const Lang l = lang_arg(lang);
    if (index >= package->warnings.size())
      throw_api(JX_ERR_INDEX, fmt::format("警告序号 {} 超出范围：共有 {} 条警告", index, package->warnings.size()),
                fmt::format("warning index {} is out of range: there are {} warnings", index,
                            package->warnings.size()));
    const ImportWarning& w = package->warnings[index];
    *message = (l == Lang::zh ? w.zh : w.en).c_str();
    *path = w.where.path.c_str();
  });
}

JX_API int jx_package_new(const char* unit_name, int year, int money_unit, jx_package** out) {
  return guarded([&] {
    const std::string_view name = text_arg(unit_name, "unit_name");
    require(out, "out");
    if (year < 0 || year > 9999)
      throw_api(JX_ERR_INVALID_ARGUMENT, fmt::format("年度 year 应在 0 到 9999 之间（0 表示未填），而不是 {}", year),
                fmt::format("year must be between 0 and 9999 (0 when not known), not {}", year));
    if (money_unit != JX_MONEY_YUAN && money_unit != JX_MONEY_WAN_YUAN)
      throw_api(JX_ERR_INVALID_ARGUMENT,
                fmt::format("金额单位 money_unit 应为 JX_MONEY_YUAN（0）或 JX_MONEY_WAN_YUAN（1），而不是 {}", money_unit),
                fmt::format("money_unit must be JX_MONEY_YUAN (0) or JX_MONEY_WAN_YUAN (1), not {}", money_unit));
    auto p = std::make_unique<jx_package>();
    p->package.unit_name.assign(name);
    p->package.year = year;
    p->package.money_unit = static_cast<MoneyUnit>(money_unit);
    *out = p.release();
  });
}

JX_API int jx_package_set_department(jx_package* package, const char* unit_name) {
  return guarded([&] {
    require(package, "package");
    const std::string_view name = text_arg(unit_name, "unit_name");
    DepartmentForm d;
    d.title = form_title(package->package.year, "部门整体支出绩效自评表");
    d.unit_name.assign(name);
    package->package.department = std::move(d);
  });
}

JX_API int jx_package_add_project(jx_package* package, const char* project_name, const char* implementing_unit,
                                  size_t* out_form) {
  return guarded([&] {
    require(package, "package");
    const std::string_view name = text_arg(project_name, "project_name");
    const std::string_view unit = optional_text_arg(implementing_unit, "implementing_unit");
    require(out_form, "out_form");
    ProjectForm f;
    f.title = form_title(package->package.year, "项目支出绩效自评表");
    f.project_name.assign(name);
    f.implementing_unit.assign(unit);
    package->package.projects.push_back(std::move(f));
    *out_form = package->package.projects.size() - 1;
  });
}

JX_API int jx_form_set_funds(jx_package* package, size_t form, const char* initial_budget, const char* annual_budget,
                             const char* executed, const char* weight, const char* self_score) {
  return guarded([&] {
    require(package, "package");
    FormRef f = form_ref(package->package, form);
    const MoneyUnit unit = package->package.money_unit;
    const std::string at = f.path + ".funds.total.";
    FundsRow row = f.funds.total;  // keeps the printed execution rate, if any
    row.initial_budget = amount_cell(initial_budget, "initial_budget", unit, at + "initial_budget");
    row.annual_budget = amount_cell(annual_budget, "annual_budget", unit, at + "annual_budget");
    row.executed = amount_cell(executed, "executed", unit, at + "executed");
    row.weight = number_cell(weight, "weight", at + "weight");
    row.self_score = number_cell(self_score, "self_score", at + "self_score");
    f.funds.total = std::move(row);
  });
}

JX_API int jx_form_add_indicator(jx_package* package, size_t form, const char* level1, const char* level2,
                                 const char* name, const char* target, const char* actual, const char* unit,
                                 const char* weight, const char* self_score, const char* deviation) {
  return guarded([&] {
    require(package, "package");
    FormRef f = form_ref(package->package, form);
    const std::string_view l1 = text_arg(level1, "level1");
    const std::string_view l2 = text_arg(level2, "level2");
    const std::string_view n = text_arg(name, "name");
    const std::string_view t = optional_text_arg(target, "target");
    const std::string_view a = optional_text_arg(actual, "actual");
    const std::string_view u = optional_text_arg(unit, "unit");
    const std::string_view dev = optional_text_arg(deviation, "deviation");

    // Where the row will be, for the messages: everything is read before the package changes.
    const std::string l1_name = split_label(l1).name, l2_name = split_label(l2).name;
    std::size_t si = f.indicators.size(), gi = 0, ri = 0;
    for (std::size_t i = 0; i < f.indicators.size(); ++i) {
      const IndicatorSection& s = f.indicators[i];
      if (s.category.label == l1 || split_label(s.category.label).name == l1_name) {
        si = i;
        gi = s.groups.size();
        for (std::size_t j = 0; j < s.groups.size(); ++j) {
          const IndicatorGroup& g = s.groups[j];
          if (g.category.label == l2 || split_label(g.category.label).name == l2_name) {
            gi = j;
            ri = g.indicators.size();
            break;
          }
        }
        break;
      }
    }
    const std::string at = fmt::format("{}.indicators[{}].groups[{}].indicators[{}].", f.path, si, gi, ri);

    Indicator row;
    row.name.assign(n);
    row.unit.assign(u);
    const Unit column_unit = parse_unit(u);
    row.target = parse_indicator_value(t, column_unit);
    row.actual = parse_indicator_value(a, column_unit);
    row.weight = number_cell(weight, "weight", at + "weight");
    row.self_score = number_cell(self_score, "self_score", at + "self_score");
    row.deviation.assign(dev);

    IndicatorSection& section = find_or_append(f.indicators, l1, CategoryLevel::level1);
    IndicatorGroup& group = find_or_append(section.groups, l2, CategoryLevel::level2);
    group.indicators.push_back(std::move(row));
  });
}

JX_API int jx_form_set_total(jx_package* package, size_t form, const char* total_weight,
                             const char* total_self_score) {
  return guarded([&] {
    require(package, "package");
    FormRef f = form_ref(package->package, form);
    std::optional<Decimal> w = number_cell(total_weight, "total_weight", f.path + ".total_weight");
    std::optional<Decimal> s = number_cell(total_self_score, "total_self_score", f.path + ".total_self_score");
    f.total_weight = w;
    f.total_self_score = s;
  });
}

}  // extern "C"
