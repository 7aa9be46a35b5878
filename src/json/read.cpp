// jixiao, internal: the scalar readers, the error messages and the context-dependent model types.
#include "read.hpp"

#include "../cell_in_place.hpp"
#include "../decimal_internal.hpp"
#include "../normalized_label.hpp"

#include <jixiao/indicator_category.hpp>
#include <jixiao/indicator_value.hpp>
#include <jixiao/unit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <memory>

namespace jixiao::json_detail {

namespace {

constexpr Expected expect_string{"文本", "a string"};
constexpr Expected expect_integer{"整数", "an integer"};
constexpr Expected expect_bool{"true 或 false", "true or false"};
constexpr Expected expect_decimal{"数值（如 \"9.38\"）", "a number such as \"9.38\""};
constexpr Expected expect_money{"金额（如 \"28.00\"）", "an amount such as \"28.00\""};
constexpr Expected expect_percent{"百分比（如 \"72.22%\"）", "a percentage such as \"72.22%\""};
constexpr Expected expect_date{"日期（如 \"2025-06-20\" 或 \"2025年6月20日\"）",
                               "a date such as \"2025-06-20\" or \"2025年6月20日\""};
constexpr Expected expect_cell{"文本或数字", "a string or a number"};
constexpr Expected expect_label{"指标名称文本", "the indicator's label as a string"};

/// `text` for a message: at most 60 bytes (cut at a character), line breaks as \n, quotes escaped.
std::string display(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (i >= 60) {
      out += "…";
      break;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > text.size()) len = text.size() - i;
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c == '"' || c == '\\') (out += '\\') += static_cast<char>(c);
    else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
    else out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

struct FoundText {
  std::string zh, en;
};

FoundText describe_found(const Value& v) {
  if (is_number(v)) {
    std::string t = display(number_text(v));
    return {" " + t, t};
  }
  if (is_text(v)) {
    std::string t = "\"" + display(text_of(v)) + "\"";
    return {" " + t, t};
  }
  switch (v.kind()) {
    case Kind::object: return {"对象", "an object"};
    case Kind::array: return {"数组", "an array"};
    case Kind::boolean: return v.get_bool() ? FoundText{" true", "true"} : FoundText{" false", "false"};
    case Kind::null: return {" null", "null"};
    default: return {"其他值", "another value"};
  }
}

/// The `column`-th character (1-based) of text.
std::string_view char_at_column(std::string_view text, int column) {
  std::size_t i = 0;
  for (int k = 1; i < text.size(); ++k) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > text.size()) len = text.size() - i;
    if (k == column) return text.substr(i, len);
    i += len;
  }
  return {};
}

/// A short reason for a number that did not parse (the value itself is already in the message).
std::pair<std::string, std::string> number_reason(const ParseError& e, std::string_view text) {
  const int col = e.column;
  using R = ParseError::Reason;
  switch (e.reason) {
    case R::empty: return {"空文本不是数字", "empty text is not a number"};
    case R::no_digits: return {"没有数字", "no digits"};
    case R::unexpected_char: {
      const std::string ch = display(char_at_column(text, col));
      return {fmt::format("第{}个字符“{}”不能出现在数字中", col, ch),
              fmt::format("unexpected character '{}' at position {}", ch, col)};
    }
    case R::second_point:
      return {fmt::format("第{}个字符是第二个小数点", col), fmt::format("second decimal point at position {}", col)};
    case R::misplaced_group:
      return {fmt::format("第{}个字符处的千分位分隔符位置不对（整数部分应每三位一组）", col),
              fmt::format("misplaced thousands separator at position {} (groups of three digits expected)", col)};
    case R::not_finite: return {"不接受 NaN 和无穷大", "NaN and infinity are not accepted"};
    case R::exponent:
      return {fmt::format("第{}个字符：文本中不接受科学计数法（可改写为 JSON 数字或普通写法）", col),
              fmt::format("scientific notation at position {} is accepted only in a JSON number", col)};
    case R::bad_exponent: return {fmt::format("第{}个字符：指数部分无效", col), fmt::format("invalid exponent at position {}", col)};
    case R::too_many_digits: return {"超出范围：有效数字超过38位", "out of range: more than 38 significant digits"};
    case R::scale_too_large:
      return {"超出范围：小数位数超过38位", "out of range: more than 38 digits after the decimal point"};
    case R::percent_sign:
      return {fmt::format("第{}个字符：此处不能有百分号", col), fmt::format("percent sign at position {} not allowed here", col)};
    case R::missing_percent:
      return {"缺少百分号（请写上 %，如 \"72.22%\"）", "the % sign is missing (write it, as in \"72.22%\")"};
    case R::none: break;
  }
  return {"无法读取", "cannot be read"};
}

Decimal decimal_of(Reader& r, const Value& v, Expected what) {
  ParseError e;
  if (is_number(v)) {
    const std::string_view t = number_text(v);
    if (const auto d = Decimal::try_parse_scientific(t, &e)) [[likely]]
      return *d;
    const auto [zh, en] = number_reason(e, t);
    r.fail(v, what, zh, en);
  }
  if (is_text(v)) {
    const std::string_view t = text_of(v);
    if (const auto d = Decimal::try_parse(t, &e)) [[likely]]
      return *d;
    const auto [zh, en] = number_reason(e, t);
    r.fail(v, what, zh, en);
  }
  r.fail(v, what);
}

// Byte tests, not string compares: every optional amount and score passes through is_blank_cell.
bool is_space_at(std::string_view t, std::size_t i, std::size_t& len) noexcept {
  len = detail::space_length(t, i);
  return len != 0;
}

/// - ‐ ‑ ‒ – — ― − －
bool is_dash_at(std::string_view t, std::size_t i, std::size_t& len) noexcept {
  const auto at = [&](std::size_t k) -> unsigned { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
  const unsigned c = at(0);
  if (c == '-') return len = 1, true;
  if ((c == 0xE2 && at(1) == 0x80 && at(2) >= 0x90 && at(2) <= 0x95) ||  // U+2010..2015
      (c == 0xE2 && at(1) == 0x88 && at(2) == 0x92) ||                   // U+2212
      (c == 0xEF && at(1) == 0xBC && at(2) == 0x8D))                     // U+FF0D
    return len = 3, true;
  return false;
}

constexpr std::string_view format_kind_zh(std::string_view format) {
  return format == "jixiao-package" ? "评价材料" : format == "jixiao-policy" ? "评分规则" : "评分结果";
}
constexpr std::string_view format_kind_en(std::string_view format) {
  return format == "jixiao-package" ? "package" : format == "jixiao-policy" ? "policy" : "result";
}

}  // namespace

// ---- Reader -------------------------------------------------------------------------------------

void Reader::fail(const Value& found, Expected expected, std::string_view reason_zh,
                  std::string_view reason_en) const {
  Location loc = here(false);
  const FoundText f = describe_found(found);
  std::string zh = fmt::format("{}: 应为{}，实际为{}", loc.path, expected.zh, f.zh);
  std::string en = fmt::format("{}: expected {}, found {}", loc.path, expected.en, f.en);
  if (!reason_zh.empty()) (zh += "：") += reason_zh;
  if (!reason_en.empty()) (en += ": ") += reason_en;
  throw Error(code_, std::move(zh), std::move(en), std::move(loc));
}

void Reader::fail_with(std::string_view zh, std::string_view en, bool at_key) const {
  Location loc = here(at_key);
  std::string z = fmt::format("{}: {}", loc.path, zh);
  std::string e = fmt::format("{}: {}", loc.path, en);
  throw Error(code_, std::move(z), std::move(e), std::move(loc));
}

void Reader::unknown_field(std::string_view key) {
  push(key);
  std::string shown = display(key);
  warnings_.push_back(ImportWarning{Location{path_string(path_), 0, 0}, fmt::format("未知字段“{}”，已忽略", shown),
                                    fmt::format("unknown field '{}' ignored", shown)});
  unknown_keys_.push_back(std::move(shown));
  pop();
}

void Reader::finish() {
  if (warnings_.empty()) return;
  std::vector<std::string> wanted;
  wanted.reserve(warnings_.size());
  for (const ImportWarning& w : warnings_) wanted.push_back(w.where.path);
  std::vector<Found> found;
  find_paths(source_, wanted, found);
  std::vector<std::size_t> offsets;
  offsets.reserve(found.size());
  for (const Found& f : found) offsets.push_back(f.key != std::string::npos ? f.key : f.value);
  const std::vector<TextPosition> at = positions_of(source_, offsets);
  std::vector<std::size_t> order(warnings_.size());
  for (std::size_t k = 0; k < warnings_.size(); ++k) {
    order[k] = k;
    if (offsets[k] == std::string::npos) continue;
    warnings_[k].where.line = at[k].line;
    warnings_[k].where.column = at[k].column;
  }
  // in the order of the text, not of the reading (an object's unknown members come after its children)
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair(warnings_[a].where.line, warnings_[a].where.column) <
           std::pair(warnings_[b].where.line, warnings_[b].where.column);
  });
  if (options_.unknown_fields_are_errors) {
    const std::size_t first = order.front();
    Location loc = warnings_[first].where;
    std::string zh = fmt::format("{}: 未知字段“{}”", loc.path, unknown_keys_[first]);
    std::string en = fmt::format("{}: unknown field '{}'", loc.path, unknown_keys_[first]);
    throw Error(code_, std::move(zh), std::move(en), std::move(loc));
  }
  std::vector<ImportWarning> sorted;
  sorted.reserve(warnings_.size());
  for (const std::size_t k : order) sorted.push_back(std::move(warnings_[k]));
  warnings_ = std::move(sorted);
}

bool is_blank_cell(std::string_view t) noexcept {
  std::size_t i = 0, len = 0;
  while (i < t.size()) {
    if (is_space_at(t, i, len) || is_dash_at(t, i, len)) i += len;
    else return false;
  }
  return true;
}

// ---- scalars ------------------------------------------------------------------------------------

void read(Reader& r, const Value& v, std::string& out) {
  if (!is_text(v)) [[unlikely]]
    r.fail(v, expect_string);
  out.assign(text_of(v));
}

void read(Reader& r, const Value& v, int& out) {
  if (is_number(v)) {
    const std::string_view t = number_text(v);
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
    if (ec == std::errc() && end == t.data() + t.size()) [[likely]]
      return;
    if (ec == std::errc::result_out_of_range) r.fail(v, expect_integer, "超出范围", "out of range");
  }
  r.fail(v, expect_integer);
}

void read(Reader& r, const Value& v, bool& out) {
  if (!v.is_bool()) [[unlikely]]
    r.fail(v, expect_bool);
  out = v.get_bool();
}

void read(Reader& r, const Value& v, Decimal& out) { out = decimal_of(r, v, expect_decimal); }

void read(Reader& r, const Value& v, Money& out) {
  const Decimal d = decimal_of(r, v, expect_money);
  try {
    out = Money::in(r.money_unit, d);
  } catch (const Error& e) {
    r.fail(v, expect_money, e.message(Lang::zh), e.message(Lang::en));
  }
}

void read(Reader& r, const Value& v, Percent& out) {
  if (is_text(v)) {
    const std::string_view t = text_of(v);
    Decimal points;
    const ParseError e = detail::parse_number(t, detail::NumberSyntax::percent, points);
    if (!e) [[likely]] {
      out = Percent::from_points(points);
      return;
    }
    const auto [zh, en] = number_reason(e, t);
    r.fail(v, expect_percent, zh, en);
  }
  if (is_number(v)) {
    const std::string t = display(number_text(v));
    r.fail(v, expect_percent, fmt::format("请写上百分号，写作 \"{}%\"", t), fmt::format("write the % sign, as in \"{}%\"", t));
  }
  r.fail(v, expect_percent);
}

void read(Reader& r, const Value& v, Date& out) {
  if (is_text(v)) {
    if (const auto d = parse_date(text_of(v))) [[likely]] {
      out = *d;
      return;
    }
    r.fail(v, expect_date, "不是有效的日期", "not a valid date");
  }
  r.fail(v, expect_date);
}

void fail_enum(Reader& r, const Value& v, std::span<const std::string_view> names) {
  std::string zh = "以下名称之一：", en = "one of the names ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      zh += "、";
      en += ", ";
    }
    zh += names[i];
    en += names[i];
  }
  r.fail(v, Expected{zh, en});
}

void read(Reader& r, const Value& v, MoneyUnit& out) {
  if (is_text(v)) {
    const std::string_view t = text_of(v);
    if (t == "wan_yuan" || t == "万元") return void(out = MoneyUnit::wan_yuan);
    if (t == "yuan" || t == "元") return void(out = MoneyUnit::yuan);
  }
  static constexpr std::string_view names[] = {"wan_yuan", "yuan", "万元", "元"};
  fail_enum(r, v, names);
}

void read(Reader& r, const Value& v, RoundingMode& out) {
  if (is_text(v)) {
    if (const auto m = rounding_mode_from_name(text_of(v))) return void(out = *m);
  }
  std::vector<std::string_view> names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<RoundingMode>>(
      [&](auto D) { names.emplace_back(D.name); });
  fail_enum(r, v, names);
}

void read(Reader& r, const Value& v, Category& out) {
  if (!is_text(v)) [[unlikely]]
    r.fail(v, expect_label);
  out.label.assign(text_of(v));
}

void read(Reader& r, const Value& v, IndicatorValue& out) {
  if (is_text(v)) out.text.assign(text_of(v));
  else if (is_number(v)) out.text.assign(number_text(v));
  else r.fail(v, expect_cell);
}

// ---- the types that need more than their own value -----------------------------------------------

void post_read(Reader&, const Value&, Indicator& out) {
  const Unit unit = parse_unit(out.unit);
  detail::parse_cell_in_place(out.target, unit);
  detail::parse_cell_in_place(out.actual, unit);
}

void post_read(Reader&, const Value& o, IndicatorGroup& out) {
  out.category.id = classify_category(out.category.label, CategoryLevel::level2);
  if (!o.contains("weight")) out.weight = split_label(out.category.label).points;
}

void post_read(Reader&, const Value& o, IndicatorSection& out) {
  out.category.id = classify_category(out.category.label, CategoryLevel::level1);
  if (!o.contains("weight")) out.weight = split_label(out.category.label).points;
}

// ---- documents ----------------------------------------------------------------------------------

const Value& root_object(Reader& r, const Value& root, std::string_view format) {
  const Value* o = root.if_object();
  if (o == nullptr) {
    const std::string zh = fmt::format("以 {{ 开始的{}文档（\"format\": \"{}\"）", format_kind_zh(format), format);
    const std::string en = fmt::format("an object: a {} document starting with {{ (\"format\": \"{}\")",
                                       format_kind_en(format), format);
    r.fail(root, Expected{zh, en});
  }
  check_header(r, *o, format);
  return *o;
}

void check_header(Reader& r, const Value& root, std::string_view format) {
  const Value* f = root.if_contains("format");
  if (f == nullptr)
    r.fail_with(fmt::format("缺少必需字段“format”（应为 \"{}\"）", format),
                fmt::format("missing required field \"format\" (expected \"{}\")", format));
  {
    Scope s(r, "format");
    if (!is_text(*f) || text_of(*f) != format) {
      const std::string zh = fmt::format("\"{}\"", format), en = fmt::format("\"{}\"", format);
      std::string why_zh, why_en;
      if (is_text(*f)) {
        const std::string_view other = text_of(*f);
        if (other == "jixiao-package" || other == "jixiao-policy" || other == "jixiao-result") {
          why_zh = fmt::format("这是{}文件，不是{}文件", format_kind_zh(other), format_kind_zh(format));
          why_en = fmt::format("this is a {} file, not a {} file", format_kind_en(other), format_kind_en(format));
        }
      }
      r.fail(*f, Expected{zh, en}, why_zh, why_en);
    }
  }
  const Value* v = root.if_contains("version");
  if (v == nullptr)
    r.fail_with("缺少必需字段“version”（应为 1）", "missing required field \"version\" (expected 1)");
  Scope s(r, "version");
  int version = 0;
  read(r, *v, version);
  if (version != 1)
    r.fail(*v, Expected{"1", "1"}, fmt::format("不支持版本 {}：此版本的 jixiao 读取版本 1", version),
           fmt::format("unsupported version {}: this jixiao reads version 1", version));
}

std::string read_file(const std::string& path) {
  const auto io_error = [&](int err) {
    return Error(ErrorCode::io_error, fmt::format("无法读取文件“{}”：{}", path, std::strerror(err)),
                 fmt::format("cannot read file '{}': {}", path, std::strerror(err)));
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw io_error(EISDIR);  // fopen would open it, ftell lie
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw io_error(errno);
  std::string text;
  if (std::fseek(f.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(f.get());
    if (size > 0 && size < (1L << 40)) text.reserve(static_cast<std::size_t>(size));
    std::rewind(f.get());
  }
  char buf[65536];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) text.append(buf, n);
  if (std::ferror(f.get())) throw io_error(errno != 0 ? errno : EIO);
  return text;
}

}  // namespace jixiao::json_detail
