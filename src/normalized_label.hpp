// Internal: the spaces of labels and cells, and normalize_label without a copy when there is nothing
// to fold, sixteen bytes at a time:
// the one implementation of the label folding (normalize_label, is_normalized_label and the
// audit's checks use it).
#ifndef JIXIAO_SRC_NORMALIZED_LABEL_HPP
#define JIXIAO_SRC_NORMALIZED_LABEL_HPP

#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao::detail {

namespace normalized_detail {

/// The bytes normalized() may fold at: tab, LF, CR, space, and the lead bytes C2 (U+00A0), E3
/// (U+3000) and EF (U+FF01–FF5E).
inline constexpr std::array<bool, 256> may_fold = [] {
  std::array<bool, 256> t{};
  for (const std::size_t b : {0x09u, 0x0Au, 0x0Du, 0x20u, 0xC2u, 0xE3u, 0xEFu}) t[b] = true;
  return t;
}();

/// The first index ≥ i whose byte may fold (may_fold), or text.size(): sixteen bytes at a time with
/// SSE2 (any byte ≤ 0x20, C2, E3 or EF is a candidate, checked against may_fold), then byte by byte.
inline std::size_t next_candidate(std::string_view text, std::size_t i) noexcept {
  const std::size_t n = text.size();
#if defined(__SSE2__)
  // the candidates among the sixteen bytes at p, as bits
  const auto candidates = [](const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x20)), v);
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(low, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2)))),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE3))),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xEF)))));
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
  };
  const auto first = [&](std::size_t at, unsigned mask) -> std::size_t {  // the first real one, or n
    for (; mask != 0; mask &= mask - 1) {
      const std::size_t k = at + static_cast<std::size_t>(__builtin_ctz(mask));
      if (may_fold[static_cast<unsigned char>(text[k])]) return k;
    }
    return n;
  };
  for (; i + 16 <= n; i += 16)
    if (const std::size_t k = first(i, candidates(text.data() + i)); k != n) return k;
  if (i >= n) return n;
  if (n >= 16) return first(n - 16, candidates(text.data() + n - 16) >> (i - (n - 16)) << (i - (n - 16)));
  // fewer than sixteen bytes in all: a copy padded with 'A' (not a candidate)
  alignas(16) char tail[16];
  std::memset(tail, 'A', sizeof tail);
  std::memcpy(tail, text.data() + i, n - i);
  const unsigned mask = candidates(tail);
  for (unsigned m = mask; m != 0; m &= m - 1) {
    const std::size_t k = i + static_cast<std::size_t>(__builtin_ctz(m));
    if (may_fold[static_cast<unsigned char>(text[k])]) return k;
  }
  return n;
#endif
  for (; i < n; ++i)
    if (may_fold[static_cast<unsigned char>(text[i])]) return i;
  return n;
}

}  // namespace normalized_detail

/// The bytes of the space at text[i] (ASCII space, tab, CR, LF; U+3000; U+00A0), 0 when there is
/// none: the spaces labels drop, trim() trims and a blank cell may hold.
inline std::size_t space_length(std::string_view text, std::size_t i) noexcept {
  const std::size_t n = text.size();
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b = at(i);
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r') return 1;
  if (b == 0xE3) return i + 2 < n && at(i + 1) == 0x80 && at(i + 2) == 0x80 ? 3 : 0;  // U+3000
  if (b == 0xC2) return i + 1 < n && at(i + 1) == 0xA0 ? 2 : 0;                       // U+00A0
  return 0;
}

/// What folds at text[i]: the bytes a space takes (dropped) or a full-width form takes (replaced
/// by `ascii`, its ASCII twin); 0 when nothing does.
inline std::size_t fold_at(std::string_view text, std::size_t i, char& ascii) noexcept {
  const std::size_t n = text.size();
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b = at(i);
  ascii = 0;
  if (const std::size_t space = space_length(text, i)) return space;
  if (b == 0xEF && i + 2 < n) {  // U+FF01..FF5E is EF BC 81..BF and EF BD 80..9E, its twin − 0xFEE0
    const unsigned char b1 = at(i + 1), b2 = at(i + 2);
    if ((b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)) {
      const unsigned cp = ((b1 & 0x3Fu) << 6 | (b2 & 0x3Fu)) + 0xF000u;
      ascii = static_cast<char>(cp - 0xFEE0u);
      return 3;
    }
  }
  return 0;
}

/// Whether normalize_label(text) == text, without building anything.
inline bool nothing_folds(std::string_view text) noexcept {
  char ascii = 0;
  for (std::size_t i = normalized_detail::next_candidate(text, 0); i < text.size();
       i = normalized_detail::next_candidate(text, i + 1))
    if (fold_at(text, i, ascii) != 0) return false;
  return true;
}

/// normalize_label(text) without a copy when there is nothing to fold: the text itself when no
/// space, line break (ASCII, U+3000, U+00A0) or full-width form (U+FF01–FF5E) is in it, else the
/// folded text, kept in `buffer`; the untouched runs are copied whole and the bytes between
/// candidates skipped sixteen at a time.
inline std::string_view normalized(std::string_view text, std::string& buffer) {
  using normalized_detail::next_candidate;
  const std::size_t n = text.size();
  bool changed = false;
  std::size_t run = 0;  // the start of the bytes not yet copied to `buffer` (once changed)
  for (std::size_t i = next_candidate(text, 0); i < n; i = next_candidate(text, i + 1)) {
    char ascii = 0;
    const std::size_t skip = fold_at(text, i, ascii);  // bytes dropped (a space) or folded (a form)
    if (skip == 0) continue;
    if (!changed) {
      buffer.clear();
      changed = true;
    }
    buffer.append(text.data() + run, i - run);
    if (ascii != 0) buffer += ascii;
    run = i + skip;
    i += skip - 1;
  }
  if (!changed) return text;
  buffer.append(text.data() + run, n - run);
  return buffer;
}

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_NORMALIZED_LABEL_HPP
