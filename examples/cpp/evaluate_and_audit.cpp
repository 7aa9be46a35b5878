// Evaluates and audits a package through the C++ API and prints the total, the grade and the
// findings: the smallest useful program on top of jixiao.
//   evaluate-and-audit examples/hengshan-2024/package.json
#include <jixiao/audit.hpp>
#include <jixiao/package_json.hpp>

#include <fmt/format.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    fmt::print(stderr, "usage: evaluate-and-audit PACKAGE.json\n");
    return 2;
  }
  try {
    const jixiao::PackageReadResult read = jixiao::read_package_file(argv[1]);
    const jixiao::AuditResult result = jixiao::audit(read.package, jixiao::builtin_policy("national-2020"));
    const jixiao::EvaluationResult& e = result.evaluation;
    if (e.department)
      fmt::print("{}: {} {}\n", e.department->name, e.department->total.to_string(), e.department->grade.name);
    for (const jixiao::FormResult& p : e.projects) fmt::print("{}: {} {}\n", p.name, p.total.to_string(), p.grade.name);
    for (const jixiao::Finding& f : result.findings)
      fmt::print("{} {} {} {}\n", jixiao::severity_label_zh(f.severity()), f.code(), f.path(), f.zh());
    fmt::print("{} findings\n", result.findings.size());
    return 0;
  } catch (const jixiao::Error& e) {
    fmt::print(stderr, "{}:{}:{}: {} {}\n", argv[1], e.line(), e.column(), e.path(), e.message());
    return 2;
  }
}
