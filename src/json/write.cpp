// jixiao, internal: the streaming JSON writer.
#include "write.hpp"

#include "../utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao::json_detail {

char* Writer::start_member(std::size_t name_size) {
  // One capacity check for the separator, the indentation, the name and its colon (and space).
  const bool first = open_.empty() || open_.back() == 0;
  const std::size_t indent = pretty_ && !open_.empty() ? 2 * open_.size() : 0;
  char* p = room(!first + (pretty_ && !open_.empty()) + indent + name_size + pretty_);
  if (!first) *p++ = ',';
  if (!open_.empty()) {
    open_.back() = 1;
    if (pretty_) {
      *p++ = '\n';
      detail::fill_spaces(p, indent);
      p += indent;
    }
  }
  if (pretty_) p[name_size] = ' ';
  after_key_ = true;
  return p;
}

void Writer::key(std::string_view k) {
  // The names are the format's own: identifiers, nothing to escape.
  char* p = start_member(k.size() + 3);
  *p++ = '"';
  detail::copy_small(p, k.data(), k.size());
  p += k.size();
  *p++ = '"';
  *p = ':';
}

void Writer::grow(std::size_t n) { out_.resize(std::max(2 * out_.size(), size_ + n + 4096)); }

void Writer::integer(long long v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  raw(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

void Writer::close(char c) {
  const bool had_items = open_.back() != 0;
  open_.pop_back();
  if (pretty_ && had_items) newline_indent(open_.size());
  put(c);
}

void Writer::next_item() {
  if (open_.back() != 0) put(',');
  open_.back() = 1;
  if (pretty_) newline_indent(open_.size());
}

void Writer::newline_indent(std::size_t depth) {
  char* p = room(2 * depth + 1);
  *p = '\n';
  detail::fill_spaces(p + 1, 2 * depth);
}

namespace {

/// True when one of the 8 bytes is ≥ 0x80, < 0x20, '"' or '\\' (SWAR, as in "Bit Twiddling Hacks").
inline bool needs_care(std::uint64_t w) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const std::uint64_t below_space = (w - ones * 0x20) & ~w;
  const std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
  const std::uint64_t quote = (q - ones) & ~q, backslash = (b - ones) & ~b;
  return ((w | below_space | quote | backslash) & highs) != 0;
}

/// True when the first three of the four bytes of w (little-endian) are a three-byte UTF-8
/// sequence whose lead byte (E1–EC, EE–EF) puts no limit on the second byte: nearly all CJK text.
inline bool is_plain_three_byte(std::uint32_t w) noexcept {
  return (w & 0xC0C0F0u) == 0x8080E0u && ((0xDFFEu >> (w & 0xFu)) & 1u) != 0;
}

constexpr bool is_plain_ascii(unsigned char c) noexcept { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

#if defined(__SSE2__)
/// How many of the 16 bytes at p can be copied as they are: none of them '"', '\\' or a control
/// byte, and all of them whole characters of the common kinds (utf8_common_block); 0 when the
/// byte-wise path must look.
inline int plain_block(const unsigned char* p) noexcept {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  const unsigned special = (mask(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) & ~mask(v)) |
                           mask(_mm_cmpeq_epi8(v, _mm_set1_epi8('"'))) | mask(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
  return special != 0 ? 0 : detail::utf8_common_block(p);
}
#endif

}  // namespace

void Writer::append_escaped(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  put('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  const unsigned char* run = p;  // bytes from here to p are copied as they are
  const auto flush = [&] {
    put(std::string_view(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run)));
  };
  while (p < end) {
#if defined(__SSE2__)
    if (end - p >= 16) {
      if (const int n = plain_block(p)) {
        p += n;
        continue;
      }
    }
#endif
    const unsigned char c = *p;
    if (is_plain_ascii(c)) {
      ++p;
      for (std::uint64_t w; end - p >= 8 && (std::memcpy(&w, p, 8), !needs_care(w));) p += 8;
      while (p < end && is_plain_ascii(*p)) ++p;
      continue;
    }
    if (c >= 0x80) {
      // A run of CJK characters stays in this loop; anything else is checked the long way.
      for (std::uint32_t w; end - p >= 4 && (std::memcpy(&w, p, 4), is_plain_three_byte(w));) p += 3;
      if (p == end || *p < 0x80) continue;
      std::size_t i = static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data()));
      if (detail::next_code_point(s, i) >= 0) {
        p = reinterpret_cast<const unsigned char*>(s.data()) + i;
        continue;
      }
    }
    const unsigned char b = *p;  // to escape: '"', '\\', a control byte, or a byte that is not UTF-8
    flush();
    switch (b) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      case '\b': put("\\b"); break;
      case '\f': put("\\f"); break;
      default:
        if (b >= 0x80) {
          put("\xEF\xBF\xBD");  // U+FFFD for a byte that is not UTF-8: the output stays valid JSON
        } else {
          char* u = room(6);
          std::memcpy(u, "\\u00", 4);
          u[4] = hex[b >> 4];
          u[5] = hex[b & 0xF];
        }
    }
    run = ++p;
  }
  flush();
  put('"');
}

void write_decimal(Writer& w, const Decimal& d) { w.decimal_string(d, ""); }

void write_percent(Writer& w, const Percent& p) { w.decimal_string(p.points(), "%"); }

Decimal money_value(const Money& m, MoneyUnit unit) {
  Decimal v = m.in(unit);
  if (v.scale() <= 2) return v;
  // Drop the trailing zeros that a 万元 → 元 → 万元 trip adds (209.2100 → 209.21), keeping two places.
  int128 coef = v.coefficient();
  int scale = v.scale();
  while (scale > 2 && coef % 10 == 0) {
    coef /= 10;
    --scale;
  }
  return Decimal::from_coefficient(coef, scale);
}

void write(Writer& w, const Category& c, const ResultStyle&) {
  w.begin_object();
  w.key("id");
  const char* name = boost::describe::enum_to_string(c.id, nullptr);
  if (name != nullptr) w.plain_string(name);
  else w.integer(static_cast<long long>(c.id));
  w.key("label");
  w.string(c.label);
  w.end_object();
}

}  // namespace jixiao::json_detail
