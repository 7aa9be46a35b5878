// jixiao-evaluation-bench: a deterministic batch of project packages (format "jixiao-package",
// version 1) built as text, for the evaluation batch benchmark (bench/evaluation_bench.cpp).
//
// Every document is one unit's package with one 项目支出绩效自评表: a funds block (年度资金总额 and
// 当年财政拨款 rows, amounts as "28.00"), 一级 产出 (50 分) / 效益 (30 分) / 满意度 (10 分) with their
// 二级 groups, and 20 三级 indicators whose weights add up to 90, with realistic targets and actuals
// (≥96%, 221, ≤8万元, 按规定完成, 2025年12月31日前, 85%-95%, …), about one row in seven missing
// its target, and the self-scores a unit would file. The text is written here with string
// operations, independently of the library's writer.
#ifndef JIXIAO_BENCH_BATCH_GENERATOR_HPP
#define JIXIAO_BENCH_BATCH_GENERATOR_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jixiao_bench {

inline constexpr std::uint64_t kBatchSeed = 0x6a69'7869'616f'0002;  // "jixiao" + 2; mt19937_64 is fully specified
inline constexpr int kIndicatorsPerPackage = 20;

struct BatchOptions {
  std::size_t count = 10000;
  bool pretty = true;  ///< 2-space indented like examples/hengshan-2024/package.json; else no whitespace
  std::uint64_t seed = kBatchSeed;
};

struct Batch {
  std::vector<std::string> documents;
  std::size_t total_bytes = 0;
  std::size_t min_bytes = 0;
  std::size_t max_bytes = 0;
  std::size_t indicators = 0;  ///< 三级 rows in all
  std::size_t missed = 0;      ///< rows generated to miss their target
};

/// The same options give the same bytes on any platform (no <random> distributions are used).
Batch generate_batch(const BatchOptions& options);

}  // namespace jixiao_bench

#endif  // JIXIAO_BENCH_BATCH_GENERATOR_HPP
