// jixiao-evaluation-bench: a batch of 10,000 generated project packages (20 三级 indicators each),
// parsed + evaluated + written as results JSON, against Boost.JSON parsing the same text alone; and,
// in a separate mode, the peak memory of doing so. See bench/README.md, "Evaluation batch".
//
// Benchmarks (each processes the whole batch per iteration; items = packages, bytes = input bytes):
//   BM_batch/boost_json_parse            boost::json::parse of every document (the baseline)
//   BM_batch/boost_json_parse_monotonic  the same into a monotonic_resource per document (informative)
//   BM_batch/jixiao_pipeline             read_package_json → evaluate → write_result_json(compact)
//   BM_batch/jixiao_read                 read_package_json alone
//   BM_batch/jixiao_evaluate             evaluate alone, on packages read beforehand
//   BM_batch/jixiao_write_result         write_result_json(compact) alone, on results computed beforehand
//
// Own flags (removed before Google Benchmark sees the rest):
//   --jixiao_batch=N       documents in the batch (default 10000)
//   --jixiao_compact       generate the documents without whitespace (default: 2-space indented, as
//                          examples/hengshan-2024/package.json)
//   --jixiao_no_check      skip the start-up check (one pipeline pass that tallies the scoring methods)
//   --jixiao_memory        no benchmarks: measure peak memory (VmHWM, and the C++ heap) and print a report
//   --jixiao_memory_json   the same as one JSON object on stdout (for scripts/bench-evaluation.py)
//   --jixiao_dump=I        print document I of the batch and exit
#include "batch_generator.hpp"
#include "heap_counter.hpp"

#include <jixiao/audit.hpp>
#include <jixiao/evaluation.hpp>
#include <jixiao/package_json.hpp>
#include <jixiao/policy.hpp>
#include <jixiao/result_json.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <fmt/format.h>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

using jixiao_bench::Batch;
using jixiao_bench::BatchOptions;

BatchOptions g_options;
const Batch* g_batch = nullptr;

const Batch& batch() { return *g_batch; }

const jixiao::Policy& policy() {
  static const jixiao::Policy p = jixiao::builtin_policy("national-2020");  // loaded once
  return p;
}

const std::vector<jixiao::Package>& packages() {  // for BM_batch/jixiao_evaluate
  static const std::vector<jixiao::Package> v = [] {
    std::vector<jixiao::Package> r;
    r.reserve(batch().documents.size());
    for (const std::string& d : batch().documents) r.push_back(jixiao::read_package_json(d).package);
    return r;
  }();
  return v;
}

const std::vector<jixiao::EvaluationResult>& results() {  // for BM_batch/jixiao_write_result
  static const std::vector<jixiao::EvaluationResult> v = [] {
    std::vector<jixiao::EvaluationResult> r;
    r.reserve(packages().size());
    for (const jixiao::Package& p : packages()) r.push_back(jixiao::evaluate(p, policy()));
    return r;
  }();
  return v;
}

void set_counters(benchmark::State& state) {
  const auto n = static_cast<std::int64_t>(batch().documents.size());
  state.SetItemsProcessed(state.iterations() * n);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(batch().total_bytes));
}

// ---- the benchmarks -------------------------------------------------------------------------------

void BM_boost_json_parse(benchmark::State& state) {
  for (auto _ : state) {
    boost::json::value v;
    for (const std::string& d : batch().documents) {
      v = boost::json::parse(d);  // the previous document's value is released after this one is built
      benchmark::DoNotOptimize(v);
    }
  }
  set_counters(state);
}

void BM_boost_json_parse_monotonic(benchmark::State& state) {
  // What jixiao's reader does underneath: one monotonic_resource per document, sized from the input.
  for (auto _ : state) {
    for (const std::string& d : batch().documents) {
      boost::json::monotonic_resource mr(d.size() * 2 + 1024);
      boost::json::value v = boost::json::parse(d, &mr);
      benchmark::DoNotOptimize(v);
    }
  }
  set_counters(state);
}

void BM_jixiao_pipeline(benchmark::State& state) {
  const jixiao::Policy& pol = policy();
  std::size_t out_bytes = 0;
  for (auto _ : state) {
    out_bytes = 0;
    for (const std::string& d : batch().documents) {
      const jixiao::PackageReadResult r = jixiao::read_package_json(d);
      const jixiao::EvaluationResult e = jixiao::evaluate(r.package, pol);
      const std::string out = jixiao::write_result_json(e, /*pretty=*/false);
      benchmark::DoNotOptimize(out.data());
      out_bytes += out.size();
    }
    benchmark::ClobberMemory();
  }
  set_counters(state);
  state.counters["result_bytes_per_package"] =
      static_cast<double>(out_bytes) / static_cast<double>(batch().documents.size());
}

void BM_jixiao_read(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& d : batch().documents) {
      jixiao::PackageReadResult r = jixiao::read_package_json(d);
      benchmark::DoNotOptimize(r);
    }
  }
  set_counters(state);
}

void BM_jixiao_evaluate(benchmark::State& state) {
  const jixiao::Policy& pol = policy();
  const std::vector<jixiao::Package>& ps = packages();
  for (auto _ : state) {
    for (const jixiao::Package& p : ps) {
      jixiao::EvaluationResult e = jixiao::evaluate(p, pol);
      benchmark::DoNotOptimize(e);
    }
  }
  set_counters(state);
}

// Issue #4's target: auditing the batch costs at most 1.5× evaluating it (both on packages already read).
void BM_jixiao_audit(benchmark::State& state) {
  const jixiao::Policy& pol = policy();
  const std::vector<jixiao::Package>& ps = packages();
  for (auto _ : state) {
    for (const jixiao::Package& p : ps) {
      jixiao::AuditResult a = jixiao::audit(p, pol);
      benchmark::DoNotOptimize(a);
    }
  }
  set_counters(state);
}

void BM_jixiao_write_result(benchmark::State& state) {
  const std::vector<jixiao::EvaluationResult>& rs = results();
  for (auto _ : state) {
    for (const jixiao::EvaluationResult& e : rs) {
      std::string out = jixiao::write_result_json(e, /*pretty=*/false);
      benchmark::DoNotOptimize(out.data());
    }
    benchmark::ClobberMemory();
  }
  set_counters(state);
}

void register_benchmarks() {
  const auto reg = [](const char* name, void (*fn)(benchmark::State&)) {
    benchmark::RegisterBenchmark(name, fn)->Unit(benchmark::kMillisecond);
  };
  reg("BM_batch/boost_json_parse", BM_boost_json_parse);
  reg("BM_batch/boost_json_parse_monotonic", BM_boost_json_parse_monotonic);
  reg("BM_batch/jixiao_pipeline", BM_jixiao_pipeline);
  reg("BM_batch/jixiao_read", BM_jixiao_read);
  reg("BM_batch/jixiao_evaluate", BM_jixiao_evaluate);
  reg("BM_batch/jixiao_write_result", BM_jixiao_write_result);
  reg("BM_batch/jixiao_audit", BM_jixiao_audit);
}

// ---- start-up check -------------------------------------------------------------------------------

std::string thousands(std::uint64_t v) {
  const std::string digits = std::to_string(v);
  std::string s;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) s += ',';
    s += digits[i];
  }
  return s;
}

void describe_batch() {
  const Batch& b = batch();
  std::fprintf(stderr, "batch: %s documents (%s), %s bytes in memory (per document %s .. %s, mean %s); "
               "%s 三级 rows, %s generated to miss their target\n",
               thousands(b.documents.size()).c_str(), g_options.pretty ? "2-space indented" : "compact",
               thousands(b.total_bytes).c_str(), thousands(b.min_bytes).c_str(), thousands(b.max_bytes).c_str(),
               thousands(b.documents.empty() ? 0 : b.total_bytes / b.documents.size()).c_str(),
               thousands(b.indicators).c_str(), thousands(b.missed).c_str());
}

/// One untimed pipeline pass: every document must read without warnings and evaluate; tallies the
/// scoring methods so that a generator that produced unscorable rows would show.
bool startup_check() {
  std::map<std::string_view, std::size_t> methods;
  std::size_t warnings = 0, rows = 0, out_bytes = 0, mismatched_totals = 0;
  try {
    for (const std::string& d : batch().documents) {
      const jixiao::PackageReadResult r = jixiao::read_package_json(d);
      warnings += r.warnings.size();
      const jixiao::EvaluationResult e = jixiao::evaluate(r.package, policy());
      for (const jixiao::FormResult& f : e.projects) {
        if (f.filed_total && *f.filed_total != f.total) ++mismatched_totals;
        for (const jixiao::SectionResult& s : f.sections)
          for (const jixiao::GroupResult& g : s.groups)
            for (const jixiao::IndicatorResult& i : g.indicators) {
              ++methods[jixiao::score_method_name(i.method)];
              ++rows;
            }
      }
      out_bytes += jixiao::write_result_json(e, false).size();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "check: the pipeline failed: %s\n", e.what());
    return false;
  }
  std::string tally;
  for (const auto& [name, n] : methods) tally += fmt::format("{}{} {}", tally.empty() ? "" : ", ", name, thousands(n));
  std::fprintf(stderr, "check: %s rows scored (%s); %s import warnings; %s forms whose filed total differs from "
               "the computed one; result JSON %s bytes in all (%.2f× the input)\n",
               thousands(rows).c_str(), tally.c_str(), thousands(warnings).c_str(),
               thousands(mismatched_totals).c_str(), thousands(out_bytes).c_str(),
               static_cast<double>(out_bytes) / static_cast<double>(batch().total_bytes));
  return rows == batch().indicators;
}

// ---- memory mode ----------------------------------------------------------------------------------

struct Status {
  std::int64_t rss_kb = -1, hwm_kb = -1;
};

Status read_status() {
  Status s;
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    const auto field = [&](std::string_view name, std::int64_t& out) {
      if (line.rfind(name, 0) != 0) return;
      std::string_view v(line);
      v.remove_prefix(name.size());
      while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
      std::from_chars(v.data(), v.data() + v.size(), out);
    };
    field("VmRSS:", s.rss_kb);
    field("VmHWM:", s.hwm_kb);
  }
  return s;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0: "5" to /proc/self/clear_refs).
bool reset_hwm() {
  const int fd = ::open("/proc/self/clear_refs", O_WRONLY);
  if (fd < 0) return false;
  const bool ok = ::write(fd, "5", 1) == 1;
  ::close(fd);
  return ok;
}

/// Heap bytes of one document's stages, each ÷ the document's size.
struct Stages {
  double read_peak = 0;    ///< during read_package_json: the parsed tape and the Package being built
  double package = 0;      ///< the Package (and warnings) kept after reading
  double eval_peak = 0;    ///< during evaluate, with the Package alive
  double result = 0;       ///< the EvaluationResult kept after evaluating
  double write_peak = 0;   ///< during write_result_json, with the Package and the result alive
  double text = 0;         ///< the result JSON string's size (not its capacity)
  double peak = 0;         ///< the highest of the three peaks
};

struct MemoryReport {
  std::size_t documents = 0, input_bytes = 0, max_document = 0;
  bool hwm_reset = false;
  // Streaming: one document's objects alive at a time.
  Status before, after;
  std::int64_t heap_peak_growth = 0;  ///< C++ heap: the highest live bytes during the pass
  std::int64_t heap_live_after = 0;   ///< C++ heap still allocated after the pass (static set-up)
  std::uint64_t allocations = 0;      ///< operator new calls during the pass
  std::int64_t doc_heap_peak_max = 0;  ///< bytes, the largest one-document peak
  Stages median, max, first;           ///< per document; median and max leave out the first document
  // All packages held at once.
  Status held_before, held_after;
  std::int64_t held_heap_bytes = 0;
};

MemoryReport measure_memory() {
  namespace heap = jixiao_bench::heap;
  MemoryReport m;
  const Batch& b = batch();
  m.documents = b.documents.size();
  m.input_bytes = b.total_bytes;
  m.max_document = b.max_bytes;
  const jixiao::Policy& pol = policy();

  // Streaming pass.
  std::vector<Stages> stages;
  stages.reserve(b.documents.size());  // before counting starts: push_back below does not allocate
  malloc_trim(0);
  m.hwm_reset = reset_hwm();
  m.before = read_status();
  heap::start();
  for (const std::string& d : b.documents) {
    m.heap_peak_growth = std::max(m.heap_peak_growth, heap::peak());
    const auto size = static_cast<double>(d.size());
    const std::int64_t at_start = heap::live();
    const auto since_start = [&](std::int64_t v) { return static_cast<double>(v - at_start) / size; };
    Stages st;
    std::int64_t doc_peak = 0;
    {
      heap::reset_peak();
      const jixiao::PackageReadResult r = jixiao::read_package_json(d);
      st.read_peak = since_start(heap::peak()), st.package = since_start(heap::live());
      doc_peak = std::max(doc_peak, heap::peak() - at_start);
      const std::int64_t after_read = heap::live();
      heap::reset_peak();
      const jixiao::EvaluationResult e = jixiao::evaluate(r.package, pol);
      st.eval_peak = since_start(heap::peak());
      st.result = static_cast<double>(heap::live() - after_read) / size;
      doc_peak = std::max(doc_peak, heap::peak() - at_start);
      heap::reset_peak();
      const std::string out = jixiao::write_result_json(e, /*pretty=*/false);
      st.write_peak = since_start(heap::peak());
      st.text = static_cast<double>(out.size()) / size;
      doc_peak = std::max(doc_peak, heap::peak() - at_start);
      benchmark::DoNotOptimize(out.data());
    }
    st.peak = static_cast<double>(doc_peak) / size;
    m.doc_heap_peak_max = std::max(m.doc_heap_peak_max, doc_peak);
    stages.push_back(st);
  }
  m.heap_peak_growth = std::max(m.heap_peak_growth, heap::peak());
  m.heap_live_after = heap::live();
  m.allocations = heap::allocations();
  heap::stop();
  m.after = read_status();

  m.first = stages.front();
  if (stages.size() > 1) stages.erase(stages.begin());
  const auto summarize = [&](double Stages::*f, double& median, double& max) {
    std::vector<double> v;
    v.reserve(stages.size());
    for (const Stages& st : stages) v.push_back(st.*f);
    max = *std::max_element(v.begin(), v.end());
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    median = v[v.size() / 2];
  };
  for (double Stages::*f : {&Stages::read_peak, &Stages::package, &Stages::eval_peak, &Stages::result,
                            &Stages::write_peak, &Stages::text, &Stages::peak})
    summarize(f, m.median.*f, m.max.*f);

  // Every package held at once (informative).
  std::vector<jixiao::Package> all;
  all.reserve(b.documents.size());
  malloc_trim(0);
  reset_hwm();
  m.held_before = read_status();
  heap::start();
  for (const std::string& d : b.documents) all.push_back(jixiao::read_package_json(d).package);
  m.held_heap_bytes = heap::live();
  heap::stop();
  m.held_after = read_status();
  benchmark::DoNotOptimize(all.data());
  return m;
}

std::string mib(std::int64_t kb) { return fmt::format("{:.1f} MiB", static_cast<double>(kb) / 1024.0); }
std::string mib_bytes(std::int64_t bytes) { return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / 1048576.0); }

void print_memory_text(const MemoryReport& m) {
  const double input_kb = static_cast<double>(m.input_bytes) / 1024.0;
  const std::int64_t growth = m.after.hwm_kb - m.before.rss_kb;
  fmt::print("Evaluation batch, peak memory ({} documents, {} bytes of input = {}, largest document {} bytes)\n",
             m.documents, m.input_bytes, mib_bytes(static_cast<std::int64_t>(m.input_bytes)), m.max_document);
  fmt::print("The input is kept in memory as {} std::strings for the whole run, so RSS includes it.\n",
             m.documents);
  if (!m.hwm_reset)
    fmt::print("note: /proc/self/clear_refs could not reset VmHWM; the peaks below include the generation's\n");
  fmt::print("\nStreaming (read_package_json → evaluate → write_result_json, one document's objects alive at a time):\n");
  fmt::print("  VmRSS before the pass         {:>12}\n", mib(m.before.rss_kb));
  fmt::print("  VmHWM after the pass          {:>12}  (process peak: binary + input + working set)\n",
             mib(m.after.hwm_kb));
  fmt::print("  peak RSS growth (HWM − before){:>12}  = {:.4f}× the input\n", mib(growth),
             static_cast<double>(growth) / input_kb);
  fmt::print("  C++ heap, whole pass: peak {} ({:.4f}× the input), still allocated after it {} bytes\n",
             mib_bytes(m.heap_peak_growth), static_cast<double>(m.heap_peak_growth) / static_cast<double>(m.input_bytes),
             m.heap_live_after);
  fmt::print("  operator new calls: {} ({:.0f} per document)\n", m.allocations,
             static_cast<double>(m.allocations) / static_cast<double>(m.documents));
  fmt::print("  C++ heap of one document ÷ that document's size (median / max over documents 2..{}; the first, which "
             "also sets up static tables, in brackets):\n", m.documents);
  const auto row = [&](const char* what, double Stages::*f) {
    fmt::print("    {:<48} {:>6.2f}× / {:>6.2f}×  [{:.2f}×]\n", what, m.median.*f, m.max.*f, m.first.*f);
  };
  row("peak while reading (tape + Package)", &Stages::read_peak);
  row("Package kept after reading", &Stages::package);
  row("peak while evaluating (Package + result)", &Stages::eval_peak);
  row("EvaluationResult", &Stages::result);
  row("peak while writing (Package + result + text)", &Stages::write_peak);
  row("result JSON text (size)", &Stages::text);
  row("peak of the document (the highest of the three)", &Stages::peak);
  fmt::print("    largest one-document peak: {} bytes\n", m.doc_heap_peak_max);
  fmt::print("\nAll {} Packages held at once (informative):\n", m.documents);
  fmt::print("  VmRSS before / after          {} / {}  (growth {} = {:.2f}× the input)\n", mib(m.held_before.rss_kb),
             mib(m.held_after.rss_kb), mib(m.held_after.rss_kb - m.held_before.rss_kb),
             static_cast<double>(m.held_after.rss_kb - m.held_before.rss_kb) / input_kb);
  fmt::print("  C++ heap held by the Packages {}  = {:.2f}× the input\n", mib_bytes(m.held_heap_bytes),
             static_cast<double>(m.held_heap_bytes) / static_cast<double>(m.input_bytes));
  fmt::print("  VmHWM ÷ input size            {:.2f}×  (input + all Packages + the binary)\n",
             static_cast<double>(m.held_after.hwm_kb) / input_kb);
  fmt::print("\npeak memory ÷ input size = {:.3f}  (streaming; peak memory = VmHWM of the whole process, which "
             "includes the input held in memory; input size = the batch's bytes)\n",
             static_cast<double>(m.after.hwm_kb) / input_kb);
}

std::string stages_json(const Stages& st) {
  return fmt::format("{{\"read_peak\": {:.4f}, \"package\": {:.4f}, \"eval_peak\": {:.4f}, \"result\": {:.4f}, "
                     "\"write_peak\": {:.4f}, \"text\": {:.4f}, \"peak\": {:.4f}}}",
                     st.read_peak, st.package, st.eval_peak, st.result, st.write_peak, st.text, st.peak);
}

void print_memory_json(const MemoryReport& m) {
  fmt::print(
      "{{\"documents\": {}, \"input_bytes\": {}, \"max_document_bytes\": {}, \"input_in_memory\": true, "
      "\"hwm_reset\": {}, "
      "\"streaming\": {{\"rss_before_kb\": {}, \"hwm_before_kb\": {}, \"rss_after_kb\": {}, \"hwm_after_kb\": {}, "
      "\"heap_peak_bytes\": {}, \"heap_live_after_bytes\": {}, \"allocations\": {}, \"doc_heap_peak_max_bytes\": {}, "
      "\"per_document_median\": {}, \"per_document_max\": {}, \"first_document\": {}}}, "
      "\"held\": {{\"rss_before_kb\": {}, \"rss_after_kb\": {}, \"hwm_after_kb\": {}, \"heap_bytes\": {}}}}}\n",
      m.documents, m.input_bytes, m.max_document, m.hwm_reset ? "true" : "false", m.before.rss_kb, m.before.hwm_kb,
      m.after.rss_kb, m.after.hwm_kb, m.heap_peak_growth, m.heap_live_after, m.allocations, m.doc_heap_peak_max,
      stages_json(m.median), stages_json(m.max), stages_json(m.first), m.held_before.rss_kb, m.held_after.rss_kb,
      m.held_after.hwm_kb, m.held_heap_bytes);
}

bool flag_value(std::string_view arg, std::string_view name, std::size_t& out) {
  if (arg.rfind(name, 0) != 0) return false;
  const std::string_view v = arg.substr(name.size());
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || p != v.data() + v.size()) {
    std::fprintf(stderr, "jixiao-evaluation-bench: bad value in %.*s\n", static_cast<int>(arg.size()), arg.data());
    std::exit(2);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  bool check = true, memory = false, memory_json = false, dump = false;
  std::size_t dump_index = 0;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (flag_value(arg, "--jixiao_batch=", g_options.count)) continue;
    if (flag_value(arg, "--jixiao_dump=", dump_index)) {
      dump = true;
      continue;
    }
    if (arg == "--jixiao_compact") g_options.pretty = false;
    else if (arg == "--jixiao_no_check") check = false;
    else if (arg == "--jixiao_memory") memory = true;
    else if (arg == "--jixiao_memory_json") memory = memory_json = true;
    else argv[kept++] = argv[i];
  }
  argc = kept;
  if (g_options.count == 0) {
    std::fprintf(stderr, "jixiao-evaluation-bench: --jixiao_batch must be at least 1\n");
    return 2;
  }

  static const Batch b = jixiao_bench::generate_batch(g_options);  // generation is not timed
  g_batch = &b;
  if (dump) {
    if (dump_index >= b.documents.size()) return 2;
    std::fwrite(b.documents[dump_index].data(), 1, b.documents[dump_index].size(), stdout);
    return 0;
  }
  describe_batch();
  try {
    (void)policy();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jixiao-evaluation-bench: cannot load the policy: %s\n", e.what());
    return 2;
  }

  if (memory) {
    MemoryReport m;
    try {
      m = measure_memory();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "jixiao-evaluation-bench: the pipeline failed: %s\n", e.what());
      return 1;
    }
    if (memory_json) print_memory_json(m);
    else print_memory_text(m);
    return 0;
  }

  if (check && !startup_check()) return 1;

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  register_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
