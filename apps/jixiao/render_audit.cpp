#include "render_audit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace jixiao::cli {
namespace {

/// The forms in the package's order: package, basic data, department, projects by index, report.
int form_rank(const Finding& f) {
  if (f.form() == "package") return 0;
  if (f.form() == "basic_data") return 1;
  if (f.form() == "department") return 2;
  if (f.form() == "report") return 1'000'000;
  // "$.projects[12]…" → 3 + 12
  const auto open = f.path().find("projects[");
  if (open == std::string::npos) return 3;
  return 3 + std::atoi(f.path().data() + open + 9);  // a C string: Finding keeps a NUL after each text
}

std::string form_title(const Finding& f, Lang lang) {
  const bool zh = lang == Lang::zh;
  std::string kind;
  if (f.form() == "package") kind = zh ? "材料整体" : "Package";
  else if (f.form() == "basic_data") kind = zh ? "部门整体支出绩效评价基础数据表" : "Basic data table";
  else if (f.form() == "department") kind = zh ? "部门整体支出绩效自评表" : "Department self-evaluation";
  else if (f.form() == "project") kind = zh ? "项目支出绩效自评表" : "Project self-evaluation";
  else kind = zh ? "自评报告" : "Narrative report";
  return f.form_name().empty() ? kind : kind + " — " + std::string(f.form_name());
}

std::string severity_text(Severity s, Lang lang) {
  return std::string(lang == Lang::zh ? severity_label_zh(s) : severity_name(s));
}

std::string numbers(const Finding& f, Lang lang) {
  if (!f.expected() && !f.found()) return {};
  const bool zh = lang == Lang::zh;
  return fmt::format("{}{}{}{}", zh ? "应为 " : "expected ", f.expected().value_or("—"), zh ? "，实为 " : ", found ",
                     f.found().value_or("—"));
}

/// Findings grouped by form, keeping each group's order (most severe first).
std::vector<std::vector<const Finding*>> by_form(const AuditResult& r) {
  std::map<std::pair<int, std::string>, std::vector<const Finding*>> groups;
  for (const Finding& f : r.findings) groups[{form_rank(f), std::string(f.form_name())}].push_back(&f);
  std::vector<std::vector<const Finding*>> out;
  for (auto& [key, list] : groups) out.push_back(std::move(list));
  return out;
}

std::string summary_line(const AuditResult& r, Lang lang) {
  int counts[3] = {0, 0, 0};
  for (const Finding& f : r.findings) ++counts[static_cast<int>(f.severity())];
  return lang == Lang::zh ? fmt::format("错误 {} 项，警告 {} 项，提示 {} 项", counts[2], counts[1], counts[0])
                          : fmt::format("{} errors, {} warnings, {} notes", counts[2], counts[1], counts[0]);
}

}  // namespace

std::string render_audit_text(const AuditResult& r, Lang lang) {
  const bool zh = lang == Lang::zh;
  std::string out = fmt::format("{} {}  {} {}  {} {}\n{}\n", zh ? "单位" : "Unit", r.evaluation.unit_name,
                                zh ? "年度" : "Year", r.evaluation.year, zh ? "评分规则" : "Policy",
                                r.evaluation.policy_id, summary_line(r, lang));
  for (const auto& group : by_form(r)) {
    out += fmt::format("\n■ {}\n", form_title(*group.front(), lang));
    for (const Finding* f : group) {
      std::string place(f->row());
      if (!f->field().empty()) place.append(place.empty() ? "" : " · ").append(f->field());
      out += fmt::format("  {:<4} {}  {}  [{}]\n", severity_text(f->severity(), lang), f->code(), place, f->path());
      out += fmt::format("       {}\n", zh ? f->zh() : f->en());
      if (const std::string n = numbers(*f, lang); !n.empty()) out += fmt::format("       {}\n", n);
    }
  }
  if (r.findings.empty()) out += zh ? "\n未发现问题。\n" : "\nNo findings.\n";
  return out;
}

std::string render_audit_markdown(const AuditResult& r, Lang lang) {
  const bool zh = lang == Lang::zh;
  auto cell = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c == '|') out += "\\|";
      else if (c == '\n') out += "<br>";
      else out += c;
    }
    return out;
  };
  std::string out = fmt::format("# {} {} {}\n\n{}：{}　{}\n", r.evaluation.unit_name, r.evaluation.year,
                                zh ? "绩效自评材料审核" : "self-evaluation audit", zh ? "评分规则" : "Policy",
                                r.evaluation.policy_id, summary_line(r, lang));
  for (const auto& group : by_form(r)) {
    out += fmt::format("\n## {}\n\n", form_title(*group.front(), lang));
    out += zh ? "| 级别 | 代码 | 位置 | 说明 | 应为 | 实为 |\n|---|---|---|---|---|---|\n"
              : "| Severity | Code | Place | Message | Expected | Found |\n|---|---|---|---|---|---|\n";
    for (const Finding* f : group) {
      std::string place(f->row());
      if (!f->field().empty()) place.append(place.empty() ? "" : " · ").append(f->field());
      out += fmt::format("| {} | {} | {} (`{}`) | {} | {} | {} |\n", severity_text(f->severity(), lang), f->code(),
                         cell(place), f->path(), cell(zh ? f->zh() : f->en()), cell(f->expected().value_or("")),
                         cell(f->found().value_or("")));
    }
  }
  return out;
}

}  // namespace jixiao::cli
