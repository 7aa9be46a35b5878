// The decimal core on the numbers of the bundled example (衡山县委编办 2024 self-evaluation package):
// exact sums, rates rounded once, 四舍五入 where a double gets it wrong, and the errors bad cells get.
#include <jixiao/jixiao.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

using jixiao::Decimal;
using jixiao::Money;
using jixiao::MoneyUnit;
using jixiao::Percent;

namespace {

Money wan(std::string_view text) { return Money::parse(text, MoneyUnit::wan_yuan); }

/// Left-aligns `text` to `columns` terminal columns (CJK characters take two).
std::string pad(std::string_view text, int columns) {
  const int width = jixiao::detail::display_width(text);
  return std::string(text) + std::string(static_cast<std::size_t>(width < columns ? columns - width : 0), ' ');
}

void row(std::string_view label, std::string_view value, std::string_view note = {}) {
  fmt::print("  {}{:>14}{}{}\n", pad(label, 38), value, note.empty() ? "" : "  ", note);
}

}  // namespace

int main() {
  fmt::print("jixiao {} — 十进制定点数核心演示 / decimal core demo\n\n", jixiao::version_string());

  fmt::print("1. 四舍五入 (half up) vs double\n");
  row("1.005 保留2位 (jixiao)", fmt::format("{:.2}", Decimal::parse("1.005")));
  row("1.005 保留2位 (double)", fmt::format("{:.2f}", 1.005), "← binary floating point");
  row("100 × 0.01 累加 (jixiao)", jixiao::sum(std::vector<Decimal>(100, Decimal::parse("0.01"))).to_string());
  double d = 0;
  for (int i = 0; i < 100; ++i) d += 0.01;
  row("100 × 0.01 累加 (double)", fmt::format("{}", d));

  fmt::print("\n2. 部门整体支出 (附件二, 万元)\n");
  const Money initial = wan("209.21"), annual = wan("211.34"), spent = wan("211.34");
  const Money basic = wan("155.38"), project = wan("53.83");
  row("年初预算数", fmt::format("{:.2w}", initial));
  row("基本支出 + 项目支出", fmt::format("{:.2w}", basic + project),
      basic + project == initial ? "= 年初预算数 ✓" : "≠ 年初预算数 ✗");
  row("全年预算数 − 年初预算数", fmt::format("{:.2w}", annual - initial), "(自评报告写作 12.13 ✗)");
  row("预算执行率 = 全年执行数 ÷ 全年预算数", fmt::format("{}", Percent::of(spent, annual)));
  const Decimal score = Decimal(90).divide(96, 10) * 10;
  row("得分示例 90 ÷ 96 × 10", fmt::format("{:.2}", score), "四舍五入保留2位");

  fmt::print("\n3. 基础数据表 (附件一)\n");
  row("在职人员控制率 = 13 ÷ 18", fmt::format("{}", Percent::of(13, 18)));
  struct Column {
    const char* name;
    const char* office;
    const char* utilities;
    const char* total;
  };
  for (const Column& c : {Column{"2023 年决算数", "21.9", "1.83", "23.73"}, Column{"2024 年预算数", "16", "8", "24"},
                          Column{"2024 年决算数", "17.72", "1.73", "19.45"}}) {
    const Money sum = wan(c.office) + wan(c.utilities);
    row(fmt::format("公用经费 {}: {} + {}", c.name, c.office, c.utilities), fmt::format("{:.2w}", sum),
        sum == wan(c.total) ? fmt::format("= 合计 {} ✓", c.total) : fmt::format("≠ 合计 {} ✗", c.total));
  }
  row("公用经费控制率 = 19.45 ÷ 24", fmt::format("{}", Percent::of(wan("19.45"), wan("24"))));

  fmt::print("\n4. 舍入方式 / rounding modes of 2.5 and −2.5\n");
  for (auto mode : {jixiao::RoundingMode::half_up, jixiao::RoundingMode::half_even, jixiao::RoundingMode::half_down,
                    jixiao::RoundingMode::up, jixiao::RoundingMode::down, jixiao::RoundingMode::ceiling,
                    jixiao::RoundingMode::floor}) {
    row(jixiao::rounding_mode_name(mode),
        fmt::format("{} / {}", Decimal::parse("2.5").round(0, mode), Decimal::parse("-2.5").round(0, mode)));
  }

  fmt::print("\n5. 填错的单元格 / cells filled in wrong\n");
  for (const char* cell : {"１２３．４５", "1,234.56", "7,00.0,77", "12.13万元", "1e5", ""}) {
    try {
      row(fmt::format("“{}”", cell), Decimal::parse(cell).to_string());
    } catch (const jixiao::Error& e) {
      fmt::print("  {}{:>14}  {}\n", pad(fmt::format("“{}”", cell), 38), jixiao::error_code_name(e.code()),
                 e.message());
    }
  }
  return 0;
}
