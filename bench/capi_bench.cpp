// jixiao-capi-bench: what the C API (libjixiao_c.so.1, linked dynamically as users link it) costs on
// top of the C++ API it wraps (issue #5). See bench/README.md, "C API and Python binding".
//
// Two modes:
//
// 1. Google Benchmark (the default): one decimal addition on the same 4096 random pairs of 2-decimal
//    amounts, through the C++ API and through the C API. Items = additions.
//      BM_capi/decimal_add_cpp    jixiao::Decimal a + b (inline in the header)
//      BM_capi/decimal_add_c      jx_decimal_add(a, b, &r) by value, through the shared library
//      BM_capi/decimal_calc_c     jx_decimal_calc("a", '+', "b", …, &text) + jx_string_free (informative)
//      BM_capi/decimal_calc_cpp   Decimal::parse(a) + Decimal::parse(b), to_chars (informative: the
//                                 same work as decimal_calc_c in C++)
//
// 2. --jixiao_batch_timing: the evaluation batch (batch_generator.cpp, 10,000 project packages) read
//    from a file written once by --jixiao_write_batch, each document loaded → evaluated under
//    national-2020 (loaded once) → its forms' totals read → freed, timed with std::chrono over the
//    whole batch, repeated (the variants interleaved), after one untimed warm-up pass. Variants:
//      cpp            read_package_json → evaluate → FormResult::total       (the C++ API)
//      c              jx_package_from_json → jx_evaluate → jx_result_form_count / jx_result_form
//                     (total, as text) → jx_result_free, jx_package_free     (the C API)
//      cpp_read       read_package_json alone                                (stages, informative)
//      c_read         jx_package_from_json + jx_package_free
//      c_read_eval    jx_package_from_json → jx_evaluate → both freed, no form read
//    Prints one JSON object (--jixiao_json) or a text table: per variant the wall and CPU seconds of
//    every repetition, and the checksum (the sum of every total, and the number of forms) that
//    bench/python_batch.py must reproduce.
//
// Own flags (removed before Google Benchmark sees the rest):
//   --jixiao_write_batch=PATH  generate the batch and write it to PATH as an RFC 7464 JSON text
//                              sequence (each document preceded by the byte 0x1E, as generated: the
//                              2-space documents end with a newline), then exit
//   --jixiao_batch=N           documents to generate (default 10000)
//   --jixiao_compact           generate the documents without whitespace
//   --jixiao_batch_timing      mode 2; needs --jixiao_batch_file=PATH
//   --jixiao_batch_file=PATH   the file written by --jixiao_write_batch
//   --jixiao_repetitions=N     timed passes per variant (default 3; the median is what counts)
//   --jixiao_variants=a,b,…    the variants to time (default all, in the order above)
//   --jixiao_json              mode 2's report as one JSON object on stdout
#include "batch_generator.hpp"

#include <jixiao.h>

#include <jixiao/decimal.hpp>
#include <jixiao/evaluation.hpp>
#include <jixiao/package_json.hpp>
#include <jixiao/policy.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <dlfcn.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using jixiao::Decimal;

// ---- decimal data ---------------------------------------------------------------------------------

constexpr std::size_t kPairs = 4096;
constexpr std::uint64_t kDecimalSeed = 0x6a69'7869'616f'0005;  // "jixiao" + 5 (issue #5)

/// The same pairs as text, as jixiao::Decimal and as jx_decimal. Amounts in 万元 with 2 decimals,
/// 0.01 .. 99,999,999.99, the number of digits uniform over 1..10 (0.0x as likely as tens of
/// millions); mt19937_64's output is fully specified and no <random> distribution is used.
struct DecimalData {
  std::vector<std::string> ta, tb;
  std::vector<Decimal> a, b;
  std::vector<jx_decimal> ca, cb;
};

std::string amount_text(std::mt19937_64& rng) {
  static constexpr std::uint64_t pow10[] = {1,       10,       100,       1000,       10000,      100000,
                                            1000000, 10000000, 100000000, 1000000000, 10000000000};
  const std::uint64_t digits = 1 + rng() % 10;
  const std::uint64_t lo = pow10[digits - 1], hi = pow10[digits];
  const std::uint64_t cents = lo + rng() % (hi - lo);
  return fmt::format("{}.{:02}", cents / 100, cents % 100);
}

const DecimalData& decimal_data() {
  static const DecimalData d = [] {
    DecimalData r;
    std::mt19937_64 rng(kDecimalSeed);
    for (std::size_t i = 0; i < kPairs; ++i) {
      r.ta.push_back(amount_text(rng));
      r.tb.push_back(amount_text(rng));
    }
    for (std::size_t i = 0; i < kPairs; ++i) {
      r.a.push_back(Decimal::parse(r.ta[i]));
      r.b.push_back(Decimal::parse(r.tb[i]));
      jx_decimal x{}, y{};
      if (jx_decimal_parse(r.ta[i].c_str(), &x) != JX_OK || jx_decimal_parse(r.tb[i].c_str(), &y) != JX_OK)
        throw std::runtime_error(fmt::format("jx_decimal_parse failed: {}", jx_last_error_message(JX_LANG_EN)));
      r.ca.push_back(x);
      r.cb.push_back(y);
    }
    return r;
  }();
  return d;
}

/// Every C sum must be the C++ sum: checked once before timing.
bool check_decimals() {
  const DecimalData& d = decimal_data();
  std::size_t bad = 0;
  for (std::size_t i = 0; i < kPairs; ++i) {
    const Decimal cpp = d.a[i] + d.b[i];
    jx_decimal c{};
    char buf[64];
    char* text = nullptr;
    if (jx_decimal_add(d.ca[i], d.cb[i], &c) != JX_OK || jx_decimal_format(c, buf, sizeof buf) != JX_OK ||
        jx_decimal_calc(d.ta[i].c_str(), '+', d.tb[i].c_str(), 2, JX_ROUND_HALF_UP, &text) != JX_OK) {
      ++bad;
      continue;
    }
    if (cpp.to_string() != buf || cpp.to_string() != text) ++bad;
    jx_string_free(text);
  }
  std::fprintf(stderr, "check: %zu pairs (seed %#llx), e.g. %s + %s; C API sums that differ from the C++ ones: %zu\n",
               kPairs, static_cast<unsigned long long>(kDecimalSeed), d.ta[0].c_str(), d.tb[0].c_str(), bad);
  return bad == 0;
}

void BM_decimal_add_cpp(benchmark::State& state) {
  const DecimalData& d = decimal_data();
  for (auto _ : state) {
    for (std::size_t i = 0; i < kPairs; ++i) {
      Decimal r = d.a[i] + d.b[i];
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kPairs));
}

void BM_decimal_add_c(benchmark::State& state) {
  const DecimalData& d = decimal_data();
  int failed = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < kPairs; ++i) {
      jx_decimal r;
      failed |= jx_decimal_add(d.ca[i], d.cb[i], &r);  // a caller checks the status
      benchmark::DoNotOptimize(r);
    }
  }
  if (failed != JX_OK) state.SkipWithError("jx_decimal_add failed");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kPairs));
}

void BM_decimal_calc_c(benchmark::State& state) {
  const DecimalData& d = decimal_data();
  int failed = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < kPairs; ++i) {
      char* out = nullptr;
      failed |= jx_decimal_calc(d.ta[i].c_str(), '+', d.tb[i].c_str(), 2, JX_ROUND_HALF_UP, &out);
      benchmark::DoNotOptimize(out);
      jx_string_free(out);
    }
  }
  if (failed != JX_OK) state.SkipWithError("jx_decimal_calc failed");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kPairs));
}

void BM_decimal_calc_cpp(benchmark::State& state) {
  // The same work as jx_decimal_calc in C++: parse both texts, add, write the text (no allocation).
  const DecimalData& d = decimal_data();
  for (auto _ : state) {
    for (std::size_t i = 0; i < kPairs; ++i) {
      char buf[64];
      const Decimal r = Decimal::parse(d.ta[i]) + Decimal::parse(d.tb[i]);
      char* end = r.to_chars(buf, buf + sizeof buf);
      benchmark::DoNotOptimize(end);
      benchmark::DoNotOptimize(buf[0]);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kPairs));
}

void register_benchmarks() {
  const auto reg = [](const char* name, void (*fn)(benchmark::State&)) {
    benchmark::RegisterBenchmark(name, fn)->Unit(benchmark::kMicrosecond);
  };
  reg("BM_capi/decimal_add_cpp", BM_decimal_add_cpp);
  reg("BM_capi/decimal_add_c", BM_decimal_add_c);
  reg("BM_capi/decimal_calc_c", BM_decimal_calc_c);
  reg("BM_capi/decimal_calc_cpp", BM_decimal_calc_cpp);
}

// ---- the batch file -------------------------------------------------------------------------------

constexpr char kRecordSeparator = '\x1e';  // RFC 7464

int write_batch(const std::string& path, const jixiao_bench::BatchOptions& options) {
  const jixiao_bench::Batch b = jixiao_bench::generate_batch(options);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const std::string& d : b.documents) {
    out.put(kRecordSeparator);
    out.write(d.data(), static_cast<std::streamsize>(d.size()));
  }
  out.close();
  if (!out) {
    std::fprintf(stderr, "jixiao-capi-bench: cannot write %s\n", path.c_str());
    return 2;
  }
  std::fprintf(stderr, "batch: wrote %zu documents (%s), %zu bytes of JSON, to %s\n", b.documents.size(),
               options.pretty ? "2-space indented" : "compact", b.total_bytes, path.c_str());
  return 0;
}

std::vector<std::string> read_batch(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> docs;
  std::size_t pos = all.find(kRecordSeparator);
  if (pos != 0) throw std::runtime_error(path + " is not a JSON text sequence (no 0x1E first)");
  while (pos != std::string::npos) {
    const std::size_t next = all.find(kRecordSeparator, pos + 1);
    docs.emplace_back(all, pos + 1, (next == std::string::npos ? all.size() : next) - pos - 1);
    pos = next;
  }
  return docs;
}

// ---- batch timing ---------------------------------------------------------------------------------

/// The file libjixiao_c was loaded from (LD_LIBRARY_PATH may point elsewhere than the RUNPATH).
std::string library_file() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&jx_version_string), &info) == 0 || info.dli_fname == nullptr) return "?";
  return info.dli_fname;
}

struct Tally {
  Decimal sum;  ///< of every form's total
  std::size_t forms = 0;
};

const jixiao::Policy& cpp_policy() {
  static const jixiao::Policy p = jixiao::builtin_policy("national-2020");
  return p;
}

jx_policy* c_policy() {
  static jx_policy* const p = [] {
    jx_policy* q = nullptr;
    if (jx_policy_builtin("national-2020", &q) != JX_OK)
      throw std::runtime_error(fmt::format("jx_policy_builtin: {}", jx_last_error_message(JX_LANG_EN)));
    return q;
  }();
  return p;
}

[[noreturn]] void c_failed(const char* what, std::size_t doc) {
  throw std::runtime_error(fmt::format("{} failed on document {}: {} ({})", what, doc, jx_last_error_message(JX_LANG_EN),
                                       jx_last_error_path()));
}

Tally run_cpp(const std::vector<std::string>& docs) {
  const jixiao::Policy& pol = cpp_policy();
  Tally t;
  for (const std::string& d : docs) {
    const jixiao::PackageReadResult r = jixiao::read_package_json(d);
    const jixiao::EvaluationResult e = jixiao::evaluate(r.package, pol);
    if (e.department) t.sum += e.department->total, ++t.forms;
    for (const jixiao::FormResult& f : e.projects) t.sum += f.total, ++t.forms;
  }
  return t;
}

Tally run_c(const std::vector<std::string>& docs) {
  jx_policy* const pol = c_policy();
  Tally t;
  jx_decimal sum{};
  for (std::size_t i = 0; i < docs.size(); ++i) {
    jx_package* p = nullptr;
    if (jx_package_from_json(docs[i].data(), docs[i].size(), &p) != JX_OK) c_failed("jx_package_from_json", i);
    jx_result* r = nullptr;
    if (jx_evaluate(p, pol, &r) != JX_OK) c_failed("jx_evaluate", i);
    size_t n = 0;
    if (jx_result_form_count(r, &n) != JX_OK) c_failed("jx_result_form_count", i);
    for (size_t f = 0; f < n; ++f) {
      jx_form_info info{};
      info.struct_size = sizeof info;
      jx_decimal total{};
      if (jx_result_form(r, f, &info) != JX_OK || jx_decimal_parse(info.total, &total) != JX_OK ||
          jx_decimal_add(sum, total, &sum) != JX_OK)
        c_failed("reading a total", i);
      ++t.forms;
    }
    jx_result_free(r);
    jx_package_free(p);
  }
  char buf[64];
  jx_decimal_format(sum, buf, sizeof buf);
  t.sum = Decimal::parse(buf);
  return t;
}

Tally run_cpp_read(const std::vector<std::string>& docs) {
  Tally t;
  for (const std::string& d : docs) {
    const jixiao::PackageReadResult r = jixiao::read_package_json(d);
    t.forms += r.package.projects.size() + (r.package.department ? 1 : 0);
  }
  return t;
}

Tally run_c_read(const std::vector<std::string>& docs) {
  Tally t;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    jx_package* p = nullptr;
    if (jx_package_from_json(docs[i].data(), docs[i].size(), &p) != JX_OK) c_failed("jx_package_from_json", i);
    jx_package_free(p);
  }
  return t;
}

Tally run_c_read_eval(const std::vector<std::string>& docs) {
  jx_policy* const pol = c_policy();
  Tally t;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    jx_package* p = nullptr;
    if (jx_package_from_json(docs[i].data(), docs[i].size(), &p) != JX_OK) c_failed("jx_package_from_json", i);
    jx_result* r = nullptr;
    if (jx_evaluate(p, pol, &r) != JX_OK) c_failed("jx_evaluate", i);
    jx_result_free(r);
    jx_package_free(p);
  }
  return t;
}

struct Variant {
  const char* name;
  Tally (*run)(const std::vector<std::string>&);
  const char* what;
  std::vector<double> wall, cpu;
  Tally tally;
};

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n == 0 ? 0.0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string json_list(const std::vector<double>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += fmt::format("{}{:.6f}", i ? ", " : "", v[i]);
  return s + "]";
}

int batch_timing(const std::string& path, int repetitions, const std::string& only, bool json) {
  const std::vector<std::string> docs = read_batch(path);
  std::size_t bytes = 0;
  for (const std::string& d : docs) bytes += d.size();
  std::vector<Variant> all = {
      {"cpp", run_cpp, "read_package_json → evaluate → FormResult::total", {}, {}, {}},
      {"c", run_c, "jx_package_from_json → jx_evaluate → jx_result_form (total) → free", {}, {}, {}},
      {"cpp_read", run_cpp_read, "read_package_json alone", {}, {}, {}},
      {"c_read", run_c_read, "jx_package_from_json + jx_package_free", {}, {}, {}},
      {"c_read_eval", run_c_read_eval, "jx_package_from_json → jx_evaluate → free (no form read)", {}, {}, {}},
  };
  std::vector<Variant> variants;
  for (Variant& v : all)
    if (only.empty() || ("," + only + ",").find("," + std::string(v.name) + ",") != std::string::npos)
      variants.push_back(v);
  if (variants.empty()) {
    std::fprintf(stderr, "jixiao-capi-bench: no variant matches --jixiao_variants=%s\n", only.c_str());
    return 2;
  }
  std::fprintf(stderr, "batch: %zu documents, %zu bytes, from %s; %d timed passes per variant after a warm-up; "
               "library %s\n", docs.size(), bytes, path.c_str(), repetitions, library_file().c_str());
  (void)cpp_policy();
  (void)c_policy();
  for (int rep = -1; rep < repetitions; ++rep) {  // rep -1: the untimed warm-up, which also checks
    for (Variant& v : variants) {
      const double c0 = cpu_seconds();
      const auto w0 = std::chrono::steady_clock::now();
      const Tally t = v.run(docs);
      const auto w1 = std::chrono::steady_clock::now();
      const double c1 = cpu_seconds();
      benchmark::DoNotOptimize(t.forms);
      if (rep < 0) {
        v.tally = t;
        continue;
      }
      v.wall.push_back(std::chrono::duration<double>(w1 - w0).count());
      v.cpu.push_back(c1 - c0);
    }
  }
  // The variants that read the totals must agree (the stages read none).
  const auto reads_totals = [](const Variant& v) {
    return std::string_view(v.name) == "cpp" || std::string_view(v.name) == "c";
  };
  const auto ref = std::find_if(variants.begin(), variants.end(), reads_totals);
  for (const Variant& v : variants)
    if (reads_totals(v) && (v.tally.sum != ref->tally.sum || v.tally.forms != ref->tally.forms)) {
      std::fprintf(stderr, "jixiao-capi-bench: the variants disagree on the totals (%s: %s over %zu forms)\n", v.name,
                   v.tally.sum.to_string().c_str(), v.tally.forms);
      return 1;
    }

  if (json) {
    std::string s = fmt::format("{{\"documents\": {}, \"bytes\": {}, \"repetitions\": {}, \"library\": \"{}\", "
                                "\"variants\": {{", docs.size(), bytes, repetitions, library_file());
    for (std::size_t i = 0; i < variants.size(); ++i) {
      const Variant& v = variants[i];
      s += fmt::format("{}\"{}\": {{\"what\": \"{}\", \"wall\": {}, \"cpu\": {}, \"total_sum\": \"{}\", \"forms\": {}}}",
                       i ? ", " : "", v.name, v.what, json_list(v.wall), json_list(v.cpu), v.tally.sum.to_string(),
                       v.tally.forms);
    }
    fmt::print("{}}}}}\n", s);
  } else {
    fmt::print("{} documents, {} bytes; medians of {} passes\n", docs.size(), bytes, repetitions);
    for (const Variant& v : variants)
      fmt::print("  {:<12} wall {:8.3f} s  cpu {:8.3f} s  = {:7.2f} µs per package   (sum of totals {}, {} forms)  {}\n",
                 v.name, median(v.wall), median(v.cpu), median(v.wall) * 1e6 / static_cast<double>(docs.size()),
                 v.tally.sum.to_string(), v.tally.forms, v.what);
  }
  return 0;
}

bool flag_value(std::string_view arg, std::string_view name, std::string& out) {
  if (arg.rfind(name, 0) != 0) return false;
  out.assign(arg.substr(name.size()));
  return true;
}

bool flag_number(std::string_view arg, std::string_view name, std::size_t& out) {
  std::string v;
  if (!flag_value(arg, name, v)) return false;
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || p != v.data() + v.size()) {
    std::fprintf(stderr, "jixiao-capi-bench: bad value in %.*s\n", static_cast<int>(arg.size()), arg.data());
    std::exit(2);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  jixiao_bench::BatchOptions options;
  std::string write_path, batch_path, variants;
  std::size_t repetitions = 3;
  bool timing = false, json = false;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (flag_value(arg, "--jixiao_write_batch=", write_path) || flag_value(arg, "--jixiao_batch_file=", batch_path) ||
        flag_value(arg, "--jixiao_variants=", variants) || flag_number(arg, "--jixiao_batch=", options.count) ||
        flag_number(arg, "--jixiao_repetitions=", repetitions))
      continue;
    if (arg == "--jixiao_compact") options.pretty = false;
    else if (arg == "--jixiao_batch_timing") timing = true;
    else if (arg == "--jixiao_json") json = true;
    else argv[kept++] = argv[i];
  }
  argc = kept;

  if (jx_abi_version() != JX_ABI_VERSION || jx_version_number() != JX_VERSION_NUMBER) {
    std::fprintf(stderr, "jixiao-capi-bench: libjixiao_c is version %s (ABI %d), jixiao.h says %s (ABI %d)\n",
                 jx_version_string(), jx_abi_version(), JX_VERSION_STRING, JX_ABI_VERSION);
    return 2;
  }
  try {
    if (!write_path.empty()) return write_batch(write_path, options);
    if (timing) {
      if (batch_path.empty()) {
        std::fprintf(stderr, "jixiao-capi-bench: --jixiao_batch_timing needs --jixiao_batch_file=PATH\n");
        return 2;
      }
      return batch_timing(batch_path, static_cast<int>(std::max<std::size_t>(repetitions, 1)), variants, json);
    }
    if (!check_decimals()) return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jixiao-capi-bench: %s\n", e.what());
    return 1;
  }

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  register_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
