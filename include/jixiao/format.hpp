// jixiao: {fmt} support for Decimal, Money and Percent.
//
// Format spec (after the colon): [[fill]align][width][,][.scale][unit]
//   fmt::format("{}", d)          "1234.5"       the value's own scale
//   fmt::format("{:.2}", d)       "1234.50"      rounded 四舍五入 (half up) to 2 places
//   fmt::format("{:,.2}", d)      "1,234.50"     with thousands separators
//   fmt::format("{:>12,.2}", d)   "    1,234.50" aligned in 12 columns
//   fmt::format("{}", money)      "209.21万元"   Money: 万元, 2 places unless told
//   fmt::format("{:,.2y}", money) "2,092,100.00元"  unit letter y = 元, w = 万元
//   fmt::format("{:.2}", percent) "72.22%"
#ifndef JIXIAO_FORMAT_HPP
#define JIXIAO_FORMAT_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>
#include <jixiao/percent.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace jixiao::detail {

/// Columns a terminal gives to UTF-8 text: 2 for East Asian wide and full-width characters.
constexpr int display_width(std::string_view text) noexcept {
  int columns = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    char32_t cp = b;
    std::size_t len = 1;
    if (b >= 0xF0) cp = b & 0x07u, len = 4;
    else if (b >= 0xE0) cp = b & 0x0Fu, len = 3;
    else if (b >= 0xC0) cp = b & 0x1Fu, len = 2;
    for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += len;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    columns += wide ? 2 : 1;
  }
  return columns;
}

/// The parsed spec shared by the three formatters.
struct NumberFormatSpec {
  char fill[5] = {' ', 0, 0, 0, 0};  // one UTF-8 character
  char align = '>';                   // numbers align right unless told
  int width = 0;
  bool grouping = false;
  int scale = -1;
  char unit = 0;  // 'w' or 'y' for Money, 0 otherwise

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx, bool allow_unit) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    const auto end = ctx.end();
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
    // [[fill]align]: the fill is one UTF-8 character.
    if (it != end && *it != '}') {
      const auto lead = static_cast<unsigned char>(*it);
      const int len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (end - it > len && is_align(it[len])) {
        for (int i = 0; i < 5; ++i) fill[i] = i < len ? it[i] : 0;
        align = it[len];
        it += len + 1;
      } else if (is_align(*it)) {
        align = *it++;
      }
    }
    while (it != end && *it >= '0' && *it <= '9') {
      width = width * 10 + (*it++ - '0');
      if (width > 4096) throw fmt::format_error("jixiao: width too large");
    }
    if (it != end && *it == ',') grouping = true, ++it;
    if (it != end && *it == '.') {
      ++it;
      if (it == end || *it < '0' || *it > '9') throw fmt::format_error("jixiao: missing scale after '.'");
      scale = 0;
      while (it != end && *it >= '0' && *it <= '9') {
        scale = scale * 10 + (*it++ - '0');
        if (scale > Decimal::max_scale) throw fmt::format_error("jixiao: scale above 38");
      }
    }
    if (allow_unit && it != end && (*it == 'w' || *it == 'y')) unit = *it++;
    if (it != end && *it != '}') throw fmt::format_error("jixiao: invalid format spec for a decimal");
    return it;
  }

  FormatSpec decimal_spec() const { return FormatSpec{scale, grouping, RoundingMode::half_up}; }

  /// Pads `text` to `width` terminal columns (CJK characters take two, as in {fmt}).
  template <class OutputIt>
  OutputIt write(OutputIt out, std::string_view text) const {
    const int columns = display_width(text);
    const int pad = width > columns ? width - columns : 0;
    const int left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    const std::string_view f(fill);
    for (int i = 0; i < left; ++i) out = std::copy(f.begin(), f.end(), out);
    out = std::copy(text.begin(), text.end(), out);
    for (int i = left; i < pad; ++i) out = std::copy(f.begin(), f.end(), out);
    return out;
  }
};

}  // namespace jixiao::detail

template <>
struct fmt::formatter<jixiao::Decimal> {
  jixiao::detail::NumberFormatSpec spec;
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) { return spec.parse(ctx, false); }
  template <class FormatContext>
  auto format(const jixiao::Decimal& d, FormatContext& ctx) const {
    if (spec.scale < 0 && !spec.grouping) {  // the value as it is: no allocation
      char buf[64];
      return spec.write(ctx.out(), std::string_view(buf, static_cast<std::size_t>(d.to_chars(buf, buf + 64) - buf)));
    }
    return spec.write(ctx.out(), d.to_string(spec.decimal_spec()));
  }
};

template <>
struct fmt::formatter<jixiao::Percent> {
  jixiao::detail::NumberFormatSpec spec;
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) { return spec.parse(ctx, false); }
  template <class FormatContext>
  auto format(const jixiao::Percent& p, FormatContext& ctx) const {
    return spec.write(ctx.out(), p.points().to_string(spec.decimal_spec()) + "%");
  }
};

template <>
struct fmt::formatter<jixiao::Money> {
  jixiao::detail::NumberFormatSpec spec;
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) { return spec.parse(ctx, true); }
  template <class FormatContext>
  auto format(const jixiao::Money& m, FormatContext& ctx) const {
    const auto unit = spec.unit == 'y' ? jixiao::MoneyUnit::yuan : jixiao::MoneyUnit::wan_yuan;
    auto s = spec.decimal_spec();
    if (s.scale < 0) s.scale = 2;
    std::string text = m.in(unit).to_string(s);
    text += jixiao::money_unit_name(unit);
    return spec.write(ctx.out(), text);
  }
};

#endif  // JIXIAO_FORMAT_HPP
