// Internal: copying, filling and comparing the short strings that names, numbers and cells are,
// with word loads and stores instead of a call into the C library for each (memcpy, memset and
// memcmp cost more in the call than in the work for a dozen bytes).
#ifndef JIXIAO_SRC_SHORT_STRINGS_HPP
#define JIXIAO_SRC_SHORT_STRINGS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

// Forced inline: each is a handful of instructions once the size is known, a call otherwise.
#if defined(__GNUC__)
#define JIXIAO_SHORT_INLINE [[gnu::always_inline]] inline
#else
#define JIXIAO_SHORT_INLINE inline
#endif

namespace jixiao::detail {

/// memcpy: two overlapping loads and stores of 8, 4 or 2 bytes up to 16 bytes, memcpy beyond.
JIXIAO_SHORT_INLINE void copy_small(char* dst, const char* src, std::size_t n) noexcept {
  const auto copy = [&]<class Word>(Word) {
    Word a, b;
    std::memcpy(&a, src, sizeof a);
    std::memcpy(&b, src + n - sizeof b, sizeof b);
    std::memcpy(dst, &a, sizeof a);
    std::memcpy(dst + n - sizeof b, &b, sizeof b);
  };
  if (n > 16) std::memcpy(dst, src, n);
  else if (n >= 8) copy(std::uint64_t{});
  else if (n >= 4) copy(std::uint32_t{});
  else if (n >= 2) copy(std::uint16_t{});
  else if (n == 1) *dst = *src;
}

/// n spaces (indentation): stores of 8, 4 or 2 bytes, the last one overlapping.
JIXIAO_SHORT_INLINE void fill_spaces(char* dst, std::size_t n) noexcept {
  constexpr char spaces[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
  const auto fill = [&](std::size_t word) {
    for (std::size_t i = 0; i + word < n; i += word) std::memcpy(dst + i, spaces, word);
    std::memcpy(dst + n - word, spaces, word);
  };
  if (n >= 8) fill(8);
  else if (n >= 4) fill(4);
  else if (n >= 2) fill(2);
  else if (n == 1) *dst = ' ';
}

/// a == b: the same overlapping loads up to 16 bytes, memcmp beyond.
JIXIAO_SHORT_INLINE bool equal_short(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const auto same = [&]<class Word>(Word) {
    Word a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), sizeof a0);
    std::memcpy(&b0, b.data(), sizeof b0);
    std::memcpy(&a1, a.data() + n - sizeof a1, sizeof a1);
    std::memcpy(&b1, b.data() + n - sizeof b1, sizeof b1);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  };
  if (n > 16) return std::memcmp(a.data(), b.data(), n) == 0;
  if (n >= 8) return same(std::uint64_t{});
  if (n >= 4) return same(std::uint32_t{});
  if (n >= 2) return same(std::uint16_t{});
  return n == 0 || a[0] == b[0];
}

}  // namespace jixiao::detail

#undef JIXIAO_SHORT_INLINE

#endif  // JIXIAO_SRC_SHORT_STRINGS_HPP
