// Internal: UTF-16 and UTF-32 text into UTF-8, for the C API's functions that take text the way other
// languages hold it (.NET, Java and Windows strings are UTF-16; CPython hands a str over as wchar_t,
// UTF-32 on Linux and macOS). The JSON reader reads UTF-8; transcoding here costs less than the
// caller's own encoder (CPython's str.encode() of mostly-ASCII text with some CJK takes about three
// times as long as widening it to wchar_t and transcoding that here).
//
// ASCII goes 16 units at a time (SSE2, as in utf8.hpp); everything else one code point at a time.
#ifndef JIXIAO_SRC_TRANSCODE_TO_UTF8_HPP
#define JIXIAO_SRC_TRANSCODE_TO_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao::detail {

/// What a transcoding did: the UTF-8 bytes written, and where it stopped when a unit is not text.
struct Transcoded {
  static constexpr std::size_t no_invalid_unit = std::numeric_limits<std::size_t>::max();
  std::size_t bytes = 0;                     ///< UTF-8 bytes written (up to the invalid unit, if any)
  std::size_t invalid_at = no_invalid_unit;  ///< the offset, in units, of the first unit that is not text
  bool ok() const noexcept { return invalid_at == no_invalid_unit; }
};

/// The most UTF-8 bytes `units` units can become: 3 per UTF-16 unit (a surrogate pair, 2 units, is 4
/// bytes), 4 per UTF-32 unit. Callers check `units` against max_units_* first (no overflow).
constexpr std::size_t utf8_capacity_of_utf16(std::size_t units) noexcept { return units * 3; }
constexpr std::size_t utf8_capacity_of_utf32(std::size_t units) noexcept { return units * 4; }
constexpr std::size_t max_utf16_units = std::numeric_limits<std::size_t>::max() / 3;
constexpr std::size_t max_utf32_units = std::numeric_limits<std::size_t>::max() / 4;

namespace transcode {

/// Writes code point cp (≥ 0x80, not a surrogate, ≤ 0x10FFFF) as 2 to 4 UTF-8 bytes at out.
inline char* put_multibyte(char* out, std::uint32_t cp) noexcept {
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return out + 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return out + 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return out + 4;
}

#if defined(__SSE2__)
/// The 16 units at p (UTF-32) narrowed to bytes at out (exact for ASCII lanes, anything for the
/// others); returns a mask with bit k set when unit k is ASCII. All-ASCII blocks, most of a JSON
/// document's, are told by one test of the units OR-ed together before the lanes are looked at.
inline unsigned narrow16(const std::uint32_t* p, char* out) noexcept {
  const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 4));
  const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 8));
  const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 12));
  // Signed packs: ASCII lanes stay as they are, the others saturate (their bytes are rewritten later).
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(_mm_packs_epi32(a, b), _mm_packs_epi32(c, d)));
  const __m128i high = _mm_set1_epi32(~0x7F);
  const __m128i zero = _mm_setzero_si128();
  const __m128i any = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
  if (_mm_movemask_epi8(_mm_cmpeq_epi32(_mm_and_si128(any, high), zero)) == 0xFFFF) return 0xFFFF;
  // All-ones lanes where a unit is ASCII; the signed packs keep -1 and 0 as they are.
  const __m128i ascii_ab = _mm_packs_epi32(_mm_cmpeq_epi32(_mm_and_si128(a, high), zero),
                                           _mm_cmpeq_epi32(_mm_and_si128(b, high), zero));
  const __m128i ascii_cd = _mm_packs_epi32(_mm_cmpeq_epi32(_mm_and_si128(c, high), zero),
                                           _mm_cmpeq_epi32(_mm_and_si128(d, high), zero));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_packs_epi16(ascii_ab, ascii_cd)));
}

/// The same for 16 UTF-16 units.
inline unsigned narrow16(const std::uint16_t* p, char* out) noexcept {
  const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 8));
  // Unsigned saturation: ASCII lanes stay, the others become 0xFF (rewritten later).
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(a, b));
  const __m128i high = _mm_set1_epi16(static_cast<short>(~0x7F));
  const __m128i zero = _mm_setzero_si128();
  if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(_mm_or_si128(a, b), high), zero)) == 0xFFFF) return 0xFFFF;
  const __m128i ascii = _mm_packs_epi16(_mm_cmpeq_epi16(_mm_and_si128(a, high), zero),
                                        _mm_cmpeq_epi16(_mm_and_si128(b, high), zero));
  return static_cast<unsigned>(_mm_movemask_epi8(ascii));
}
#endif

/// Whether a unit is a character of three UTF-8 bytes (U+0800..U+FFFF but the surrogates): CJK and
/// full-width punctuation, most of what is not ASCII in a package; tested first, in two compares.
inline bool three_bytes(std::uint32_t u) noexcept { return u - 0x800 < 0xD800 - 0x800 || u - 0xE000 < 0x10000 - 0xE000; }

/// Writes a three-byte character (three_bytes(cp)) at out.
inline char* put_three(char* out, std::uint32_t cp) noexcept {
  out[0] = static_cast<char>(0xE0 | (cp >> 12));
  out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[2] = static_cast<char>(0x80 | (cp & 0x3F));
  return out + 3;
}

/// One UTF-32 unit that is not ASCII at s[i]: written, i advanced; false when it is not a code point.
inline bool put_unit(const std::uint32_t* s, std::size_t /*n*/, std::size_t& i, char*& out) noexcept {
  const std::uint32_t cp = s[i];
  if (three_bytes(cp)) {
    out = put_three(out, cp);
    ++i;
    return true;
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
  out = put_multibyte(out, cp);
  ++i;
  return true;
}

/// One UTF-16 unit that is not ASCII at s[i] (with its low surrogate when it is a high one).
inline bool put_unit(const std::uint16_t* s, std::size_t n, std::size_t& i, char*& out) noexcept {
  const std::uint32_t u = s[i];
  if (three_bytes(u)) {
    out = put_three(out, u);
    ++i;
    return true;
  }
  if (u < 0xD800 || u > 0xDFFF) {
    out = put_multibyte(out, u);
    ++i;
    return true;
  }
  if (u > 0xDBFF || i + 1 == n) return false;  // a low surrogate first, or a high one at the end
  const std::uint32_t low = s[i + 1];
  if (low < 0xDC00 || low > 0xDFFF) return false;
  out = put_multibyte(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
  i += 2;
  return true;
}

/// The loop both encodings share: ASCII 16 units at a time, the rest one code point at a time.
/// out has room for the capacity of n units.
template <class Unit>
Transcoded to_utf8(const Unit* s, std::size_t n, char* out) noexcept {
  char* const begin = out;
  std::size_t i = 0;
#if defined(__SSE2__)
  while (n - i >= 16) {
    // The 16 bytes stored fit: the capacity keeps ≥ 3 bytes for each of the ≥ 16 units to come.
    const unsigned ascii = narrow16(s + i, out);
    if (ascii == 0xFFFF) {
      i += 16;
      out += 16;
      continue;
    }
    const auto prefix = static_cast<std::size_t>(__builtin_ctz(~ascii));  // ASCII units before the first other
    i += prefix;
    out += prefix;
    // The run of other units (CJK text is mostly runs), then back to blocks.
    do {
      if (!put_unit(s, n, i, out)) return {static_cast<std::size_t>(out - begin), i};
    } while (i < n && s[i] >= 0x80);
  }
#endif
  while (i < n) {
    if (s[i] < 0x80) {
      *out++ = static_cast<char>(s[i]);
      ++i;
    } else if (!put_unit(s, n, i, out)) {
      return {static_cast<std::size_t>(out - begin), i};
    }
  }
  return {static_cast<std::size_t>(out - begin), Transcoded::no_invalid_unit};
}

}  // namespace transcode

/// Writes the UTF-8 of the n UTF-16 units at s to out, which has room for utf8_capacity_of_utf16(n)
/// bytes. Stops at an unpaired surrogate (Transcoded::invalid_at), having written what came before.
inline Transcoded utf16_to_utf8(const std::uint16_t* s, std::size_t n, char* out) noexcept {
  return transcode::to_utf8(s, n, out);
}

/// Writes the UTF-8 of the n UTF-32 units at s to out, which has room for utf8_capacity_of_utf32(n)
/// bytes. Stops at a unit that is a surrogate or above U+10FFFF (Transcoded::invalid_at).
inline Transcoded utf32_to_utf8(const std::uint32_t* s, std::size_t n, char* out) noexcept {
  return transcode::to_utf8(s, n, out);
}

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_TRANSCODE_TO_UTF8_HPP
