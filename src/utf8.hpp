// Internal: reading UTF-8 one code point at a time, for the parsers of cells and dates, and
// checking it 16 bytes at a time, for whole documents and the JSON writer.
#ifndef JIXIAO_SRC_UTF8_HPP
#define JIXIAO_SRC_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao::detail {

/// The code point at s[i], advancing i; -1 (and one byte) for anything that is not well-formed
/// UTF-8: stray continuation bytes, truncated sequences, overlong forms, surrogates, > U+10FFFF.
inline std::int32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  std::int32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    ++i;
    return -1;
  }
  if (i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return -1;
  }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return -1;
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

#if defined(__SSE2__)
/// How many of the 16 bytes at p are whole characters of the common kinds, checked at once: any
/// ASCII, two-byte characters (C2–DF and a continuation byte: ÷ ×), three-byte characters led by
/// E1–EC or EE–EF (the lead bytes that put no limit on the second byte: CJK and most symbols).
/// 16, or 14 or 15 when a character starts there and continues past the block; 0 when anything
/// else is there (for next_code_point to settle). p must start a character.
inline int utf8_common_block(const unsigned char* p) noexcept {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  const auto is = [&](int byte) { return mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(byte)))); };
  const auto masked_is = [&](int bits, int byte) {
    return mask(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(bits))), _mm_set1_epi8(static_cast<char>(byte))));
  };
  const unsigned high = mask(v);
  if (high == 0) return 16;
  const unsigned cont = masked_is(0xC0, 0x80);
  const unsigned lead2 = masked_is(0xE0, 0xC0) & ~is(0xC0) & ~is(0xC1);
  const unsigned lead3 = masked_is(0xF0, 0xE0) & ~is(0xE0) & ~is(0xED);
  if ((lead2 | lead3 | cont) != high) return 0;  // a byte ≥ 0x80 that is none of them
  // Where the leads' continuation bytes must be; a character that runs past the block ends it.
  const unsigned follows = (lead2 << 1) | (lead3 << 1) | (lead3 << 2);
  if (follows >> 16 == 0) return follows == cont ? 16 : 0;
  const unsigned past = (lead2 & 0x8000) | (lead3 & 0xC000);
  const int cut = past & 0x4000 ? 14 : 15;
  const unsigned before = (1u << cut) - 1;
  const unsigned l2 = lead2 & before, l3 = lead3 & before;
  return ((l2 << 1) | (l3 << 1) | (l3 << 2)) == (cont & before) ? cut : 0;
}
#endif

/// Whether s is well-formed UTF-8 (as next_code_point reads it), 16 bytes at a time where it can.
inline bool is_valid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
#if defined(__SSE2__)
    if (s.size() - i >= 16) {
      if (const int n = utf8_common_block(reinterpret_cast<const unsigned char*>(s.data()) + i)) {
        i += static_cast<std::size_t>(n);
        continue;
      }
    }
#endif
    if (next_code_point(s, i) < 0) return false;
  }
  return true;
}

/// Spaces of every width that cells carry: ASCII, NBSP, U+2000–200B, U+3000 (ideographic), BOM.
inline bool is_space(std::int32_t cp) noexcept {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F;
}

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_UTF8_HPP
