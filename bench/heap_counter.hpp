// jixiao-evaluation-bench: counts the bytes live on the C++ heap (global operator new/delete are
// replaced in heap_counter.cpp). Off until start(): then every allocation and release through the
// global operator new/delete (std::string, std::vector, Boost.JSON's default resource …) is added
// and subtracted with its malloc_usable_size. Single-threaded use only. Costs one untaken branch
// per allocation while off, so it does not disturb the timed benchmarks.
#ifndef JIXIAO_BENCH_HEAP_COUNTER_HPP
#define JIXIAO_BENCH_HEAP_COUNTER_HPP

#include <cstdint>

namespace jixiao_bench::heap {

void start() noexcept;  ///< begin counting; live() is 0 here
void stop() noexcept;
/// Bytes allocated since start() and not yet released (negative when blocks allocated before
/// start() have been released since).
std::int64_t live() noexcept;
std::int64_t peak() noexcept;  ///< the highest live() since start() or reset_peak()
void reset_peak() noexcept;    ///< peak = live
std::uint64_t allocations() noexcept;  ///< since start()

}  // namespace jixiao_bench::heap

#endif  // JIXIAO_BENCH_HEAP_COUNTER_HPP
