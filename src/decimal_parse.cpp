// Decimal from text: the grammar people actually type and paste, with errors that say where and why.
#include "decimal_internal.hpp"

#include <fmt/format.h>

namespace jixiao {
namespace detail {
namespace {

enum class Kind { digit, plus, minus, point, group, exponent, percent, space, end, other };

struct Char {
  Kind kind = Kind::end;
  int digit = 0;
  int length = 0;  // bytes
};

int utf8_length(unsigned char lead) noexcept {
  return lead < 0x80 ? 1 : lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1;
}

/// The character at byte i. Full-width forms (U+FF0B ＋, U+FF0C ，, U+FF0D －, U+FF0E ．, U+FF05 ％,
/// U+FF10–FF19 ０–９, U+FF25/FF45 Ｅｅ), U+2212 (−), U+3000 and U+00A0 spaces are what Chinese
/// documents paste in place of their ASCII twins.
Char classify(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return {Kind::end, 0, 0};
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    if (b0 >= '0' && b0 <= '9') return {Kind::digit, b0 - '0', 1};
    switch (b0) {
      case '+': return {Kind::plus, 0, 1};
      case '-': return {Kind::minus, 0, 1};
      case '.': return {Kind::point, 0, 1};
      case ',': return {Kind::group, 0, 1};
      case 'e': case 'E': return {Kind::exponent, 0, 1};
      case '%': return {Kind::percent, 0, 1};
      case ' ': case '\t': case '\n': case '\r': return {Kind::space, 0, 1};
      default: return {Kind::other, 0, 1};
    }
  }
  int len = utf8_length(b0);
  if (i + static_cast<std::size_t>(len) > s.size()) len = 1;
  for (int k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return {Kind::other, 0, 1};
  const auto b1 = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
  const auto b2 = len > 2 ? static_cast<unsigned char>(s[i + 2]) : 0;
  if (len == 3 && b0 == 0xEF && b1 == 0xBC) {
    if (b2 >= 0x90 && b2 <= 0x99) return {Kind::digit, b2 - 0x90, 3};
    switch (b2) {
      case 0x8B: return {Kind::plus, 0, 3};
      case 0x8D: return {Kind::minus, 0, 3};
      case 0x8E: return {Kind::point, 0, 3};
      case 0x8C: return {Kind::group, 0, 3};
      case 0x85: return {Kind::percent, 0, 3};
      case 0xA5: return {Kind::exponent, 0, 3};
      default: break;
    }
  }
  if (len == 3 && b0 == 0xEF && b1 == 0xBD && b2 == 0x85) return {Kind::exponent, 0, 3};
  if (len == 3 && b0 == 0xE2 && b1 == 0x88 && b2 == 0x92) return {Kind::minus, 0, 3};
  if (len == 3 && b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return {Kind::space, 0, 3};
  if (len == 2 && b0 == 0xC2 && b1 == 0xA0) return {Kind::space, 0, 2};
  return {Kind::other, 0, len};
}

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

/// The bytes of the character at 1-based `column`.
std::string_view char_at_column(std::string_view s, int column) noexcept {
  std::size_t i = 0;
  for (int col = 1; i < s.size(); ++col) {
    const int len = classify(s, i).length;
    if (col == column) return s.substr(i, static_cast<std::size_t>(len));
    i += static_cast<std::size_t>(len);
  }
  return {};
}

}  // namespace

std::string quote_for_message(std::string_view text) {
  constexpr std::size_t limit = 60;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (out.size() >= limit) {
      out += "…";
      break;
    }
    const Char c = classify(text, i);
    const auto lead = static_cast<unsigned char>(text[i]);
    if (c.length == 1 && lead >= 0x80) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
    } else if (lead < 0x20 || lead == 0x7F) {
      out += ' ';
    } else {
      out.append(text.substr(i, static_cast<std::size_t>(c.length)));
    }
    i += static_cast<std::size_t>(c.length);
  }
  return out;
}

namespace {
/// The common case in one pass: ASCII [+-]digits[.digits] with at most 19 digits, nothing else.
/// Anything else (spaces, grouping, full-width forms, errors) goes to the full parser.
bool parse_plain_ascii(std::string_view text, Decimal& out) noexcept {
  const char* p = text.data();
  const char* const end = p + text.size();
  bool negative = false;
  if (p != end && (*p == '-' || *p == '+')) negative = *p++ == '-';
  std::uint64_t v = 0;
  int digits = 0;
  int fraction = 0;
  bool point = false;
  for (; p != end; ++p) {
    const auto d = static_cast<unsigned>(*p - '0');
    if (d < 10) {
      if (digits == 19) return false;
      v = v * 10 + d;
      ++digits;
      fraction += point;
    } else if (*p == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  if (digits == 0) return false;
  const auto c = static_cast<int128>(v);
  out = make(negative ? -c : c, fraction);
  return true;
}
}  // namespace

ParseError parse_number(std::string_view text, NumberSyntax syntax, Decimal& out) noexcept {
  using Reason = ParseError::Reason;
  if (syntax != NumberSyntax::percent && parse_plain_ascii(text, out)) return {};
  std::size_t i = 0;
  int col = 1;
  Char c = classify(text, 0);
  auto advance = [&] {
    i += static_cast<std::size_t>(c.length);
    ++col;
    c = classify(text, i);
  };
  auto fail = [](Reason reason, int column) {
    const bool range = reason == Reason::too_many_digits || reason == Reason::scale_too_large;
    return ParseError{range ? ErrorCode::out_of_range : ErrorCode::invalid_number, column, reason};
  };

  while (c.kind == Kind::space) advance();
  if (c.kind == Kind::end) return fail(Reason::empty, 0);
  bool negative = false;
  if (c.kind == Kind::plus || c.kind == Kind::minus) {
    negative = c.kind == Kind::minus;
    advance();
  }
  if (c.kind == Kind::other) {
    const std::string_view rest = text.substr(i);
    if (starts_with_ignoring_case(rest, "nan") || starts_with_ignoring_case(rest, "snan") ||
        starts_with_ignoring_case(rest, "inf"))
      return fail(Reason::not_finite, 0);
  }

  uint128 coef = 0;
  int significant = 0;  // digits of coef, leading zeros excluded
  bool too_many = false;
  int fraction_digits = 0;
  bool any_digit = false;
  bool in_fraction = false;
  bool grouped = false;
  int group_length = 0;  // digits since the last thousands separator (or the start)
  int last_group_col = 0;
  for (;; advance()) {
    if (c.kind == Kind::digit) {
      any_digit = true;
      if (coef != 0 || c.digit != 0) {
        if (significant == Decimal::max_digits) {
          too_many = true;
        } else {
          coef = coef * 10 + static_cast<unsigned>(c.digit);
          ++significant;
        }
      }
      if (in_fraction) {
        ++fraction_digits;
      } else {
        ++group_length;
      }
    } else if (c.kind == Kind::point) {
      if (in_fraction) return fail(Reason::second_point, col);
      if (grouped && group_length != 3) return fail(Reason::misplaced_group, last_group_col);
      in_fraction = true;
    } else if (c.kind == Kind::group) {
      if (in_fraction || !any_digit) return fail(Reason::misplaced_group, col);
      if (grouped ? group_length != 3 : group_length > 3) return fail(Reason::misplaced_group, col);
      // "0,001" reads as 0.001 in much of the world: refuse rather than guess.
      if (!grouped && coef == 0) return fail(Reason::misplaced_group, col);
      grouped = true;
      group_length = 0;
      last_group_col = col;
    } else {
      break;
    }
  }
  if (!any_digit) {
    if (c.kind == Kind::end || c.kind == Kind::space) return fail(Reason::no_digits, 0);
    return fail(c.kind == Kind::percent ? Reason::no_digits : Reason::unexpected_char, col);
  }
  if (grouped && !in_fraction && group_length != 3) return fail(Reason::misplaced_group, last_group_col);

  long long exponent = 0;
  if (c.kind == Kind::exponent) {
    if (syntax != NumberSyntax::scientific) return fail(Reason::exponent, col);
    advance();
    bool exponent_negative = false;
    if (c.kind == Kind::plus || c.kind == Kind::minus) {
      exponent_negative = c.kind == Kind::minus;
      advance();
    }
    if (c.kind != Kind::digit) return fail(Reason::bad_exponent, col);
    for (; c.kind == Kind::digit; advance()) {
      if (exponent > 1'000'000'000) return fail(Reason::bad_exponent, col);
      exponent = exponent * 10 + c.digit;
    }
    if (exponent_negative) exponent = -exponent;
  }

  if (syntax == NumberSyntax::percent) {
    while (c.kind == Kind::space) advance();
    if (c.kind != Kind::percent) return c.kind == Kind::end ? fail(Reason::missing_percent, 0)
                                                            : fail(Reason::unexpected_char, col);
    advance();
  } else if (c.kind == Kind::percent) {
    return fail(Reason::percent_sign, col);
  }
  while (c.kind == Kind::space) advance();
  if (c.kind != Kind::end) return fail(Reason::unexpected_char, col);
  if (too_many) return fail(Reason::too_many_digits, 0);

  long long scale = fraction_digits - exponent;
  if (scale < 0) {
    if (coef != 0) {
      if (significant - scale > Decimal::max_digits) return fail(Reason::too_many_digits, 0);
      coef *= pow10[static_cast<std::size_t>(-scale)];
    }
    scale = 0;
  }
  if (scale > Decimal::max_scale) return fail(Reason::scale_too_large, 0);
  const auto signed_coef = static_cast<int128>(coef);
  out = make(negative ? -signed_coef : signed_coef, static_cast<int>(scale));
  return {};
}

}  // namespace detail

Error ParseError::to_error(std::string_view input) const {
  const std::string q = detail::quote_for_message(input);
  std::string zh;
  std::string en;
  const std::string ch = detail::quote_for_message(detail::char_at_column(input, column));
  switch (reason) {
    case Reason::none:
      zh = "没有错误";
      en = "no error";
      break;
    case Reason::empty:
      zh = "空文本不是数字";
      en = "empty text is not a number";
      break;
    case Reason::no_digits:
      zh = fmt::format("“{}”中没有数字", q);
      en = fmt::format("no digits in \"{}\"", q);
      break;
    case Reason::unexpected_char:
      zh = fmt::format("“{}”第{}个字符“{}”不能出现在数字中", q, column, ch);
      en = fmt::format("unexpected character '{}' at position {} in \"{}\"", ch, column, q);
      break;
    case Reason::second_point:
      zh = fmt::format("“{}”第{}个字符是第二个小数点", q, column);
      en = fmt::format("second decimal point at position {} in \"{}\"", column, q);
      break;
    case Reason::misplaced_group:
      zh = fmt::format("“{}”第{}个字符处的千分位分隔符位置不对（整数部分应每三位一组）", q, column);
      en = fmt::format("misplaced thousands separator at position {} in \"{}\" (groups of three digits expected)",
                       column, q);
      break;
    case Reason::not_finite:
      zh = fmt::format("“{}”不是有限数（不接受 NaN 和无穷大）", q);
      en = fmt::format("\"{}\" is not a finite number (NaN and infinity are not accepted)", q);
      break;
    case Reason::exponent:
      zh = fmt::format("“{}”第{}个字符：此处不接受科学计数法（需要时请用 parse_scientific）", q, column);
      en = fmt::format("scientific notation at position {} in \"{}\" is not accepted here (use parse_scientific)",
                       column, q);
      break;
    case Reason::bad_exponent:
      zh = fmt::format("“{}”第{}个字符：指数部分无效", q, column);
      en = fmt::format("invalid exponent at position {} in \"{}\"", column, q);
      break;
    case Reason::too_many_digits:
      zh = fmt::format("“{}”超出范围：有效数字超过38位", q);
      en = fmt::format("\"{}\" is out of range: more than 38 significant digits", q);
      break;
    case Reason::scale_too_large:
      zh = fmt::format("“{}”超出范围：小数位数超过38位", q);
      en = fmt::format("\"{}\" is out of range: more than 38 digits after the decimal point", q);
      break;
    case Reason::percent_sign:
      zh = fmt::format("“{}”第{}个字符：普通数字中不能有百分号（百分数请用 Percent::parse）", q, column);
      en = fmt::format("percent sign at position {} in \"{}\": use Percent::parse for percentages", column, q);
      break;
    case Reason::missing_percent:
      zh = fmt::format("“{}”缺少百分号", q);
      en = fmt::format("\"{}\" has no percent sign", q);
      break;
  }
  return Error(code, std::move(zh), std::move(en), column);
}

namespace {
std::optional<Decimal> try_parse_as(std::string_view text, detail::NumberSyntax syntax, ParseError* error) noexcept {
  Decimal d;
  const ParseError e = detail::parse_number(text, syntax, d);
  if (error) *error = e;
  if (e) return std::nullopt;
  return d;
}

Decimal parse_as(std::string_view text, detail::NumberSyntax syntax) {
  Decimal d;
  if (const ParseError e = detail::parse_number(text, syntax, d)) throw e.to_error(text);
  return d;
}
}  // namespace

Decimal Decimal::parse(std::string_view text) { return parse_as(text, detail::NumberSyntax::plain); }
Decimal Decimal::parse_scientific(std::string_view text) {
  return parse_as(text, detail::NumberSyntax::scientific);
}
std::optional<Decimal> Decimal::try_parse(std::string_view text, ParseError* error) noexcept {
  return try_parse_as(text, detail::NumberSyntax::plain, error);
}
std::optional<Decimal> Decimal::try_parse_scientific(std::string_view text, ParseError* error) noexcept {
  return try_parse_as(text, detail::NumberSyntax::scientific, error);
}

}  // namespace jixiao
