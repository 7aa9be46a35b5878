// jixiao: the command-line tool. Evaluates self-evaluation packages under a policy and prints the
// forms with the computed numbers beside the filed ones, or the results as JSON.
#include "render_evaluation.hpp"

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
constexpr int exit_usage = 2;  // usage or input error

const char* const usage_text = R"(用法 / usage:
  jixiao evaluate [选项] 文件...      评分并列出各表的计算值与填报值 / score packages
  jixiao policy list                  内置评分规则 / built-in policies
  jixiao policy show [名称|文件]      以 JSON 显示评分规则 / print a policy as JSON
  jixiao version

选项 / options:
  --policy 名称|文件   评分规则，默认 national-2020 / policy name or file
  --format text|json   输出格式 / output format (--json = --format json)
  --lang zh|en         输出语言 / language
  --explain            列出每一行的计算说明 / explain every row
文件为 - 时读标准输入 / '-' reads standard input.
退出码 / exit status: 0 完成 / done, 2 用法或输入错误 / usage or input error.
)";

struct Options {
  std::string command;
  std::vector<std::string> args;
  std::string policy = "national-2020";
  bool json = false;
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
      o.json = true;
    } else if (a == "--format") {
      const std::string f = value(a);
      if (f != "text" && f != "json") usage_error("--format 应为 text 或 json", "--format must be text or json");
      o.json = f == "json";
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

int evaluate(const Options& o) {
  if (o.args.empty()) usage_error("evaluate 需要至少一个文件", "evaluate needs at least one file");
  const jixiao::Policy policy = jixiao::load_policy(o.policy);
  std::vector<std::string> json_results;
  for (const std::string& file : o.args) {
    jixiao::PackageReadResult read;
    try {
      read = read_input(file);
    } catch (const jixiao::Error& e) {
      std::cerr << "jixiao: " << describe(file, e.where(), e.message(o.lang)) << "\n";
      return exit_usage;
    }
    for (const jixiao::ImportWarning& w : read.warnings)
      std::cerr << "jixiao: " << (o.lang == Lang::zh ? "警告 " : "warning ")
                << describe(file, w.where, o.lang == Lang::zh ? w.zh : w.en) << "\n";
    const jixiao::EvaluationResult result = jixiao::evaluate(read.package, policy);
    if (o.json) {
      json_results.push_back(jixiao::write_result_json(result));
    } else {
      if (o.args.size() > 1) std::cout << "\n═══ " << file << "\n";
      std::cout << jixiao::cli::render_evaluation(read.package, result, {o.lang, o.explain});
    }
  }
  if (o.json) {
    if (json_results.size() == 1) {
      std::cout << json_results[0] << "\n";
    } else {
      std::cout << "[";
      for (std::size_t i = 0; i < json_results.size(); ++i) std::cout << (i ? ",\n" : "\n") << json_results[i];
      std::cout << "\n]\n";
    }
  }
  return exit_ok;
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
    if (o.command == "evaluate") return evaluate(o);
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
