// Tests of src/transcode_to_utf8.hpp (internal): utf16_to_utf8 and utf32_to_utf8, and each of the
// implementations they choose from that this machine can run (scalar, SSE2, SSSE3), against a
// reference written here one code point at a time from the definitions (RFC 3629, RFC 2781): random
// text of every kind of unit — ASCII runs, two-, three- and four-byte characters, surrogate pairs,
// and, in half the texts, one unit that is not text — at every length and alignment around the
// 16-unit blocks; blocks of 1-, 2- and 3-byte characters in every lane; the units at the edges of each
// length, and those that are not text, at every place of a block; text shaped like a package's JSON.
// The C API's functions over them are tested in tests/capi.
#include "../src/transcode_to_utf8.hpp"

#include "../src/utf8.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

using jixiao::detail::Transcoded;
using jixiao::detail::transcode::Implementation;

namespace {

/// The reference: UTF-8 of the units before the first one that is not text, and that unit's offset
/// (npos when there is none).
struct Reference {
  std::string utf8;
  std::size_t invalid_at = Transcoded::no_invalid_unit;
};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 + cp / 64);
    out += static_cast<char>(0x80 + cp % 64);
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 + cp / 4096);
    out += static_cast<char>(0x80 + cp / 64 % 64);
    out += static_cast<char>(0x80 + cp % 64);
  } else {
    out += static_cast<char>(0xF0 + cp / 262144);
    out += static_cast<char>(0x80 + cp / 4096 % 64);
    out += static_cast<char>(0x80 + cp / 64 % 64);
    out += static_cast<char>(0x80 + cp % 64);
  }
}

bool is_surrogate(std::uint32_t u) { return u >= 0xD800 && u <= 0xDFFF; }

Reference reference_utf32(const std::vector<std::uint32_t>& s) {
  Reference r;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_surrogate(s[i]) || s[i] > 0x10FFFF) {
      r.invalid_at = i;
      break;
    }
    append_utf8(r.utf8, s[i]);
  }
  return r;
}

Reference reference_utf16(const std::vector<std::uint16_t>& s) {
  Reference r;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::uint32_t u = s[i];
    if (!is_surrogate(u)) {
      append_utf8(r.utf8, u);
    } else if (u < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      append_utf8(r.utf8, 0x10000 + (u - 0xD800) * 0x400 + (s[i + 1] - 0xDC00));
      ++i;
    } else {
      r.invalid_at = i;
      break;
    }
  }
  return r;
}

/// A small deterministic generator (the tests give the same texts every run).
struct Random {
  std::uint64_t state;
  std::uint32_t operator()(std::uint32_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>((state >> 33) % bound);
  }
};

/// A code point of a random kind: mostly ASCII (in runs, as JSON is), else 2-, 3- or 4-byte.
std::uint32_t random_code_point(Random& random) {
  switch (random(8)) {
    case 0: return 0x80 + random(0x800 - 0x80);                  // 2 bytes: é ÷ ×
    case 1: return 0x4E00 + random(0x9FFF - 0x4E00);             // 3 bytes: CJK
    case 2: {                                                     // 3 bytes, anywhere but surrogates
      const std::uint32_t cp = 0x800 + random(0x10000 - 0x800 - 0x800);
      return cp < 0xD800 ? cp : cp + 0x800;
    }
    case 3: return 0x10000 + random(0x110000 - 0x10000);         // 4 bytes: a surrogate pair in UTF-16
    default: return random(0x80);                                 // ASCII, NUL included
  }
}

std::vector<std::uint32_t> random_text(Random& random) {
  std::vector<std::uint32_t> s;
  const std::uint32_t n = random(70);
  for (std::uint32_t k = 0; k < n; ++k) {
    if (random(3) == 0) {
      for (std::uint32_t run = random(40); run > 0; --run) s.push_back(random(0x80));  // an ASCII run
    } else {
      s.push_back(random_code_point(random));
    }
  }
  return s;
}

std::vector<std::uint16_t> utf16_of(const std::vector<std::uint32_t>& s) {
  std::vector<std::uint16_t> out;
  for (const std::uint32_t cp : s) {
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      out.push_back(static_cast<std::uint16_t>(0xD800 + (cp - 0x10000) / 0x400));
      out.push_back(static_cast<std::uint16_t>(0xDC00 + (cp - 0x10000) % 0x400));
    } else {
      out.push_back(static_cast<std::uint16_t>(cp));  // a surrogate unit stays one (an invalid text)
    }
  }
  return out;
}

/// What is checked: each implementation this machine can run, and the functions that choose one.
struct Transcoder {
  const char* name;
  Transcoded (*utf16)(const std::uint16_t*, std::size_t, char*) noexcept;
  Transcoded (*utf32)(const std::uint32_t*, std::size_t, char*) noexcept;
};

template <Implementation implementation>
Transcoder transcoder_of(const char* name) {
  return {name,
          [](const std::uint16_t* s, std::size_t n, char* out) noexcept {
            return jixiao::detail::transcode::utf16_to_utf8(implementation, s, n, out);
          },
          [](const std::uint32_t* s, std::size_t n, char* out) noexcept {
            return jixiao::detail::transcode::utf32_to_utf8(implementation, s, n, out);
          }};
}

const std::vector<Transcoder>& transcoders() {
  static const std::vector<Transcoder> all = [] {
    std::vector<Transcoder> found{{"chosen", jixiao::detail::utf16_to_utf8, jixiao::detail::utf32_to_utf8}};
    if (available(Implementation::scalar)) found.push_back(transcoder_of<Implementation::scalar>("scalar"));
    if (available(Implementation::sse2)) found.push_back(transcoder_of<Implementation::sse2>("sse2"));
    if (available(Implementation::ssse3)) found.push_back(transcoder_of<Implementation::ssse3>("ssse3"));
    return found;
  }();
  return all;
}

/// Bytes after the documented capacity, which no implementation may write (an ASan build also stops
/// at the first byte past the buffer; this catches it in any build).
constexpr std::size_t guard_bytes = 64;
constexpr char guard = '\x5A';

template <class Unit>
void check(const std::vector<Unit>& s, const Reference& want, std::size_t capacity,
           Transcoded (*const Transcoder::*transcode)(const Unit*, std::size_t, char*) noexcept) {
  for (const Transcoder& transcoder : transcoders()) {
    CAPTURE(transcoder.name);
    std::vector<char> buffer(capacity + guard_bytes, guard);
    const Transcoded got = (transcoder.*transcode)(s.data(), s.size(), buffer.data());
    REQUIRE(got.invalid_at == want.invalid_at);
    REQUIRE(got.ok() == (want.invalid_at == Transcoded::no_invalid_unit));
    REQUIRE(got.bytes == want.utf8.size());
    REQUIRE(std::string(buffer.data(), got.bytes) == want.utf8);
    REQUIRE(std::string(buffer.data() + capacity, guard_bytes) == std::string(guard_bytes, guard));
  }
}

/// Transcodes s with every transcoder into a buffer of the documented capacity and checks the result
/// against the reference.
void check_utf32(const std::vector<std::uint32_t>& s) {
  check(s, reference_utf32(s), jixiao::detail::utf8_capacity_of_utf32(s.size()), &Transcoder::utf32);
}

void check_utf16(const std::vector<std::uint16_t>& s) {
  check(s, reference_utf16(s), jixiao::detail::utf8_capacity_of_utf16(s.size()), &Transcoder::utf16);
}

void check_both(const std::vector<std::uint32_t>& s) {
  check_utf32(s);
  check_utf16(utf16_of(s));
}

/// Units of each UTF-8 length, the edges of each range among them.
const std::vector<std::uint32_t> one_byte = {0x00, 0x0A, 0x22, 0x41, 0x7F};
const std::vector<std::uint32_t> two_bytes = {0x80, 0xB2, 0xD7, 0xE9, 0x3FF, 0x400, 0x7FF};
const std::vector<std::uint32_t> three_bytes = {0x800, 0xFFF, 0x1000, 0x2265, 0x3002, 0x4E2D, 0x7FFF, 0x8000,
                                                0x9FA5, 0xD7FF, 0xE000, 0xFF08, 0xFF80, 0xFFFF};

/// A text shaped like a package's JSON: ASCII (indentation, keys, numbers) with runs of 2 to 20 CJK
/// characters and full-width punctuation between.
std::vector<std::uint32_t> document_like_text(Random& random, std::size_t units) {
  static const char ascii[] = "          \n\"\":,{}[]0123456789.%abcdefghijklmnopqrstuvwxyz_";
  static const std::uint32_t punctuation[] = {0xFF08, 0xFF09, 0xFF0C, 0x3001, 0x3002, 0xFF1A, 0x2265, 0x3000};
  std::vector<std::uint32_t> s;
  while (s.size() < units) {
    for (std::uint32_t k = 5 + random(150); k > 0; --k) s.push_back(static_cast<unsigned char>(ascii[random(sizeof ascii - 1)]));
    for (std::uint32_t k = 2 + random(19); k > 0; --k)
      s.push_back(random(5) == 0 ? punctuation[random(8)] : 0x4E00 + random(0x9FA6 - 0x4E00));
  }
  s.resize(units);
  return s;
}

}  // namespace

TEST_CASE("transcode: the implementations this machine runs") {
  for (const Transcoder& transcoder : transcoders()) MESSAGE(std::string(transcoder.name));
  CHECK(available(Implementation::scalar));
#if defined(__x86_64__)
  CHECK(available(Implementation::sse2));
  CHECK(available(Implementation::ssse3) == (__builtin_cpu_supports("ssse3") != 0));
#endif
}

TEST_CASE("transcode: utf32_to_utf8 and utf16_to_utf8 agree with the reference on 20,000 random texts") {
  Random random{0x6a697869616f0010};
  int invalid32 = 0, invalid16 = 0;
  for (int n = 0; n < 20000; ++n) {
    CAPTURE(n);
    std::vector<std::uint32_t> s = random_text(random);
    if (n % 2 == 1 && !s.empty()) {
      // One unit that is not text, anywhere: a surrogate (in UTF-16 a lone one, or a pair's half
      // out of order) or, in UTF-32, a unit beyond U+10FFFF.
      static const std::uint32_t bad[] = {0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF};
      s[random(static_cast<std::uint32_t>(s.size()))] = bad[random(8)];
    }
    check_utf32(s);
    invalid32 += reference_utf32(s).invalid_at != Transcoded::no_invalid_unit;
    const std::vector<std::uint16_t> s16 = utf16_of(s);
    check_utf16(s16);
    invalid16 += reference_utf16(s16).invalid_at != Transcoded::no_invalid_unit;
  }
  CHECK(invalid32 > 9000);  // both outcomes well represented
  CHECK(invalid32 < 11000);
  CHECK(invalid16 > 4000);  // in UTF-16 the units beyond U+10FFFF become others (utf16_of)
  CHECK(invalid16 < 11000);
}

TEST_CASE("transcode: every length and alignment around the 16-unit blocks, one non-ASCII unit at every place") {
  for (std::size_t n = 0; n <= 50; ++n) {
    CAPTURE(n);
    for (std::size_t at = 0; at <= n; ++at) {
      CAPTURE(at);
      for (const std::uint32_t cp : {0x7Fu, 0x80u, 0x7FFu, 0x800u, 0x4E2Du, 0xFFFFu, 0x10000u, 0x10FFFFu, 0xD800u,
                                     0xDFFFu, 0x110000u}) {
        std::vector<std::uint32_t> s(n, 'a');
        if (at < n) s[at] = cp;
        check_utf32(s);
        check_utf16(utf16_of(s));
      }
      // A high surrogate last in UTF-16, or followed by ASCII; a low surrogate first.
      std::vector<std::uint16_t> s16(n, 'b');
      if (at < n) {
        s16[at] = 0xD83D;
        check_utf16(s16);
        s16[at] = 0xDE00;
        check_utf16(s16);
      }
    }
  }
}

TEST_CASE("transcode: blocks of 1-, 2- and 3-byte characters: every combination of lengths in every group of 4 units") {
  const std::vector<std::uint32_t>* const lengths[] = {&one_byte, &two_bytes, &three_bytes};
  Random random{0x6a697869616f0012};
  const auto any_of = [&](const std::vector<std::uint32_t>& units) {
    return units[random(static_cast<std::uint32_t>(units.size()))];
  };
  for (unsigned combination = 0; combination < 81; ++combination) {
    CAPTURE(combination);
    for (std::size_t group = 0; group < 4; ++group) {
      CAPTURE(group);
      // The group under test in the second of three blocks, among units of random lengths.
      std::vector<std::uint32_t> s(48);
      for (std::uint32_t& unit : s) unit = any_of(*lengths[random(3)]);
      unsigned digits = combination;
      for (std::size_t lane = 0; lane < 4; ++lane, digits /= 3) s[16 + 4 * group + lane] = any_of(*lengths[digits % 3]);
      check_both(s);
    }
  }
  // Any unit below U+10000 but the surrogates, at any length and alignment.
  for (int n = 0; n < 3000; ++n) {
    CAPTURE(n);
    std::vector<std::uint32_t> s(random(100));
    for (std::uint32_t& unit : s) {
      switch (random(3)) {
        case 0: unit = random(0x80); break;
        case 1: unit = 0x80 + random(0x800 - 0x80); break;
        default: unit = 0x800 + random(0x10000 - 0x800 - 0x800); unit += unit >= 0xD800 ? 0x800 : 0; break;
      }
    }
    check_both(s);
  }
}

TEST_CASE("transcode: the units at the edges of each length, and units that are not text, at every place of a block") {
  static const std::uint32_t units[] = {
      0x7F,   0x80,     0x7FF,      0x800,      0xD7FF,     0xE000, 0xFFFF, 0x10000, 0x10FFFF,  // text
      0xD800, 0xDBFF,   0xDC00,     0xDFFF,     0x110000,  0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,  // not text
  };
  for (std::size_t n = 1; n <= 52; ++n) {
    CAPTURE(n);
    for (std::size_t at = 0; at < n; ++at) {
      CAPTURE(at);
      for (const std::uint32_t unit : units) {
        CAPTURE(unit);
        // Among CJK and ASCII, so that the blocks around it are encoded 16 units at a time.
        std::vector<std::uint32_t> s(n);
        for (std::size_t k = 0; k < n; ++k) s[k] = static_cast<std::uint32_t>(k % 3 == 0 ? 0x4E00 + k : 'a' + k % 26);
        s[at] = unit;
        check_both(s);
      }
    }
  }
}

TEST_CASE("transcode: UTF-16: surrogate pairs, lone and misordered surrogates at every place of a block") {
  for (std::size_t n = 1; n <= 52; ++n) {
    CAPTURE(n);
    for (std::size_t at = 0; at < n; ++at) {
      CAPTURE(at);
      std::vector<std::uint16_t> s(n);
      for (std::size_t k = 0; k < n; ++k) s[k] = static_cast<std::uint16_t>(k % 3 == 0 ? 0x5E74 : '0' + k % 10);
      const auto with = [&](std::uint16_t first, std::uint16_t second) {
        std::vector<std::uint16_t> t = s;
        t[at] = first;
        if (at + 1 < n) t[at + 1] = second;
        check_utf16(t);
      };
      with(0xD83D, 0xDE00);  // a pair (a high surrogate alone when it is last)
      with(0xDBFF, 0xDFFF);  // the last pair
      with(0xDE00, 0xD83D);  // misordered
      with(0xD83D, 0xD83D);  // two high surrogates
      with(0xDC00, 'x');     // a lone low surrogate
      with(0xD800, 0x4E2D);  // a high surrogate followed by a character
    }
  }
}

TEST_CASE("transcode: text shaped like a package's JSON: ASCII with short runs of CJK") {
  Random random{0x6a697869616f0013};
  for (int n = 0; n < 100; ++n) {
    CAPTURE(n);
    std::vector<std::uint32_t> s = document_like_text(random, 1 + random(9000));
    check_both(s);
    const auto somewhere = [&] { return random(static_cast<std::uint32_t>(s.size())); };
    s[somewhere()] = 0x1F4B0;  // a four-byte character (a surrogate pair in UTF-16)
    s[somewhere()] = 0xB2;     // a two-byte one
    check_both(s);
    s[somewhere()] = random(2) == 0 ? 0xDC00 : 0x110000;  // a unit that is not text
    check_both(s);
  }
}

TEST_CASE("transcode: text that is all of one kind goes through whole: ASCII, CJK, pairs") {
  for (const std::uint32_t cp : {0x41u, 0xE9u, 0x5E74u, 0xFFFFu, 0x1F600u}) {
    CAPTURE(cp);
    check_both(std::vector<std::uint32_t>(1000, cp));
    // Every length: the UTF-8 fills the buffer's whole capacity when every unit is of the longest kind.
    for (std::size_t n = 0; n <= 70; ++n) check_both(std::vector<std::uint32_t>(n, cp));
  }
  // The UTF-8 written reads back as the same code points (utf8.hpp's decoder).
  Random random{0x6a697869616f0011};
  for (int n = 0; n < 200; ++n) {
    const std::vector<std::uint32_t> s = random_text(random);
    std::string out(jixiao::detail::utf8_capacity_of_utf32(s.size()), '\0');
    const Transcoded t = jixiao::detail::utf32_to_utf8(s.data(), s.size(), out.data());
    REQUIRE(t.ok());
    out.resize(t.bytes);
    REQUIRE(jixiao::detail::is_valid_utf8(out));
    std::size_t i = 0, k = 0;
    while (i < out.size()) REQUIRE(static_cast<std::uint32_t>(jixiao::detail::next_code_point(out, i)) == s[k++]);
    REQUIRE(k == s.size());
  }
}
