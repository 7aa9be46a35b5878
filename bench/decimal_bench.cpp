// jixiao-bench: jixiao::Decimal against double (the floor), Boost's cpp_dec_float_50 and Intel's
// decimal64 (BID, libbidgcc000), on the same random budget-table data in one run.
//
// Every benchmark is named BM_<op>/<type> (BM_add/jixiao, BM_add/double, BM_add/cpp_dec_float_50,
// BM_add/bid64, ...) so that scripts/bench-ratios.py can pair them, processes the whole data vector
// (kCount values) per iteration and reports items_per_second. See bench/README.md.
//
// Own flags (removed before Google Benchmark sees the rest):
//   --jixiao_sanity_only   run the start-up agreement check and exit
//   --jixiao_no_sanity     skip it
//   --jixiao_sanity_verbose print every disagreement, not the first few
#include <jixiao/decimal.hpp>

#include <benchmark/benchmark.h>
#include <boost/multiprecision/cpp_dec_float.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <ios>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Intel's headers last: they define many macros. bid_conf.h must come first; the three
// configuration macros come from bench/CMakeLists.txt and must match the archive (bidgcc000).
#if !defined(DECIMAL_CALL_BY_REFERENCE) || DECIMAL_CALL_BY_REFERENCE != 0 || \
    !defined(DECIMAL_GLOBAL_ROUNDING) || DECIMAL_GLOBAL_ROUNDING != 0 ||     \
    !defined(DECIMAL_GLOBAL_EXCEPTION_FLAGS) || DECIMAL_GLOBAL_EXCEPTION_FLAGS != 0
#error "build with DECIMAL_CALL_BY_REFERENCE=0 DECIMAL_GLOBAL_ROUNDING=0 DECIMAL_GLOBAL_EXCEPTION_FLAGS=0"
#endif
#include <bid_conf.h>
#include <bid_functions.h>

namespace {

using jixiao::Decimal;
using jixiao::RoundingMode;
using cpp_dec_float_50 = boost::multiprecision::cpp_dec_float_50;
using int128 = jixiao::int128;

constexpr std::size_t kCount = 4096;                  // values per column; one iteration = all of them
constexpr std::uint64_t kSeed = 0x6a69'7869'616f'0001;  // "jixiao" + 1; mt19937_64 is fully specified
constexpr _IDEC_round kBidHalfUp = BID_ROUNDING_TIES_AWAY;  // 四舍五入

// ---- the data ------------------------------------------------------------------------------------

/// An exact decimal (coefficient × 10^-scale): the generator's values and the reference results.
struct Exact {
  int128 coef = 0;
  int scale = 0;
};

constexpr int128 pow10(int n) {
  int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

std::string exact_text(const Exact& e) {
  const bool neg = e.coef < 0;
  auto mag = static_cast<jixiao::uint128>(neg ? -e.coef : e.coef);
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(mag % 10)));
    mag /= 10;
  } while (mag != 0);
  while (digits.size() < static_cast<std::size_t>(e.scale) + 1) digits.push_back('0');
  std::reverse(digits.begin(), digits.end());
  if (e.scale > 0) digits.insert(digits.end() - e.scale, '.');
  if (neg && e.coef != 0) digits.insert(digits.begin(), '-');
  return digits;
}

int128 round_div_half_up(int128 n, int128 d) {  // n / d, ties away from zero
  int128 q = n / d;
  const int128 r = n % d;
  const int128 r2 = r < 0 ? -r : r;
  const int128 d2 = d < 0 ? -d : d;
  if (2 * r2 >= d2) q += ((n < 0) != (d < 0)) ? -1 : 1;
  return q;
}

// Reference arithmetic on int128 (the data is small enough that nothing overflows), independent of
// the library under test.
Exact ref_add(const Exact& a, const Exact& b) {
  const int s = std::max(a.scale, b.scale);
  return {a.coef * pow10(s - a.scale) + b.coef * pow10(s - b.scale), s};
}
Exact ref_mul(const Exact& a, const Exact& b) { return {a.coef * b.coef, a.scale + b.scale}; }
Exact ref_div(const Exact& a, const Exact& b, int scale) {
  // a/b × 10^scale = (ca × 10^(scale + sb − sa)) / cb
  const int e = scale + b.scale - a.scale;
  if (e >= 0) return {round_div_half_up(a.coef * pow10(e), b.coef), scale};
  return {round_div_half_up(a.coef, b.coef * pow10(-e)), scale};
}
Exact ref_round(const Exact& a, int scale) {
  if (a.scale <= scale) return {a.coef * pow10(scale - a.scale), scale};
  return {round_div_half_up(a.coef, pow10(a.scale - scale)), scale};
}

/// Budget-table numbers: amounts in 万元 with 2 decimals, 0.01 .. 99,999,999.99, with a magnitude
/// that is uniform over the decades (0.0x as likely as tens of millions), mixed 4:1 with rates of 4
/// decimals, 0.0001 .. 1.9999 (执行率, 增长率, 权重).
struct Generator {
  std::mt19937_64 rng{kSeed};
  std::uint64_t below(std::uint64_t n) { return rng() % n; }  // the bias of % is irrelevant here
  Exact amount() {
    const int digits = 1 + static_cast<int>(below(10));  // of the coefficient: 0.0x .. 99999999.99
    const auto low = static_cast<std::uint64_t>(pow10(digits - 1));
    return {static_cast<int128>(low + below(9 * low)), 2};
  }
  Exact rate() { return {static_cast<int128>(1 + below(19999)), 4}; }
  Exact value() { return below(5) == 0 ? rate() : amount(); }
};

/// The same numbers as text (what every type parses) and as exact values (the reference).
struct Data {
  std::vector<std::string> a, b;  // the operand pairs of add, mul, div; a is also parsed and formatted
  std::vector<std::string> x;     // amount × rate, 6 decimals: the input of round(2)
  std::vector<Exact> ea, eb, ex;
};

const Data& data() {
  static const Data d = [] {
    Data r;
    Generator g;
    for (std::size_t i = 0; i < kCount; ++i) {
      const Exact a = g.value(), b = g.value(), x = ref_mul(g.amount(), g.rate());
      r.ea.push_back(a), r.eb.push_back(b), r.ex.push_back(x);
      r.a.push_back(exact_text(a)), r.b.push_back(exact_text(b)), r.x.push_back(exact_text(x));
    }
    return r;
  }();
  return d;
}

// ---- the four types, each with its values parsed from the same texts ------------------------------

template <class T>
struct Columns {
  std::vector<T> a, b, x;
};

template <class T, class Parse>
Columns<T> parse_all(Parse parse) {
  const Data& d = data();
  Columns<T> c;
  for (std::size_t i = 0; i < kCount; ++i) {
    c.a.push_back(parse(d.a[i])), c.b.push_back(parse(d.b[i])), c.x.push_back(parse(d.x[i]));
  }
  return c;
}

// jixiao: parsed with Decimal::parse; if that throws (an implementation in progress), built with
// from_coefficient so that the arithmetic can still be measured.
const Columns<Decimal>& jx() {
  static const Columns<Decimal> c = [] {
    try {
      return parse_all<Decimal>([](const std::string& s) { return Decimal::parse(s); });
    } catch (const std::exception& e) {
      std::fprintf(stderr, "note: jixiao::Decimal::parse threw (%s); using from_coefficient for the data\n",
                   e.what());
      const Data& d = data();
      Columns<Decimal> r;
      for (std::size_t i = 0; i < kCount; ++i) {
        r.a.push_back(Decimal::from_coefficient(d.ea[i].coef, d.ea[i].scale));
        r.b.push_back(Decimal::from_coefficient(d.eb[i].coef, d.eb[i].scale));
        r.x.push_back(Decimal::from_coefficient(d.ex[i].coef, d.ex[i].scale));
      }
      return r;
    }
  }();
  return c;
}

double parse_double(std::string_view s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
const Columns<double>& dbl() {
  static const Columns<double> c = parse_all<double>([](const std::string& s) { return parse_double(s); });
  return c;
}

const Columns<cpp_dec_float_50>& cdf() {
  static const Columns<cpp_dec_float_50> c =
      parse_all<cpp_dec_float_50>([](const std::string& s) { return cpp_dec_float_50(s.c_str()); });
  return c;
}

BID_UINT64 bid_parse(const std::string& s) {
  _IDEC_flags flags = 0;
  // bid64_from_string takes a char* but does not write through it.
  return bid64_from_string(const_cast<char*>(s.c_str()), kBidHalfUp, &flags);
}
const Columns<BID_UINT64>& bid() {
  static const Columns<BID_UINT64> c = parse_all<BID_UINT64>(bid_parse);
  return c;
}
const BID_UINT64 kBid1em2 = bid_parse("1E-2");  // quantum of round(2): the result takes its exponent
const BID_UINT64 kBid1em4 = bid_parse("1E-4");

/// bid64_to_string's "+1234567E-2" → plain "12345.67" (what a report prints); returns the end.
char* bid_plain(const char* sci, char* out) {
  const char* p = sci;
  bool neg = false;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  const char* const digits = p;
  while (*p >= '0' && *p <= '9') ++p;
  const char* const digits_end = p;
  int exp = 0;
  if (*p == 'E' || *p == 'e') {
    ++p;
    const bool eneg = *p == '-';
    if (*p == '+' || *p == '-') ++p;
    while (*p >= '0' && *p <= '9') exp = exp * 10 + (*p++ - '0');
    if (eneg) exp = -exp;
  }
  if (digits == digits_end) return std::copy(sci, sci + std::strlen(sci), out);  // NaN, Inf
  if (neg && std::any_of(digits, digits_end, [](char c) { return c != '0'; })) *out++ = '-';
  if (exp >= 0) {
    out = std::copy(digits, digits_end, out);
    return std::fill_n(out, exp, '0');
  }
  const std::ptrdiff_t ndigits = digits_end - digits, frac = -exp;
  const char* const point = ndigits > frac ? digits_end - frac : digits;  // first fractional digit
  out = point == digits ? (*out = '0', out + 1) : std::copy(digits, point, out);
  *out++ = '.';
  if (frac > ndigits) out = std::fill_n(out, frac - ndigits, '0');
  return std::copy(point, digits_end, out);
}

std::string bid_text(BID_UINT64 v) {
  char sci[64];
  char plain[128];
  _IDEC_flags flags = 0;
  bid64_to_string(sci, v, &flags);
  return std::string(plain, bid_plain(sci, plain));
}

// ---- the operations, one definition per (op, type) shared by the check and the benchmarks ---------

struct JixiaoOps {
  static Decimal add(const Decimal& a, const Decimal& b) { return a + b; }
  static Decimal mul(const Decimal& a, const Decimal& b) { return a * b; }
  static Decimal div(const Decimal& a, const Decimal& b) { return a.divide(b, 4, RoundingMode::half_up); }
  static Decimal round2(const Decimal& x) { return x.round(2, RoundingMode::half_up); }
  static Decimal parse(const std::string& s) { return Decimal::parse(s); }
  // The fastest public text API: round(2) then to_chars into a stack buffer (no std::string).
  static char* format(const Decimal& a, char* buf) { return a.round(2, RoundingMode::half_up).to_chars(buf, buf + 64); }
  // The convenient one, benchmarked as BM_format/jixiao_to_string for comparison.
  static std::string format_string(const Decimal& a) { return a.to_string(jixiao::FormatSpec{2}); }
};

struct DoubleOps {
  static double add(double a, double b) { return a + b; }
  static double mul(double a, double b) { return a * b; }
  static double div(double a, double b) { return std::round(a / b * 1e4) / 1e4; }
  static double round2(double x) { return std::round(x * 100) / 100; }
  static double parse(const std::string& s) { return parse_double(s); }
  static char* format(double a, char* buf) { return fmt::format_to(buf, "{:.2f}", a); }
};

struct CppDecFloatOps {
  using T = cpp_dec_float_50;
  static T add(const T& a, const T& b) { return T(a + b); }
  static T mul(const T& a, const T& b) { return T(a * b); }
  static T div(const T& a, const T& b) { return T(boost::multiprecision::round(a / b * 10000) / 10000); }
  static T round2(const T& x) { return T(boost::multiprecision::round(x * 100) / 100); }
  static T parse(const std::string& s) { return T(s.c_str()); }
  static std::string format_string(const T& a) { return a.str(2, std::ios_base::fixed); }
};

struct Bid64Ops {
  // Flags are required by the by-value API; nobody reads them in the benchmark.
  static inline _IDEC_flags flags = 0;
  static BID_UINT64 add(BID_UINT64 a, BID_UINT64 b) { return bid64_add(a, b, kBidHalfUp, &flags); }
  static BID_UINT64 mul(BID_UINT64 a, BID_UINT64 b) { return bid64_mul(a, b, kBidHalfUp, &flags); }
  static BID_UINT64 div(BID_UINT64 a, BID_UINT64 b) {
    return bid64_quantize(bid64_div(a, b, kBidHalfUp, &flags), kBid1em4, kBidHalfUp, &flags);
  }
  static BID_UINT64 round2(BID_UINT64 x) { return bid64_quantize(x, kBid1em2, kBidHalfUp, &flags); }
  static BID_UINT64 parse(const std::string& s) {
    return bid64_from_string(const_cast<char*>(s.c_str()), kBidHalfUp, &flags);
  }
  // quantize to 2 places, then bid64_to_string ("+123456E-2") and rewrite as "1234.56".
  static char* format(BID_UINT64 a, char* buf) {
    char sci[64];
    bid64_to_string(sci, round2(a), &flags);
    return bid_plain(sci, buf);
  }
};

// ---- start-up check: every type against an exact int128 reference --------------------------------

struct Tally {
  int mismatches = 0;
  int errors = 0;
  std::vector<std::string> examples;
};

std::string norm(std::string s) {  // numeric text without trailing fractional zeros; "-0" → "0"
  if (!s.empty() && s.front() == '+') s.erase(0, 1);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

bool g_verbose = false;

void record(Tally& t, std::size_t i, const std::string& what, const std::string& expected,
            const std::string& got) {
  ++t.mismatches;
  if (g_verbose || t.examples.size() < 3)
    t.examples.push_back(fmt::format("#{} {}: exact {}, got {}", i, what, expected, got));
}

template <class F>
void check_one(Tally& t, std::size_t i, const std::string& what, const std::string& expected, F got,
               bool exact_text_match = false) {
  try {
    const std::string g = got();
    if (exact_text_match ? g != expected : norm(g) != norm(expected)) record(t, i, what, expected, g);
  } catch (const std::exception& e) {
    ++t.errors;
    if (g_verbose || t.examples.size() < 3)
      t.examples.push_back(fmt::format("#{} {}: exact {}, threw {}", i, what, expected, e.what()));
  }
}

/// Returns the number of jixiao disagreements with the exact reference.
int sanity_check() {
  const Data& d = data();
  const auto& J = jx();
  const auto& D = dbl();
  const auto& C = cdf();
  const auto& B = bid();
  const char* ops[] = {"add", "mul", "div", "round", "parse", "format"};
  const char* types[] = {"jixiao", "double", "cpp_dec_float_50", "bid64"};
  Tally t[6][4];

  auto dtext = [](double v, int scale) { return fmt::format("{:.{}f}", v, scale); };
  auto ctext = [](const cpp_dec_float_50& v, int scale) { return v.str(scale, std::ios_base::fixed); };
  auto jtext = [](const Decimal& v) { return v.to_string(); };
  char buf[128];

  for (std::size_t i = 0; i < kCount; ++i) {
    const std::string& sa = d.a[i];
    const std::string& sb = d.b[i];
    const std::string& sx = d.x[i];
    // add, mul, div: results compared as numbers (trailing zeros ignored); double and
    // cpp_dec_float_50 printed at the exact result's scale, as a report would print them.
    struct {
      int op;
      Exact ref;
      std::string what;
    } const rows[] = {
        {0, ref_add(d.ea[i], d.eb[i]), sa + " + " + sb},
        {1, ref_mul(d.ea[i], d.eb[i]), sa + " * " + sb},
        {2, ref_div(d.ea[i], d.eb[i], 4), sa + " / " + sb + " (4 places)"},
        {3, ref_round(d.ex[i], 2), "round(" + sx + ", 2)"},
    };
    for (const auto& row : rows) {
      const std::string ref = exact_text(row.ref);
      const int s = row.ref.scale;
      switch (row.op) {
        case 0:
          check_one(t[0][0], i, row.what, ref, [&] { return jtext(JixiaoOps::add(J.a[i], J.b[i])); });
          check_one(t[0][1], i, row.what, ref, [&] { return dtext(DoubleOps::add(D.a[i], D.b[i]), s); });
          check_one(t[0][2], i, row.what, ref, [&] { return ctext(CppDecFloatOps::add(C.a[i], C.b[i]), s); });
          check_one(t[0][3], i, row.what, ref, [&] { return bid_text(Bid64Ops::add(B.a[i], B.b[i])); });
          break;
        case 1:
          check_one(t[1][0], i, row.what, ref, [&] { return jtext(JixiaoOps::mul(J.a[i], J.b[i])); });
          check_one(t[1][1], i, row.what, ref, [&] { return dtext(DoubleOps::mul(D.a[i], D.b[i]), s); });
          check_one(t[1][2], i, row.what, ref, [&] { return ctext(CppDecFloatOps::mul(C.a[i], C.b[i]), s); });
          check_one(t[1][3], i, row.what, ref, [&] { return bid_text(Bid64Ops::mul(B.a[i], B.b[i])); });
          break;
        case 2:
          check_one(t[2][0], i, row.what, ref, [&] { return jtext(JixiaoOps::div(J.a[i], J.b[i])); }, true);
          check_one(t[2][1], i, row.what, ref, [&] { return dtext(DoubleOps::div(D.a[i], D.b[i]), s); }, true);
          check_one(t[2][2], i, row.what, ref, [&] { return ctext(CppDecFloatOps::div(C.a[i], C.b[i]), s); }, true);
          check_one(t[2][3], i, row.what, ref, [&] { return bid_text(Bid64Ops::div(B.a[i], B.b[i])); }, true);
          break;
        case 3:
          check_one(t[3][0], i, row.what, ref, [&] { return jtext(JixiaoOps::round2(J.x[i])); }, true);
          check_one(t[3][1], i, row.what, ref, [&] { return dtext(DoubleOps::round2(D.x[i]), s); }, true);
          check_one(t[3][2], i, row.what, ref, [&] { return ctext(CppDecFloatOps::round2(C.x[i]), s); }, true);
          check_one(t[3][3], i, row.what, ref, [&] { return bid_text(Bid64Ops::round2(B.x[i])); }, true);
          break;
      }
    }
    // parse: the parsed value printed back at the text's own scale must be the text.
    const std::string pw = "parse(\"" + sa + "\")";
    check_one(t[4][0], i, pw, sa, [&] { return jtext(JixiaoOps::parse(sa)); }, true);
    check_one(t[4][1], i, pw, sa, [&] { return dtext(DoubleOps::parse(sa), d.ea[i].scale); }, true);
    check_one(t[4][2], i, pw, sa, [&] { return ctext(CppDecFloatOps::parse(sa), d.ea[i].scale); }, true);
    check_one(t[4][3], i, pw, sa, [&] { return bid_text(Bid64Ops::parse(sa)); }, true);
    // format: the exact text with 2 decimals, 四舍五入.
    const std::string f2 = exact_text(ref_round(d.ea[i], 2));
    const std::string fw = "format(" + sa + ", 2 places)";
    check_one(t[5][0], i, fw, f2, [&] { return std::string(buf, JixiaoOps::format(J.a[i], buf)); }, true);
    check_one(t[5][0], i, fw + " via to_string(FormatSpec{2})", f2,
              [&] { return JixiaoOps::format_string(J.a[i]); }, true);
    check_one(t[5][1], i, fw, f2, [&] { return std::string(buf, DoubleOps::format(D.a[i], buf)); }, true);
    check_one(t[5][2], i, fw, f2, [&] { return CppDecFloatOps::format_string(C.a[i]); }, true);
    check_one(t[5][3], i, fw, f2, [&] { return std::string(buf, Bid64Ops::format(B.a[i], buf)); }, true);
  }

  std::fprintf(stderr, "sanity: %zu values per column (seed %#llx); disagreements with the exact int128 reference\n",
               kCount, static_cast<unsigned long long>(kSeed));
  std::fprintf(stderr, "sanity: %-8s %18s %18s %18s %18s\n", "op", types[0], types[1], types[2], types[3]);
  int jixiao_bad = 0;
  for (int o = 0; o < 6; ++o) {
    std::string cells;
    for (int ty = 0; ty < 4; ++ty) {
      const Tally& x = t[o][ty];
      cells += fmt::format(" {:>18}", x.errors ? fmt::format("{} (+{} threw)", x.mismatches, x.errors)
                                               : fmt::format("{}", x.mismatches));
    }
    jixiao_bad += t[o][0].mismatches + t[o][0].errors;
    std::fprintf(stderr, "sanity: %-8s%s\n", ops[o], cells.c_str());
  }
  for (int o = 0; o < 6; ++o)
    for (int ty = 0; ty < 4; ++ty)
      for (const auto& e : t[o][ty].examples)
        std::fprintf(stderr, "sanity:   %s/%s %s\n", ops[o], types[ty], e.c_str());
  if (jixiao_bad)
    std::fprintf(stderr, "sanity: WARNING: jixiao disagrees with the exact reference %d times (a library bug?)\n",
                 jixiao_bad);
  else
    std::fprintf(stderr, "sanity: jixiao agrees with the exact reference everywhere, so the other columns are "
                         "also the disagreements with jixiao\n");
  std::fprintf(stderr, "sanity: expected: double (binary) off at decimal ties and beyond ~15 digits; bid64 "
                       "mul rounds products above 16 digits; cpp_dec_float_50 off where its 50-digit "
                       "division lands just below a tie\n");
  return jixiao_bad;
}

// ---- benchmarks -----------------------------------------------------------------------------------

template <class Body>
void add_benchmark(const std::string& name, Body body) {
  benchmark::RegisterBenchmark(name.c_str(), [body](benchmark::State& state) {
    try {
      for (auto _ : state) body();
    } catch (const std::exception& e) {
      state.SkipWithError(e.what());
      return;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kCount));
  })->Unit(benchmark::kMicrosecond);
}

// One benchmark per operation, all over the same columns of one type.
template <class Ops, class T>
void add_arithmetic(const std::string& type, const Columns<T>& c) {
  add_benchmark("BM_add/" + type, [&c] {
    for (std::size_t i = 0; i < kCount; ++i) {
      auto r = Ops::add(c.a[i], c.b[i]);
      benchmark::DoNotOptimize(r);
    }
  });
  add_benchmark("BM_mul/" + type, [&c] {
    for (std::size_t i = 0; i < kCount; ++i) {
      auto r = Ops::mul(c.a[i], c.b[i]);
      benchmark::DoNotOptimize(r);
    }
  });
  add_benchmark("BM_div/" + type, [&c] {
    for (std::size_t i = 0; i < kCount; ++i) {
      auto r = Ops::div(c.a[i], c.b[i]);
      benchmark::DoNotOptimize(r);
    }
  });
  add_benchmark("BM_round/" + type, [&c] {
    for (std::size_t i = 0; i < kCount; ++i) {
      auto r = Ops::round2(c.x[i]);
      benchmark::DoNotOptimize(r);
    }
  });
  add_benchmark("BM_parse/" + type, [] {
    const auto& texts = data().a;
    for (std::size_t i = 0; i < kCount; ++i) {
      auto r = Ops::parse(texts[i]);
      benchmark::DoNotOptimize(r);
    }
  });
}

template <class Ops, class T>
void add_format_to_buffer(const std::string& name, const Columns<T>& c) {
  add_benchmark(name, [&c] {
    char buf[64];
    for (std::size_t i = 0; i < kCount; ++i) {
      char* end = Ops::format(c.a[i], buf);
      benchmark::DoNotOptimize(end);
      benchmark::DoNotOptimize(buf[0]);
    }
  });
}

template <class Ops, class T>
void add_format_to_string(const std::string& name, const Columns<T>& c) {
  add_benchmark(name, [&c] {
    for (std::size_t i = 0; i < kCount; ++i) {
      std::string s = Ops::format_string(c.a[i]);
      benchmark::DoNotOptimize(s);
    }
  });
}

void register_benchmarks() {
  add_arithmetic<JixiaoOps>("jixiao", jx());
  add_arithmetic<DoubleOps>("double", dbl());
  add_arithmetic<CppDecFloatOps>("cpp_dec_float_50", cdf());
  add_arithmetic<Bid64Ops>("bid64", bid());
  add_format_to_buffer<JixiaoOps>("BM_format/jixiao", jx());
  add_format_to_string<JixiaoOps>("BM_format/jixiao_to_string", jx());
  add_format_to_buffer<DoubleOps>("BM_format/double", dbl());
  add_format_to_string<CppDecFloatOps>("BM_format/cpp_dec_float_50", cdf());
  add_format_to_buffer<Bid64Ops>("BM_format/bid64", bid());
}

}  // namespace

int main(int argc, char** argv) {
  bool sanity = true, sanity_only = false;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--jixiao_sanity_only") sanity_only = true;
    else if (arg == "--jixiao_no_sanity") sanity = false;
    else if (arg == "--jixiao_sanity_verbose") g_verbose = true;
    else argv[kept++] = argv[i];
  }
  argc = kept;

  try {
    data(), jx(), dbl(), cdf(), bid();  // build all columns before anything is timed
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jixiao-bench: cannot build the data: %s\n", e.what());
    return 2;
  }
  if (sanity || sanity_only) sanity_check();
  if (sanity_only) return 0;

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  register_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
