// jixiao: the command-line tool. Evaluates self-evaluation packages under a policy and prints the
// forms with the computed numbers beside the filed ones, or the results as JSON.
#include "inputs.hpp"
#include "render_audit.hpp"
#include "render_evaluation.hpp"
#include "text_table.hpp"

#include <jixiao/audit.hpp>
#include <jixiao/audit_json.hpp>
#include <jixiao/evaluation.hpp>
#include <jixiao/package_json.hpp>
#include <jixiao/policy_json.hpp>
#include <jixiao/result_json.hpp>
#include <jixiao/version.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using jixiao::Lang;

constexpr int exit_ok = 0;
constexpr int exit_findings = 1;  // findings at or above --fail-on
constexpr int exit_usage = 2;     // usage or input error

const char* const usage_text = R"(用法 / usage:
  jixiao evaluate [选项] 文件...      评分并列出各表的计算值与填报值 / score packages
  jixiao audit [选项] 文件...         审核并列出发现的问题 / audit packages
  jixiao policy list                  内置评分规则 / built-in policies
  jixiao policy show [名称|文件]      以 JSON 显示评分规则 / print a policy as JSON
  jixiao version

选项 / options:
  --policy 名称|文件   评分规则，默认 national-2020 / policy name or file
  --format text|json|markdown   输出格式 / output format (--json = --format json)
  --lang zh|en         输出语言 / language
  --explain            列出每一行的计算说明 / explain every row (evaluate)
  --fail-on error|warning|info|none   有此级别及以上的问题时退出码为 1（默认 error）/ exit 1 on findings at or above
文件可为目录（其中每个 .json 文件）或 -（标准输入）/ a file, a directory of .json files, or '-' for standard input.
退出码 / exit status: 0 无问题 / clean, 1 有问题 / findings at or above --fail-on, 2 用法或输入错误 / usage or input error.
)";

struct Options {
  std::string command;
  std::vector<std::string> args;
  std::string policy = "national-2020";
  std::string format = "text";
  std::optional<jixiao::Severity> fail_on = jixiao::Severity::error;
  Lang lang = Lang::zh;
  bool explain = false;
};

[[noreturn]] void usage_error(const std::string& zh, const std::string& en) {
  std::cerr << "jixiao: " << zh << " / " << en << "\n\n" << usage_text;
  std::exit(exit_usage);
}

Options parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&](std::string_view name) -> std::string {
      if (i + 1 >= argc) usage_error(fmt::format("{} 缺少取值", name), fmt::format("{} needs a value", name));
      return argv[++i];
    };
    if (a == "--help" || a == "-h") {
      std::cout << usage_text;
      std::exit(exit_ok);
    } else if (a == "--policy") {
      o.policy = value(a);
    } else if (a == "--json") {
      o.format = "json";
    } else if (a == "--format") {
      o.format = value(a);
      if (o.format != "text" && o.format != "json" && o.format != "markdown")
        usage_error("--format 应为 text、json 或 markdown", "--format must be text, json or markdown");
    } else if (a == "--fail-on") {
      const std::string f = value(a);
      if (f == "error") o.fail_on = jixiao::Severity::error;
      else if (f == "warning") o.fail_on = jixiao::Severity::warning;
      else if (f == "info") o.fail_on = jixiao::Severity::info;
      else if (f == "none") o.fail_on.reset();
      else usage_error("--fail-on 应为 error、warning、info 或 none", "--fail-on must be error, warning, info or none");
    } else if (a == "--lang") {
      const std::string l = value(a);
      if (l != "zh" && l != "en") usage_error("--lang 应为 zh 或 en", "--lang must be zh or en");
      o.lang = l == "zh" ? Lang::zh : Lang::en;
    } else if (a == "--explain") {
      o.explain = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      usage_error(fmt::format("未知选项 {}", a), fmt::format("unknown option {}", a));
    } else if (o.command.empty()) {
      o.command = a;
    } else {
      o.args.emplace_back(a);
    }
  }
  if (o.command.empty()) usage_error("缺少命令", "no command given");
  return o;
}

/// "FILE:12:7: $.projects[0].funds: message".
std::string describe(const std::string& file, const jixiao::Location& where, const std::string& message) {
  std::string s = file;
  if (where.line > 0) s += fmt::format(":{}:{}", where.line, where.column);
  s += ": ";
  if (!where.path.empty() && message.find(where.path) == std::string::npos) s += where.path + ": ";
  return s + message;
}

jixiao::PackageReadResult read_input(const std::string& file) {
  if (file != "-") return jixiao::read_package_file(file);
  const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  return jixiao::read_package_json(text);
}

/// One row of the summary printed after several files.
struct FileSummary {
  std::string file;
  std::string unit;
  std::string total;  ///< the department's computed total, else the first project's
  std::string grade;
  int counts[3] = {0, 0, 0};
  bool failed = false;
};

void print_summary(const std::vector<FileSummary>& rows, bool audit, Lang lang) {
  const bool zh = lang == Lang::zh;
  using Align = jixiao::cli::TextTable::Align;
  std::vector<jixiao::cli::TextTable::Column> columns{{zh ? "文件" : "File", Align::left, 40},
                                                       {zh ? "单位" : "Unit", Align::left, 36},
                                                       {zh ? "计算总分" : "Total", Align::right, 8},
                                                       {zh ? "等级" : "Grade", Align::left, 10}};
  if (audit) {
    columns.push_back({zh ? "错误" : "Errors", Align::right, 6});
    columns.push_back({zh ? "警告" : "Warnings", Align::right, 8});
    columns.push_back({zh ? "提示" : "Notes", Align::right, 6});
  }
  jixiao::cli::TextTable table(columns);
  for (const FileSummary& r : rows) {
    if (r.failed) {
      table.add_row({r.file, zh ? "（读取失败）" : "(not read)"});
      continue;
    }
    std::vector<std::string> cells{r.file, r.unit, r.total, r.grade};
    if (audit)
      for (int s : {2, 1, 0}) cells.push_back(std::to_string(r.counts[s]));
    table.add_row(std::move(cells));
  }
  std::cout << "\n" << (zh ? "汇总" : "Summary") << "\n" << table.render(2);
}

/// evaluate and audit: read each input, run, print; returns the exit status.
int run(const Options& o, bool audit) {
  if (o.args.empty()) usage_error(fmt::format("{} 需要至少一个文件", o.command), fmt::format("{} needs at least one file", o.command));
  const jixiao::Policy policy = jixiao::load_policy(o.policy);
  const std::vector<std::string> files = jixiao::cli::expand_inputs(o.args);
  if (files.empty()) usage_error("没有找到 .json 文件", "no .json files found");
  std::vector<std::string> json_results;
  std::vector<FileSummary> summaries;
  bool input_error = false;
  bool failing = false;
  jixiao::cli::Progress progress(files.size());
  for (const std::string& file : files) {
    progress.step(file);
    FileSummary summary{file, {}, {}, {}, {0, 0, 0}, false};
    jixiao::PackageReadResult read;
    try {
      read = read_input(file);
    } catch (const jixiao::Error& e) {
      std::cerr << "\njixiao: " << describe(file, e.where(), e.message(o.lang)) << "\n";
      input_error = true;
      summary.failed = true;
      summaries.push_back(std::move(summary));
      continue;
    }
    for (const jixiao::ImportWarning& w : read.warnings)
      std::cerr << "jixiao: " << (o.lang == Lang::zh ? "警告 " : "warning ")
                << describe(file, w.where, o.lang == Lang::zh ? w.zh : w.en) << "\n";
    const jixiao::AuditResult result =
        audit ? jixiao::audit(read.package, policy) : jixiao::AuditResult{jixiao::evaluate(read.package, policy), {}};
    const jixiao::EvaluationResult& e = result.evaluation;
    summary.unit = e.unit_name;
    const jixiao::FormResult* headline = e.department ? &*e.department : e.projects.empty() ? nullptr : &e.projects[0];
    if (headline) {
      summary.total = headline->total.to_string();
      summary.grade = o.lang == Lang::zh ? headline->grade.name : headline->grade.name_en;
    }
    for (const jixiao::Finding& f : result.findings) {
      ++summary.counts[static_cast<int>(f.severity())];
      if (o.fail_on && f.severity() >= *o.fail_on) failing = true;
    }
    summaries.push_back(std::move(summary));

    if (o.format == "json") {
      json_results.push_back(audit ? jixiao::write_audit_json(result) : jixiao::write_result_json(e));
      continue;
    }
    if (files.size() > 1) std::cout << "\n═══ " << file << "\n";
    if (audit) {
      std::cout << (o.format == "markdown" ? jixiao::cli::render_audit_markdown(result, o.lang)
                                           : jixiao::cli::render_audit_text(result, o.lang));
    } else {
      const std::string text = jixiao::cli::render_evaluation(read.package, e, {o.lang, o.explain});
      std::cout << (o.format == "markdown" ? "```text\n" + text + "```\n" : text);
    }
  }
  if (o.format == "json") {
    if (json_results.size() == 1) {
      std::cout << json_results[0] << "\n";
    } else {
      std::cout << "[";
      for (std::size_t i = 0; i < json_results.size(); ++i) std::cout << (i ? ",\n" : "\n") << json_results[i];
      std::cout << "\n]\n";
    }
  } else if (files.size() > 1) {
    print_summary(summaries, audit, o.lang);
  }
  if (input_error) return exit_usage;
  return audit && failing ? exit_findings : exit_ok;
}

int policy(const Options& o) {
  const std::string sub = o.args.empty() ? "" : o.args[0];
  if (sub == "list") {
    for (auto id : jixiao::builtin_policy_ids()) {
      const jixiao::Policy p = jixiao::builtin_policy(id);
      std::cout << fmt::format("{:<18} {}\n", id, o.lang == Lang::zh ? p.name : p.name_en);
    }
    return exit_ok;
  }
  if (sub == "show") {
    std::cout << jixiao::write_policy_json(jixiao::load_policy(o.args.size() > 1 ? o.args[1] : o.policy)) << "\n";
    return exit_ok;
  }
  usage_error("policy 后应为 list 或 show", "policy takes list or show");
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse_args(argc, argv);
  try {
    if (o.command == "evaluate") return run(o, false);
    if (o.command == "audit") return run(o, true);
    if (o.command == "policy") return policy(o);
    if (o.command == "version") {
      std::cout << "jixiao " << jixiao::version_string() << "\n";
      return exit_ok;
    }
    usage_error(fmt::format("未知命令 {}", o.command), fmt::format("unknown command {}", o.command));
  } catch (const jixiao::Error& e) {
    std::cerr << "jixiao: " << describe(o.policy, e.where(), e.message(o.lang)) << "\n";
    return exit_usage;
  } catch (const std::exception& e) {
    std::cerr << "jixiao: " << e.what() << "\n";
    return exit_usage;
  }
}
