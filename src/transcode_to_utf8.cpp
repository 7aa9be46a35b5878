// UTF-16 and UTF-32 into UTF-8; the design is described in transcode_to_utf8.hpp.
#include "transcode_to_utf8.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#include <tmmintrin.h>  // SSSE3: used only in functions built with target("ssse3")
#endif

namespace jixiao::detail {
namespace transcode {
namespace {

// ---- One code point at a time: other architectures, what the SIMD paths leave, the tail ----

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

/// Writes code point cp (≥ 0x80, not a surrogate, ≤ 0x10FFFF) as 2 to 4 UTF-8 bytes at out.
inline char* put_multibyte(char* out, std::uint32_t cp) noexcept {
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return out + 2;
  }
  if (cp < 0x10000) return put_three(out, cp);
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return out + 4;
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

/// Writes the units from at.i on, one code point at a time, until stop (or one past it, after a
/// surrogate pair that straddles it); returns where it got. Short of stop when the unit there is not
/// text. Out of line, and by value, so that the block loop that calls it for a rare block keeps its
/// cursor in registers.
template <class Unit>
[[gnu::noinline]] Cursor put_units(const Unit* s, std::size_t n, Cursor at, std::size_t stop) noexcept {
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

// ---- SSSE3: ASCII blocks narrowed, blocks below U+10000 encoded 16 units at a time ----
//
// A block below U+10000 is held as two registers of 8 UTF-16 units (Block16). Each unit becomes a
// 32-bit lane word holding the bits of every byte any of its forms needs (LaneByte). For each group
// of 4 lanes, group_encodings gives, by the lanes' lengths, a pshufb shuffle that puts each lane's 1,
// 2 or 3 bytes in order, packed together, and the lead and continuation bits to OR into them. The
// group's 16 bytes are stored and the output advances by the group's length; the bytes stored past it
// are overwritten by the next store, or lie past the end of the output (block_loop_units).

/// Where a lane word keeps the bits of each byte (all but the marking high bits).
enum LaneByte : std::uint8_t {
  unit_low_byte = 0,  ///< the whole unit, when it is ASCII
  low_6_bits = 1,     ///< the last byte of a 2- or 3-byte form
  top_4_bits = 2,     ///< the lead byte of a 3-byte form
  middle_6_bits = 3,  ///< the lead byte of a 2-byte form (5 bits there), the middle byte of a 3-byte form
};

/// How to write a group of 4 lanes, for one combination of their lengths.
struct GroupEncoding {
  std::uint8_t shuffle[16];  ///< pshufb: the lane word bytes in output order, then 0x80 (a zero byte)
  std::uint8_t marks[16];    ///< the high bits of each output byte (110, 1110, 10); marks[15] is the length
  std::size_t length() const noexcept { return marks[15]; }
};

/// Indexed by the lengths of 4 lanes: bit k is set when lane k is more than one byte, bit 4 + k when
/// it is three bytes (three bytes but not more than one does not occur). A group is at most 12 bytes,
/// so output byte 15 is never the group's, and its mark can hold the length.
struct GroupEncodings {
  alignas(32) GroupEncoding by_lengths[256];  // 8 KiB; an entry never straddles a cache line
};

constexpr GroupEncodings make_group_encodings() {
  GroupEncodings encodings{};
  for (unsigned lengths = 0; lengths < 256; ++lengths) {
    GroupEncoding& encoding = encodings.by_lengths[lengths];
    unsigned at = 0;
    const auto put = [&](unsigned lane, LaneByte byte, unsigned mark) {
      encoding.shuffle[at] = static_cast<std::uint8_t>(4 * lane + byte);
      encoding.marks[at++] = static_cast<std::uint8_t>(mark);
    };
    for (unsigned lane = 0; lane < 4; ++lane) {
      if (((lengths >> lane) & 1) == 0) {
        put(lane, unit_low_byte, 0);
      } else if (((lengths >> (4 + lane)) & 1) == 0) {
        put(lane, middle_6_bits, 0xC0);
        put(lane, low_6_bits, 0x80);
      } else {
        put(lane, top_4_bits, 0xE0);
        put(lane, middle_6_bits, 0x80);
        put(lane, low_6_bits, 0x80);
      }
    }
    for (unsigned rest = at; rest < 16; ++rest) encoding.shuffle[rest] = 0x80;
    encoding.marks[15] = static_cast<std::uint8_t>(at);
  }
  return encodings;
}

constexpr GroupEncodings group_encodings = make_group_encodings();

/// 16 units as two registers of 8 UTF-16 units.
struct Block16 {
  __m128i first, second;
};

/// How a block of 16 units is written.
enum class BlockKind {
  ascii,  ///< all ASCII: already written (16 bytes)
  bmp,    ///< all below U+10000 (the Basic Multilingual Plane), no surrogate: put_bmp_block
  other,  ///< one code point at a time
};

/// Top bit set in the 16-bit lanes of v that are ≥ limit (≤ 0x8000): adding 0x8000 - limit with
/// unsigned saturation carries into it exactly then.
inline __m128i at_least(__m128i v, int limit) noexcept {
  return _mm_adds_epu16(v, _mm_set1_epi16(static_cast<short>(0x8000 - limit)));
}

inline bool all_ascii(__m128i v) noexcept { return (_mm_movemask_epi8(at_least(v, 0x80)) & 0xAAAA) == 0; }

/// All-ones in the 16-bit lanes of v that are surrogates.
inline __m128i surrogates(__m128i v) noexcept {
  return _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(static_cast<short>(0xF800))),
                         _mm_set1_epi16(static_cast<short>(0xD800)));
}

/// 16 UTF-16 units at p. The 16 bytes stored at out are the block's UTF-8 if it is all ASCII;
/// otherwise they are overwritten.
inline BlockKind read_block(const std::uint16_t* p, char* out, Block16& block) noexcept {
  block.first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  block.second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 8));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(block.first, block.second));
  if (all_ascii(_mm_or_si128(block.first, block.second))) return BlockKind::ascii;
  const __m128i surrogate = _mm_or_si128(surrogates(block.first), surrogates(block.second));
  return _mm_movemask_epi8(surrogate) == 0 ? BlockKind::bmp : BlockKind::other;
}

/// 16 UTF-32 units at p, as read_block for UTF-16; narrowed to UTF-16 units when all are below
/// U+10000.
[[gnu::target("ssse3")]] inline BlockKind read_block(const std::uint32_t* p, char* out, Block16& block) noexcept {
  const auto load = [p](int at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)); };
  // Signed packs keep ASCII as it is and anything else outside 0..0x7F (saturated, or negative).
  const __m128i ab = _mm_packs_epi32(load(0), load(4));
  const __m128i cd = _mm_packs_epi32(load(8), load(12));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(ab, cd));
  if (all_ascii(_mm_or_si128(ab, cd))) return BlockKind::ascii;
  // Each unit's low half to the first 8 bytes, its high half to the last 8.
  const __m128i halves = _mm_setr_epi8(0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14, 15);
  const __m128i a = _mm_shuffle_epi8(load(0), halves), b = _mm_shuffle_epi8(load(4), halves);
  const __m128i c = _mm_shuffle_epi8(load(8), halves), d = _mm_shuffle_epi8(load(12), halves);
  block.first = _mm_unpacklo_epi64(a, b);
  block.second = _mm_unpacklo_epi64(c, d);
  const __m128i high = _mm_or_si128(_mm_unpackhi_epi64(a, b), _mm_unpackhi_epi64(c, d));
  const __m128i surrogate = _mm_or_si128(surrogates(block.first), surrogates(block.second));
  const __m128i bmp = _mm_andnot_si128(surrogate, _mm_cmpeq_epi16(high, _mm_setzero_si128()));
  return _mm_movemask_epi8(bmp) == 0xFFFF ? BlockKind::bmp : BlockKind::other;
}

/// The lane words (LaneByte) of 8 units below U+10000: units 0-3 in low, units 4-7 in high.
struct LaneWords {
  __m128i low, high;
};

[[gnu::target("ssse3")]] inline LaneWords lane_words(__m128i units) noexcept {
  // [the low byte, its low 6 bits]
  const __m128i low_byte_twice =
      _mm_shuffle_epi8(units, _mm_setr_epi8(0, 0, 2, 2, 4, 4, 6, 6, 8, 8, 10, 10, 12, 12, 14, 14));
  const __m128i low = _mm_and_si128(low_byte_twice, _mm_set1_epi16(0x3FFF));
  // aaaabbbbbbcccccc → [0000aaaa, 00bbbbbb]: pmaddubsw adds the a bits to the b bits shifted a byte up.
  const __m128i top_and_middle =
      _mm_maddubs_epi16(_mm_and_si128(_mm_srli_epi16(units, 4), _mm_set1_epi16(0x0FFC)), _mm_set1_epi16(0x0140));
  return {_mm_unpacklo_epi16(low, top_and_middle), _mm_unpackhi_epi16(low, top_and_middle)};
}

/// Writes the bytes of the 4 lane words in words at out; lengths indexes group_encodings.
[[gnu::target("ssse3")]] inline char* put_group(__m128i words, unsigned lengths, char* out) noexcept {
  const GroupEncoding& encoding = group_encodings.by_lengths[lengths];
  const __m128i shuffle = _mm_load_si128(reinterpret_cast<const __m128i*>(encoding.shuffle));
  const __m128i marks = _mm_load_si128(reinterpret_cast<const __m128i*>(encoding.marks));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_or_si128(_mm_shuffle_epi8(words, shuffle), marks));
  return out + encoding.length();
}

/// Writes 16 units below U+10000, none a surrogate, at out: 4 stores of 16 bytes, the last starting at
/// most 36 bytes after out.
[[gnu::target("ssse3")]] inline char* put_bmp_block(const Block16& block, char* out) noexcept {
  const LaneWords words_first = lane_words(block.first);
  const LaneWords words_second = lane_words(block.second);
  // A byte a unit, with its top bit set when the unit is ≥ 0x80 (≥ 0x800); then each group's 4 bytes of
  // one kind next to its 4 of the other, so that one movemask gives the indexes of two groups.
  const __m128i multibyte = _mm_packs_epi16(at_least(block.first, 0x80), at_least(block.second, 0x80));
  const __m128i three = _mm_packs_epi16(at_least(block.first, 0x800), at_least(block.second, 0x800));
  const auto lengths_01 = static_cast<unsigned>(_mm_movemask_epi8(_mm_unpacklo_epi32(multibyte, three)));
  const auto lengths_23 = static_cast<unsigned>(_mm_movemask_epi8(_mm_unpackhi_epi32(multibyte, three)));
  out = put_group(words_first.low, lengths_01 & 0xFF, out);
  out = put_group(words_first.high, lengths_01 >> 8, out);
  out = put_group(words_second.low, lengths_23 & 0xFF, out);
  return put_group(words_second.high, lengths_23 >> 8, out);
}

/// The block loop runs while this many units are left, so that every store stays in the buffer: the
/// output so far is at most capacity_per_unit bytes per unit read (the capacity is the most any unit
/// can become), the buffer holds capacity_per_unit bytes per unit, and a block's stores reach at most
/// block_store_reach bytes past the output so far (an ASCII block, 16).
constexpr std::size_t block_store_reach = 3 * 12 + 16;  // the fourth group's store, after 3 groups of ≤ 12 bytes

template <class Unit>
constexpr std::size_t capacity_per_unit = sizeof(Unit) == 2 ? utf8_capacity_of_utf16(1) : utf8_capacity_of_utf32(1);

template <class Unit>
constexpr std::size_t block_loop_units =
    std::max<std::size_t>(16, (block_store_reach + capacity_per_unit<Unit> - 1) / capacity_per_unit<Unit>);
static_assert(block_loop_units<std::uint16_t> == 18);  // 52 bytes need 18 units of 3
static_assert(block_loop_units<std::uint32_t> == 16);  // 13 units of 4: the block itself is more

template <class Unit>
[[gnu::target("ssse3")]] Transcoded ssse3(const Unit* s, std::size_t n, char* out) noexcept {
  const char* const begin = out;
  Cursor at{0, out};
  if (n >= block_loop_units<Unit>) {
    const std::size_t last_block = n - block_loop_units<Unit>;
    while (at.i <= last_block) {
      Block16 block;
      const BlockKind kind = read_block(s + at.i, at.out, block);
      if (kind == BlockKind::ascii) [[likely]] {
        at.out += 16;
      } else if (kind == BlockKind::bmp) {
        at.out = put_bmp_block(block, at.out);
      } else {
        const std::size_t stop = at.i + 16;
        at = put_units(s, n, at, stop);
        if (at.i < stop) return {static_cast<std::size_t>(at.out - begin), at.i};
        continue;
      }
      at.i += 16;
    }
  }
  return finish(s, n, at, begin);
}

bool cpu_has_ssse3() noexcept {
  __builtin_cpu_init();  // needed before __builtin_cpu_supports when called from a static initializer
  return __builtin_cpu_supports("ssse3");
}

#endif  // __SSE2__

template <class Unit>
using Transcoder = Transcoded (*)(const Unit*, std::size_t, char*) noexcept;

template <class Unit>
Transcoder<Unit> transcoder(Implementation implementation) noexcept {
  switch (implementation) {
#if defined(__SSE2__)
    case Implementation::sse2: return sse2<Unit>;
    case Implementation::ssse3: return ssse3<Unit>;
#endif
    default: return scalar<Unit>;
  }
}

Implementation fastest() noexcept {
#if defined(__SSE2__)
  return cpu_has_ssse3() ? Implementation::ssse3 : Implementation::sse2;
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
    case Implementation::ssse3: return cpu_has_ssse3();
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
