// UTF-16 and UTF-32 into UTF-8; the design is described in transcode_to_utf8.hpp.
#include "transcode_to_utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao::detail {
namespace transcode {
namespace {

// ---- One code point at a time: other architectures, what the SSE2 path leaves, the tail ----

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

/// How far a transcoding has got: units read, bytes written.
struct Cursor {
  std::size_t i;
  char* out;
};

/// Writes the units from at.i on, one code point at a time, until stop; returns where it got. Short of
/// stop when the unit there is not text.
template <class Unit>
Cursor put_units(const Unit* s, std::size_t n, Cursor at, std::size_t stop) noexcept {
  while (at.i < stop) {
    if (s[at.i] < 0x80) {
      *at.out++ = static_cast<char>(s[at.i]);
      ++at.i;
    } else if (!put_unit(s, n, at.i, at.out)) {
      break;
    }
  }
  return at;
}

/// Writes the units from at.i on to the end one code point at a time; what the whole transcoding did.
template <class Unit>
Transcoded finish(const Unit* s, std::size_t n, Cursor at, const char* begin) noexcept {
  const Cursor end = put_units(s, n, at, n);
  return {static_cast<std::size_t>(end.out - begin), end.i < n ? end.i : Transcoded::no_invalid_unit};
}

template <class Unit>
Transcoded scalar(const Unit* s, std::size_t n, char* out) noexcept {
  return finish(s, n, {0, out}, out);
}

#if defined(__SSE2__)

// ---- SSE2: ASCII 16 units at a time, everything else one code point at a time ----

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

template <class Unit>
Transcoded sse2(const Unit* s, std::size_t n, char* out) noexcept {
  char* const begin = out;
  std::size_t i = 0;
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
  return finish(s, n, {i, out}, begin);
}

#endif  // __SSE2__

template <class Unit>
using Transcoder = Transcoded (*)(const Unit*, std::size_t, char*) noexcept;

template <class Unit>
Transcoder<Unit> transcoder(Implementation implementation) noexcept {
  switch (implementation) {
#if defined(__SSE2__)
    case Implementation::sse2: return sse2<Unit>;
#endif
    default: return scalar<Unit>;
  }
}

Implementation fastest() noexcept {
#if defined(__SSE2__)
  return Implementation::sse2;
#else
  return Implementation::scalar;
#endif
}

}  // namespace

bool available(Implementation implementation) noexcept {
  switch (implementation) {
    case Implementation::scalar: return true;
#if defined(__SSE2__)
    case Implementation::sse2: return true;
#endif
    default: return false;
  }
}

Transcoded utf16_to_utf8(Implementation implementation, const std::uint16_t* s, std::size_t n, char* out) noexcept {
  return transcoder<std::uint16_t>(implementation)(s, n, out);
}

Transcoded utf32_to_utf8(Implementation implementation, const std::uint32_t* s, std::size_t n, char* out) noexcept {
  return transcoder<std::uint32_t>(implementation)(s, n, out);
}

}  // namespace transcode

// Chosen once: the CPU does not change, and a document is one call.
Transcoded utf16_to_utf8(const std::uint16_t* s, std::size_t n, char* out) noexcept {
  static const transcode::Transcoder<std::uint16_t> chosen = transcode::transcoder<std::uint16_t>(transcode::fastest());
  return chosen(s, n, out);
}

Transcoded utf32_to_utf8(const std::uint32_t* s, std::size_t n, char* out) noexcept {
  static const transcode::Transcoder<std::uint32_t> chosen = transcode::transcoder<std::uint32_t>(transcode::fastest());
  return chosen(s, n, out);
}

}  // namespace jixiao::detail
