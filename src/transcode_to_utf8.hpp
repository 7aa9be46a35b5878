// Internal: UTF-16 and UTF-32 text into UTF-8, for the C API's functions that take text the way other
// languages hold it (.NET, Java and Windows strings are UTF-16; CPython hands a str over as wchar_t,
// UTF-32 on Linux and macOS). The JSON reader reads UTF-8; transcoding here costs less than the
// caller's own encoder (CPython's str.encode() of mostly-ASCII text with some CJK takes about three
// times as long as widening it to wchar_t and transcoding that here).
//
// The text it sees is JSON: ASCII, with short runs (2–20 characters) of CJK and full-width
// punctuation, three UTF-8 bytes each. It goes in blocks of 16 units (transcode_to_utf8.cpp):
// - a block of ASCII is narrowed to 16 bytes at once;
// - a block of characters below U+10000 (1, 2 or 3 bytes, no surrogate), where the CJK runs are, is
//   encoded with no branch per unit (SSSE3): each unit's bits are spread over a 32-bit lane with
//   shifts and masks, and each group of 4 lanes is packed into its 4 to 12 bytes by one pshufb, whose
//   shuffle, and the lead and continuation bits OR-ed in after, come from a table indexed by the 4
//   lanes' lengths;
// - any other block (four-byte characters, surrogate pairs, a unit that is not text) goes one code
//   point at a time, as do the last few units.
// The library is built for baseline x86-64 (SSE2), so the SSSE3 code is chosen at run time, once; on a
// CPU without SSSE3 the SSE2 path narrows ASCII blocks and writes everything else one code point at a
// time, and other architectures go one code point at a time throughout.
#ifndef JIXIAO_SRC_TRANSCODE_TO_UTF8_HPP
#define JIXIAO_SRC_TRANSCODE_TO_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <limits>

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

/// Writes the UTF-8 of the n UTF-16 units at s to out, which has room for utf8_capacity_of_utf16(n)
/// bytes. Stops at an unpaired surrogate (Transcoded::invalid_at), having written what came before.
Transcoded utf16_to_utf8(const std::uint16_t* s, std::size_t n, char* out) noexcept;

/// Writes the UTF-8 of the n UTF-32 units at s to out, which has room for utf8_capacity_of_utf32(n)
/// bytes. Stops at a unit that is a surrogate or above U+10FFFF (Transcoded::invalid_at).
Transcoded utf32_to_utf8(const std::uint32_t* s, std::size_t n, char* out) noexcept;

namespace transcode {

/// The implementations utf16_to_utf8 and utf32_to_utf8 choose from (the fastest the CPU has), named
/// so that the tests run each one, the fallbacks included, on every machine that can.
enum class Implementation {
  scalar,  ///< one code point at a time (any architecture)
  sse2,    ///< ASCII 16 units at a time, the rest one code point at a time (any x86-64)
  ssse3,   ///< ASCII blocks, and blocks below U+10000 encoded 16 units at a time (pshufb)
};

/// Whether this build and this CPU can run the implementation.
bool available(Implementation implementation) noexcept;

/// utf16_to_utf8 and utf32_to_utf8 with the given implementation, which must be available().
Transcoded utf16_to_utf8(Implementation implementation, const std::uint16_t* s, std::size_t n, char* out) noexcept;
Transcoded utf32_to_utf8(Implementation implementation, const std::uint32_t* s, std::size_t n, char* out) noexcept;

}  // namespace transcode

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_TRANSCODE_TO_UTF8_HPP
