// jixiao-evaluation-bench: the batch of project packages. See batch_generator.hpp.
#include "batch_generator.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao_bench {

namespace {

// ---- a minimal JSON text writer: pretty (2 spaces, "key": value, as json.dumps(indent=2)) or compact

class Json {
 public:
  explicit Json(bool pretty) : pretty_(pretty) { out_.reserve(pretty ? 16384 : 8192); }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    item();
    quoted(k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }
  void string(std::string_view s) {
    item();
    quoted(s);
  }
  void number(std::string_view s) {
    item();
    out_ += s;
  }
  void member(std::string_view k, std::string_view s) {
    key(k);
    string(s);
  }
  std::string take() {
    if (pretty_) out_ += '\n';
    return std::move(out_);
  }

 private:
  void item() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (open_.empty()) return;
    if (open_.back()) out_ += ',';
    open_.back() = true;
    newline();
  }
  void open(char c) {
    item();
    out_ += c;
    open_.push_back(false);
  }
  void close(char c) {
    const bool had_items = open_.back();
    open_.pop_back();
    if (had_items) newline();
    out_ += c;
  }
  void newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(2 * open_.size(), ' ');
  }
  void quoted(std::string_view s) {
    out_ += '"';
    for (const char c : s) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\t': out_ += "\\t"; break;
        default: out_ += c;
      }
    }
    out_ += '"';
  }

  std::string out_;
  std::vector<bool> open_;  // per open container: has an item
  bool pretty_;
  bool after_key_ = false;
};

// ---- numbers as text ----------------------------------------------------------------------------

/// Hundredths as "28.00" (amounts always with two places).
std::string cents(std::int64_t c) {
  std::string s = std::to_string(c / 100);
  const auto f = static_cast<int>(c % 100);
  s += '.';
  s += static_cast<char>('0' + f / 10);
  s += static_cast<char>('0' + f % 10);
  return s;
}

/// Hundredths without trailing zeros: 950 → "9.5", 1000 → "10", 985 → "9.85".
std::string trimmed(std::int64_t h) {
  std::string s = std::to_string(h / 100);
  const auto f = static_cast<int>(h % 100);
  if (f != 0) {
    s += '.';
    s += static_cast<char>('0' + f / 10);
    if (f % 10 != 0) s += static_cast<char>('0' + f % 10);
  }
  return s;
}

std::int64_t div_half_up(std::int64_t n, std::int64_t d) { return (2 * n + d) / (2 * d); }  // n, d > 0

// ---- the vocabulary -----------------------------------------------------------------------------

constexpr std::array<std::string_view, 24> kCounties = {
    "衡山县", "衡东县", "祁东县", "衡阳县", "衡南县", "耒阳市", "常宁市", "南岳区", "攸县", "茶陵县", "炎陵县", "醴陵市",
    "湘潭县", "韶山市", "湘乡市", "宁乡市", "浏阳市", "长沙县", "望城区", "平江县", "汨罗市", "临湘市", "华容县", "岳阳县"};
constexpr std::array<std::string_view, 16> kAgencies = {
    "农业农村局", "教育局", "卫生健康局", "交通运输局", "民政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局",
    "水利局", "林业局", "文化旅游广电体育局", "市场监督管理局", "生态环境分局", "应急管理局", "退役军人事务局",
    "中共{}委机构编制委员会办公室"};
constexpr std::array<std::string_view, 20> kProjects = {
    "高标准农田建设", "农村公路养护", "基层卫生服务能力提升", "义务教育薄弱环节改善", "城乡居民养老保险经办",
    "森林防火及生态护林员", "农村饮水安全巩固提升", "事业单位法人登记及证书管理", "公共文化服务体系建设",
    "食品安全抽检监测", "困难群众救助", "就业创业培训", "小型水库除险加固", "农村人居环境整治", "安全生产专项检查",
    "退役军人服务保障", "地质灾害防治", "城镇老旧小区改造", "动物疫病防控", "全民健身设施建设"};
constexpr std::array<std::string_view, 12> kPeople = {"王永强", "李红梅", "张建国", "刘芳", "陈志华", "杨丽",
                                                      "赵伟",   "黄小玲", "周国平", "吴晓东", "彭湘云", "曾德明"};
constexpr std::array<std::string_view, 6> kExpected = {
    "按年初计划完成项目建设任务，资金使用规范，群众满意度稳步提升", "完成年度目标任务，提升公共服务水平",
    "保障项目按期实施，资金及时足额拨付", "严格控制项目成本，提高资金使用效益",
    "进一步完善管理制度，项目发挥长期效益", "完成全县年度工作任务，服务对象满意"};
constexpr std::array<std::string_view, 4> kActual = {"已按年初设定目标完成", "基本完成年度目标，个别指标未达预期",
                                                     "项目按计划实施，资金支付进度符合要求",
                                                     "年度任务全部完成，群众满意度较高"};
constexpr std::array<std::string_view, 6> kDeviations = {
    "受项目实施进度影响，部分任务延至下年度完成，下一步将加强调度。", "受原材料价格上涨影响，成本超出目标值，将优化采购方式。",
    "部分群众对政策了解不够，将加大宣传力度。", "前期手续办理时间较长，影响完成时限，将提前谋划。",
    "实际需求少于年初预计，完成数量未达目标，将科学测算目标值。", "个别环节衔接不畅，将进一步完善工作机制。"};

enum class Kind {
  count,      // "221", "150亩": actual a number in the same unit
  count_ge,   // "≥5000人"
  pct_ge,     // "≥96%"
  pct_full,   // "100%"
  range,      // "85%-95%"
  cost_le,    // "≤8万元" or "控制在8万元以内"
  qualitative,// "按规定完成", "进一步完善" (same text when met)
  deadline,   // "2025年12月31日前"
};

/// The 偏差原因 a unit writes for a missed row of this kind (an index into kDeviations).
std::size_t deviation_for(Kind k) {
  switch (k) {
    case Kind::count:
    case Kind::count_ge: return 4;
    case Kind::cost_le: return 1;
    case Kind::deadline: return 3;
    case Kind::qualitative: return 5;
    default: return 0;
  }
}

struct Template {
  std::string_view name;
  Kind kind;
  std::string_view unit;  // count, count_ge: the unit written after the number; qualitative: the target text
  int lo, hi;             // the target's range (count, count_ge, cost_le in 万元, pct_ge percent, range low)
};

struct Group {
  std::string_view label;
  int rows;
  std::span<const Template> templates;
};

constexpr std::array<Template, 10> kQuantity = {{
    {"完成事业单位法人登记、换证数量", Kind::count, "", 120, 400},
    {"培训基层干部人次", Kind::count_ge, "人次", 200, 1500},
    {"新建高标准农田面积", Kind::count, "亩", 1000, 20000},
    {"养护农村公路里程", Kind::count, "公里", 30, 600},
    {"发放补助资金户数", Kind::count_ge, "户", 300, 5000},
    {"开展专项检查次数", Kind::count_ge, "次", 6, 60},
    {"采购设备台套数", Kind::count, "台套", 10, 200},
    {"建成村级服务站点数", Kind::count, "个", 8, 90},
    {"开展宣传活动场次", Kind::count_ge, "场", 5, 40},
    {"抽检批次", Kind::count, "批次", 100, 900},
}};
constexpr std::array<Template, 7> kQuality = {{
    {"项目验收合格率", Kind::pct_full, "", 0, 0},
    {"资金拨付准确率", Kind::pct_full, "", 0, 0},
    {"档案资料完整率", Kind::pct_ge, "", 95, 98},
    {"工程质量达标率", Kind::pct_ge, "", 95, 98},
    {"培训考核合格率", Kind::range, "", 85, 90},
    {"按规定程序组织实施", Kind::qualitative, "按规定完成", 0, 0},
    {"设备完好率", Kind::pct_ge, "", 90, 96},
}};
constexpr std::array<Template, 5> kTimeliness = {{
    {"项目完成时间", Kind::deadline, "", 9, 12},
    {"资金拨付时间", Kind::deadline, "", 6, 12},
    {"资金拨付及时率", Kind::pct_full, "", 0, 0},
    {"按时完成年度任务", Kind::qualitative, "按时完成", 0, 0},
    {"问题整改及时率", Kind::pct_ge, "", 95, 98},
}};
constexpr std::array<Template, 5> kCost = {{
    {"项目总成本", Kind::cost_le, "", 30, 500},
    {"设备采购成本", Kind::cost_le, "", 5, 80},
    {"人均培训成本", Kind::cost_le, "", 1, 9},
    {"严格控制在预算范围内", Kind::qualitative, "严格控制", 0, 0},
    {"工程建设成本", Kind::cost_le, "", 50, 400},
}};
constexpr std::array<Template, 4> kEconomic = {{
    {"带动农户增收", Kind::count_ge, "万元", 20, 300},
    {"节约财政资金", Kind::count_ge, "万元", 5, 50},
    {"项目区农民人均收入增长率", Kind::pct_ge, "", 5, 8},
    {"降低企业办事成本", Kind::qualitative, "有效降低", 0, 0},
}};
constexpr std::array<Template, 5> kSocial = {{
    {"提升群众办事便利度", Kind::qualitative, "有效提升", 0, 0},
    {"进一步完善基层治理体系", Kind::qualitative, "进一步完善", 0, 0},
    {"政策知晓率", Kind::pct_ge, "", 85, 95},
    {"受益人口", Kind::count_ge, "人", 2000, 60000},
    {"保障困难群众基本生活", Kind::qualitative, "有效保障", 0, 0},
}};
constexpr std::array<Template, 4> kEcological = {{
    {"森林覆盖率", Kind::pct_ge, "", 60, 66},
    {"改善农村人居环境", Kind::qualitative, "明显改善", 0, 0},
    {"生活垃圾无害化处理率", Kind::range, "", 80, 90},
    {"减少水土流失", Kind::qualitative, "逐步减少", 0, 0},
}};
constexpr std::array<Template, 4> kSustainable = {{
    {"项目长效运行机制", Kind::qualitative, "进一步健全", 0, 0},
    {"设施持续发挥效益", Kind::qualitative, "持续发挥作用", 0, 0},
    {"设施使用年限", Kind::count_ge, "年", 8, 20},
    {"促进依法行政，切实减轻相关单位负担", Kind::qualitative, "进一步促进", 0, 0},
}};
constexpr std::array<Template, 4> kSatisfaction = {{
    {"服务对象满意度", Kind::pct_ge, "", 90, 96},
    {"受益群众满意度", Kind::pct_ge, "", 90, 96},
    {"参训人员满意度", Kind::pct_ge, "", 90, 95},
    {"项目区群众满意度", Kind::pct_ge, "", 85, 95},
}};

struct Section {
  std::string_view label;
  int points;
  std::array<Group, 4> groups;
  int group_count;
};

// 11 + 7 + 2 = 20 rows; 50 + 30 + 10 = 90 points (the other 10 are 预算执行率's).
const std::array<Section, 3> kSections = {{
    {"产出指标\n(50 分)",
     50,
     {{{"数量指标", 4, kQuantity}, {"质量指标", 3, kQuality}, {"时效指标", 2, kTimeliness}, {"成本指标", 2, kCost}}},
     4},
    {"效益指标\n（30 分）",
     30,
     {{{"经济效益指标", 2, kEconomic},
       {"社会效益指标", 2, kSocial},
       {"生态效益指标", 1, kEcological},
       {"可持续影响指标", 2, kSustainable}}},
     4},
    {"满意度指标\n（10 分）", 10, {{{"服务对象满意度指标", 2, kSatisfaction}, {}, {}, {}}}, 1},
}};

constexpr int kYear = 2025;

// ---- one package --------------------------------------------------------------------------------

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  std::uint64_t below(std::uint64_t n) { return rng_() % n; }  // the bias of % is irrelevant here
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo + 1))); }
  template <class A>
  auto pick(const A& a) {
    return a[below(a.size())];
  }

  std::string package(std::size_t index, bool pretty, std::size_t& missed) {
    Json j(pretty);
    const std::string county(pick(kCounties));
    std::string unit(pick(kAgencies));  // "农业农村局" → "衡山县农业农村局"; "中共{}委…" → "中共衡山县委…"
    if (const auto at = unit.find("{}"); at != std::string::npos) unit.replace(at, 2, county);
    else unit.insert(0, county);
    const std::string person(pick(kPeople));
    const std::string fill_date = std::to_string(kYear + 1) + "-0" + std::to_string(between(3, 6)) + "-" +
                                  std::to_string(between(10, 28));

    j.begin_object();
    j.member("format", "jixiao-package");
    j.key("version"), j.number("1");
    j.member("unit_name", unit);
    j.key("year"), j.number(std::to_string(kYear));
    j.member("money_unit", "wan_yuan");
    j.key("projects");
    j.begin_array();
    j.begin_object();
    j.member("title", std::to_string(kYear) + "年度项目支出绩效自评表");
    j.member("project_name", std::string(pick(kProjects)) + "项目（" + std::to_string(index % 97 + 1) + "）");
    j.member("competent_department", unit);
    j.member("implementing_unit", unit);

    // Funds: amounts in 万元 with two places; the rate and its points as a unit would file them.
    const std::int64_t annual = between(500, 50099);  // hundredths: 5.00 .. 500.99 万元
    const std::int64_t initial = below(4) == 0 ? annual - annual * between(1, 10) / 100 : annual;
    const std::int64_t executed = below(3) == 0 ? annual : annual * between(85, 99) / 100 + between(0, 99);
    const std::int64_t rate = div_half_up(executed * 10000, annual);  // hundredths of a percent
    const std::int64_t funds_score = std::min<std::int64_t>(1000, div_half_up(rate, 10));  // hundredths of a point
    j.key("funds");
    j.begin_object();
    for (const std::string_view row : {"total", "current_year"}) {
      j.key(row);
      j.begin_object();
      j.member("initial_budget", cents(initial));
      j.member("annual_budget", cents(annual));
      j.member("executed", cents(executed));
      j.member("weight", "10");
      j.member("execution_rate", trimmed(rate) + "%");
      j.member("self_score", trimmed(funds_score));
      j.end_object();
    }
    j.end_object();
    j.key("goals");
    j.begin_object();
    j.member("expected", pick(kExpected));
    j.member("actual", pick(kActual));
    j.end_object();

    std::int64_t total_score = funds_score;
    j.key("indicators");
    j.begin_array();
    for (const Section& section : kSections) {
      j.begin_object();
      j.member("category", section.label);
      j.key("groups");
      j.begin_array();
      // Weights: every row 4 points (5 for 满意度), the rest of the section's points one by one at random.
      int rows = 0;
      for (int g = 0; g < section.group_count; ++g) rows += section.groups[static_cast<std::size_t>(g)].rows;
      std::vector<int> weights(static_cast<std::size_t>(rows), section.points / rows);
      for (int left = section.points - rows * (section.points / rows); left > 0; --left)
        ++weights[below(static_cast<std::uint64_t>(rows))];
      std::size_t w = 0;
      for (int g = 0; g < section.group_count; ++g) {
        const Group& group = section.groups[static_cast<std::size_t>(g)];
        j.begin_object();
        j.member("category", group.label);
        j.key("indicators");
        j.begin_array();
        // Distinct templates: a partial shuffle.
        std::vector<std::size_t> order(group.templates.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        for (int r = 0; r < group.rows; ++r) {
          const auto i = static_cast<std::size_t>(r);
          std::swap(order[i], order[i + below(order.size() - i)]);
          total_score += row(j, group.templates[order[i]], weights[w++], missed);
        }
        j.end_array();
        j.end_object();
      }
      j.end_array();
      j.end_object();
    }
    j.end_array();
    j.member("total_weight", "100");
    j.member("total_self_score", trimmed(total_score));
    j.key("sign_off");
    j.begin_object();
    j.member("filled_by", person);
    j.member("fill_date", fill_date);
    j.end_object();
    j.end_object();
    j.end_array();
    j.end_object();
    return j.take();
  }

 private:
  /// Writes one 三级 row; returns its self-score in hundredths of a point.
  std::int64_t row(Json& j, const Template& t, int weight, std::size_t& missed_count) {
    const bool missed = below(7) == 0;
    missed_count += missed;
    std::string target, actual;
    // The share of the points the unit files, in percent: all when met; roughly proportional when not.
    std::int64_t share = 100;
    switch (t.kind) {
      case Kind::count:
      case Kind::count_ge: {
        const int n = between(t.lo, t.hi);
        int a = n;
        if (missed) a = n * between(70, 97) / 100;
        else if (below(4) == 0) a = n + between(1, std::max(1, n / 5));
        target = (t.kind == Kind::count_ge ? "≥" : "") + std::to_string(n) + std::string(t.unit);
        actual = std::to_string(a) + std::string(t.unit);
        if (missed) share = 100 * a / n;
        break;
      }
      case Kind::pct_ge: {
        const int p = between(t.lo, t.hi);
        target = "≥" + std::to_string(p) + "%";
        const int tenths = missed ? p * 10 * between(p >= 50 ? 88 : 50, 99) / 100  // 96% → 84.4% .. 95.0%
                                : std::min(1000, p * 10 + between(0, 40));
        actual = trimmed(tenths * 10) + "%";
        if (missed) share = 100 * tenths / (p * 10);
        break;
      }
      case Kind::pct_full: {
        target = "100%";
        const int a = missed ? between(90, 99) : 100;
        actual = std::to_string(a) + "%";
        share = a;
        break;
      }
      case Kind::range: {
        const int lo = between(t.lo, t.hi) / 5 * 5, hi = lo + 10;
        target = std::to_string(lo) + "%-" + std::to_string(hi) + "%";
        const int a = missed ? lo - between(2, 8) : between(lo, hi);
        actual = std::to_string(a) + "%";
        if (missed) share = 100 * a / lo;
        break;
      }
      case Kind::cost_le: {
        const int limit = between(t.lo, t.hi);  // 万元
        target = below(3) == 0 ? "控制在" + std::to_string(limit) + "万元以内" : "≤" + std::to_string(limit) + "万元";
        const std::int64_t a = limit * std::int64_t{100} * (missed ? between(102, 130) : between(80, 100)) / 100;
        actual = cents(a) + "万元";
        if (missed) share = std::max<std::int64_t>(0, 200 - 100 * a / (limit * 100));
        break;
      }
      case Kind::qualitative: {
        target = std::string(t.unit);
        actual = missed ? (below(2) == 0 ? "部分完成" : "基本完成") : target;
        if (missed) share = 70;
        break;
      }
      case Kind::deadline: {
        const int month = between(t.lo, t.hi);
        constexpr std::array<int, 13> last = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        target = std::to_string(kYear) + "年" + std::to_string(month) + "月" +
                 std::to_string(last[static_cast<std::size_t>(month)]) + "日前";
        if (missed) {
          const int late = month + between(1, 2);
          actual = late > 12 ? std::to_string(kYear + 1) + "年" + std::to_string(late - 12) + "月" +
                                   std::to_string(between(1, 28)) + "日"
                             : std::to_string(kYear) + "年" + std::to_string(late) + "月" + std::to_string(between(1, 28)) + "日";
          share = 0;
        } else {
          actual = std::to_string(kYear) + "年" + std::to_string(between(std::max(1, month - 3), month)) + "月" +
                   std::to_string(between(1, 28)) + "日";
        }
        break;
      }
    }
    // Filed scores: whole or half points, sometimes a point short of full marks on a met target.
    std::int64_t score = div_half_up(weight * share * 2, 100) * 50;  // hundredths
    if (!missed && below(10) == 0) score -= 100;
    score = std::max<std::int64_t>(0, score);

    j.begin_object();
    j.member("name", t.name);
    j.member("target", target);
    j.member("actual", actual);
    j.member("weight", std::to_string(weight));
    j.member("self_score", trimmed(score));
    j.member("deviation", missed ? kDeviations[deviation_for(t.kind)] : "");
    j.end_object();
    return score;
  }

  std::mt19937_64 rng_;
};

}  // namespace

Batch generate_batch(const BatchOptions& options) {
  Batch b;
  Generator g(options.seed);
  b.documents.reserve(options.count);
  for (std::size_t i = 0; i < options.count; ++i) {
    b.documents.push_back(g.package(i, options.pretty, b.missed));
    b.documents.back().shrink_to_fit();  // the writer reserved more: keep only the text
    const std::size_t n = b.documents.back().size();
    b.total_bytes += n;
    b.min_bytes = i == 0 ? n : std::min(b.min_bytes, n);
    b.max_bytes = std::max(b.max_bytes, n);
    b.indicators += kIndicatorsPerPackage;
  }
  return b;
}

}  // namespace jixiao_bench
