// jixiao-transcode-bench: the UTF-16 and UTF-32 transcoder the C API reads text through
// (src/transcode_to_utf8.hpp), each implementation this machine runs side by side on the same package
// documents (batch_generator.cpp, widened as .NET and CPython hand them over): scalar, SSE2 (main's
// algorithm before the SSSE3 path), SSSE3, and the one utf16_to_utf8/utf32_to_utf8 choose. One item is
// one document. See bench/README.md, "Transcoding UTF-16 and UTF-32".
#include "../src/transcode_to_utf8.hpp"
#include "../src/utf8.hpp"
#include "batch_generator.hpp"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

namespace {

using jixiao::detail::Transcoded;
using jixiao::detail::transcode::Implementation;

/// Few enough documents to stay in the cache, as a text just widened by the caller is; enough that
/// the branch predictor does not learn them.
constexpr std::size_t kDocuments = 64;

struct Corpus {
  std::vector<std::vector<std::uint16_t>> utf16;
  std::vector<std::vector<std::uint32_t>> utf32;
  std::size_t utf8_bytes = 0;
  std::size_t units = 0;  ///< UTF-32 units in all
};

const Corpus& corpus() {
  static const Corpus corpus = [] {
    jixiao_bench::BatchOptions options;
    options.count = kDocuments;
    Corpus c;
    for (const std::string& document : jixiao_bench::generate_batch(options).documents) {
      std::vector<std::uint16_t>& utf16 = c.utf16.emplace_back();
      std::vector<std::uint32_t>& utf32 = c.utf32.emplace_back();
      for (std::size_t i = 0; i < document.size();) {
        const auto cp = static_cast<std::uint32_t>(jixiao::detail::next_code_point(document, i));
        utf32.push_back(cp);
        if (cp < 0x10000) {
          utf16.push_back(static_cast<std::uint16_t>(cp));
        } else {
          utf16.push_back(static_cast<std::uint16_t>(0xD800 + ((cp - 0x10000) >> 10)));
          utf16.push_back(static_cast<std::uint16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
      }
      c.utf8_bytes += document.size();
      c.units += utf32.size();
    }
    return c;
  }();
  return corpus;
}

Transcoded transcode(Implementation implementation, const std::vector<std::uint16_t>& s, char* out) {
  return jixiao::detail::transcode::utf16_to_utf8(implementation, s.data(), s.size(), out);
}
Transcoded transcode(Implementation implementation, const std::vector<std::uint32_t>& s, char* out) {
  return jixiao::detail::transcode::utf32_to_utf8(implementation, s.data(), s.size(), out);
}
Transcoded transcode_chosen(const std::vector<std::uint16_t>& s, char* out) {
  return jixiao::detail::utf16_to_utf8(s.data(), s.size(), out);
}
Transcoded transcode_chosen(const std::vector<std::uint32_t>& s, char* out) {
  return jixiao::detail::utf32_to_utf8(s.data(), s.size(), out);
}

/// One document per iteration, the documents in turn; `implementation` null for the chosen one.
template <class Unit>
void BM_transcode(benchmark::State& state, const std::vector<std::vector<Unit>>* corpus_documents,
                  const Implementation* implementation) {
  const std::vector<std::vector<Unit>>& documents = *corpus_documents;
  std::vector<char> out(4 * 1024 * 1024);
  std::size_t next = 0, bytes = 0;
  for (auto _ : state) {
    const std::vector<Unit>& document = documents[next];
    next = next + 1 == documents.size() ? 0 : next + 1;
    const Transcoded t = implementation ? transcode(*implementation, document, out.data())
                                        : transcode_chosen(document, out.data());
    benchmark::DoNotOptimize(t);
    benchmark::ClobberMemory();
    bytes += t.bytes;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));  // UTF-8 written
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const Corpus& c = corpus();
  for (const auto& document : c.utf32) {
    if (4 * document.size() > 4 * 1024 * 1024) {
      std::fprintf(stderr, "jixiao-transcode-bench: a document is larger than the output buffer\n");
      return 1;
    }
  }
  std::fprintf(stderr, "corpus: %zu package documents, %zu bytes of UTF-8, %zu code points\n", c.utf32.size(),
               c.utf8_bytes, c.units);
  static const Implementation all[] = {Implementation::scalar, Implementation::sse2, Implementation::ssse3};
  static const char* const names[] = {"scalar", "sse2", "ssse3"};
  for (std::size_t k = 0; k < std::size(all); ++k) {
    if (!jixiao::detail::transcode::available(all[k])) continue;
    benchmark::RegisterBenchmark((std::string("BM_utf32/") + names[k]).c_str(), BM_transcode<std::uint32_t>, &c.utf32, &all[k]);
    benchmark::RegisterBenchmark((std::string("BM_utf16/") + names[k]).c_str(), BM_transcode<std::uint16_t>, &c.utf16, &all[k]);
  }
  benchmark::RegisterBenchmark("BM_utf32/chosen", BM_transcode<std::uint32_t>, &c.utf32, nullptr);
  benchmark::RegisterBenchmark("BM_utf16/chosen", BM_transcode<std::uint16_t>, &c.utf16, nullptr);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
