// jixiao, internal: the streaming JSON writer.
#include "write.hpp"

#include <charconv>

namespace jixiao::json_detail {

namespace {

/// Length of the valid UTF-8 sequence at p (p < end, *p ≥ 0x80), 0 when invalid.
int utf8_length(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned char b0 = *p;
  int len = 0;
  unsigned cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) len = 2, cp = b0 & 0x1Fu;
  else if (b0 >= 0xE0 && b0 <= 0xEF) len = 3, cp = b0 & 0x0Fu;
  else if (b0 >= 0xF0 && b0 <= 0xF4) len = 4, cp = b0 & 0x07u;
  else return 0;
  if (end - p < len) return 0;
  for (int i = 1; i < len; ++i) {
    if ((p[i] & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (p[i] & 0x3Fu);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return len;
}

}  // namespace

void Writer::key(std::string_view k) {
  if (!open_.empty()) next_item();
  append_escaped(k);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void Writer::integer(long long v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  raw(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

void Writer::close(char c) {
  const bool had_items = open_.back() != 0;
  open_.pop_back();
  if (pretty_ && had_items) newline_indent(open_.size());
  out_ += c;
}

void Writer::next_item() {
  if (open_.back() != 0) out_ += ',';
  open_.back() = 1;
  if (pretty_) newline_indent(open_.size());
}

void Writer::newline_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

void Writer::append_escaped(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out_ += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    const unsigned char* run = p;
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
    out_.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    const unsigned char c = *p;
    if (c >= 0x80) {
      const int len = utf8_length(p, end);
      if (len > 0) {
        out_.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(len));
        p += len;
      } else {
        out_ += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8: the output stays valid JSON
        ++p;
      }
      continue;
    }
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      default:
        out_ += "\\u00";
        out_ += hex[c >> 4];
        out_ += hex[c & 0xF];
    }
    ++p;
  }
  out_ += '"';
}

void write_decimal(Writer& w, const Decimal& d) {
  char buf[64];
  const char* end = d.to_chars(buf, buf + sizeof buf);
  w.string(std::string_view(buf, static_cast<std::size_t>(end - buf)));
}

void write_percent(Writer& w, const Percent& p) {
  char buf[65];
  char* end = p.points().to_chars(buf, buf + 64);
  *end++ = '%';
  w.string(std::string_view(buf, static_cast<std::size_t>(end - buf)));
}

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
  if (name != nullptr) w.string(name);
  else w.integer(static_cast<long long>(c.id));
  w.key("label");
  w.string(c.label);
  w.end_object();
}

}  // namespace jixiao::json_detail
