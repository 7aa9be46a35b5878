// Internal: reading UTF-8 one code point at a time, for the parsers of cells and dates.
#ifndef JIXIAO_SRC_UTF8_HPP
#define JIXIAO_SRC_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

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

/// Spaces of every width that cells carry: ASCII, NBSP, U+2000–200B, U+3000 (ideographic), BOM.
inline bool is_space(std::int32_t cp) noexcept {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F;
}

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_UTF8_HPP
