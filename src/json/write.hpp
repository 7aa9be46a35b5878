// jixiao, internal: a streaming JSON writer and the generic writers over the described model.
//
// Text goes straight into one std::string (no DOM): objects, arrays, escaped strings, numbers as
// their decimal text. `Style` says how the types that print differently per format are written:
// a Category is its label in a package and {"id", "label"} in a result; amounts are written in the
// money unit the style carries.
#ifndef JIXIAO_SRC_JSON_WRITE_HPP
#define JIXIAO_SRC_JSON_WRITE_HPP

#include "describe.hpp"
#include "../short_strings.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json_detail {

class Writer {
 public:
  explicit Writer(bool pretty, std::size_t reserve = 1 << 14) : pretty_(pretty) {
    out_.resize(reserve);
    open_.reserve(16);
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// A member name; `k` must need no escaping (the described names and the formats' own do not).
  void key(std::string_view k);
  /// A member name already quoted, with a comma before it and its colon after (",\"name\":"), as
  /// quoted_name makes: compact output copies it whole (or without the comma for an object's first
  /// member) with one capacity check.
  void quoted_key(std::string_view comma_quoted) {
    if (!pretty_ && !open_.empty()) [[likely]] {
      const std::string_view q = comma_quoted.substr(open_.back() == 0 ? 1 : 0);
      open_.back() = 1;
      after_key_ = true;
      detail::copy_small(room(q.size()), q.data(), q.size());
      return;
    }
    const std::string_view q = comma_quoted.substr(1);
    detail::copy_small(start_member(q.size()), q.data(), q.size());
  }
  void string(std::string_view s) {
    before_value();
    append_escaped(s);
  }
  /// A string known to need no escaping: digits, signs, points, '%', '-', ASCII identifiers.
  void plain_string(std::string_view s) {
    before_value();
    char* p = room(s.size() + 2);
    *p = '"';
    detail::copy_small(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
  }
  /// A decimal as a JSON string, followed by `suffix` ("%" or ""), written in place: "209.21".
  void decimal_string(const Decimal& d, std::string_view suffix) {
    before_value();
    constexpr std::size_t most = 64 + 2;  // Decimal::to_chars needs at most 64, and the quotes
    char* const p = room(most + suffix.size());
    *p = '"';
    char* end = d.to_chars(p + 1, p + 65);
    detail::copy_small(end, suffix.data(), suffix.size());
    end += suffix.size();
    *end++ = '"';
    size_ -= most + suffix.size() - static_cast<std::size_t>(end - p);
  }
  /// A number, true, false or null, as given.
  void raw(std::string_view s) {
    before_value();
    put(s);
  }
  void null() { raw("null"); }
  void boolean(bool b) { raw(b ? "true" : "false"); }
  void integer(long long v);

  std::string take() {
    if (pretty_) put('\n');
    out_.resize(size_);
    return std::move(out_);
  }

 private:
  // The text is written straight into out_, which is kept larger than what is written (size_), so
  // that each piece costs one capacity check and one memcpy.
  char* room(std::size_t n) {
    if (out_.size() - size_ < n) [[unlikely]]
      grow(n);
    char* p = out_.data() + size_;
    size_ += n;
    return p;
  }
  void grow(std::size_t n);
  void put(char c) { *room(1) = c; }
  void put(std::string_view s) { detail::copy_small(room(s.size()), s.data(), s.size()); }

  void open(char c) {
    before_value();
    put(c);
    open_.push_back(0);
  }
  void close(char c);
  /// Separator and indentation for a member whose name (with quotes and colon) takes name_size
  /// bytes; returns where to write the name. A space follows it when pretty.
  char* start_member(std::size_t name_size);
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!open_.empty()) next_item();
  }
  void next_item();
  void newline_indent(std::size_t depth);
  void append_escaped(std::string_view s);

  std::string out_;
  std::size_t size_ = 0;
  std::vector<std::uint8_t> open_;  ///< per open container: 1 once it has an item
  bool pretty_;
  bool after_key_ = false;
};

/// How format-specific types are written.
struct PackageStyle {
  MoneyUnit unit = MoneyUnit::wan_yuan;
};
struct PolicyStyle {};
struct ResultStyle {
  MoneyUnit unit = MoneyUnit::wan_yuan;
};

/// The amount in `unit`, exactly, with trailing zeros beyond two decimal places dropped
/// ("209.21", "28.00", "0.123456").
Decimal money_value(const Money& m, MoneyUnit unit);

template <class Style>
void write(Writer& w, const std::string& s, const Style&) {
  w.string(s);
}
template <class Style>
void write(Writer& w, int v, const Style&) {
  w.integer(v);
}
template <class Style>
void write(Writer& w, bool v, const Style&) {
  w.boolean(v);
}
void write_decimal(Writer& w, const Decimal& d);
void write_percent(Writer& w, const Percent& p);
template <class Style>
void write(Writer& w, const Decimal& d, const Style&) {
  write_decimal(w, d);
}
template <class Style>
void write(Writer& w, const Percent& p, const Style&) {
  write_percent(w, p);
}
template <class Style>
void write(Writer& w, const Money& m, const Style& style) {
  write_decimal(w, money_value(m, style.unit));
}
template <class Style>
void write(Writer& w, const Date& d, const Style&) {
  char buf[40];
  w.plain_string(std::string_view(buf, static_cast<std::size_t>(d.to_chars(buf, buf + sizeof buf) - buf)));
}
template <class Style>
void write(Writer& w, const IndicatorValue& v, const Style&) {
  w.string(v.text);
}
inline void write(Writer& w, const Category& c, const PackageStyle&) { w.string(c.label); }
void write(Writer& w, const Category& c, const ResultStyle&);

template <class E, class Style>
  requires boost::describe::has_describe_enumerators<E>::value
void write(Writer& w, E e, const Style&) {
  const char* name = boost::describe::enum_to_string(e, nullptr);
  if (name == nullptr) [[unlikely]]
    w.integer(static_cast<long long>(e));  // an enumerator describe.hpp does not list (a test catches it)
  else
    w.plain_string(name);  // C++ identifiers
}

template <class T, class Style>
void write(Writer& w, const std::optional<T>& v, const Style& style) {
  if (v) write(w, *v, style);
  else w.null();
}

template <class T, class Style>
void write(Writer& w, const std::vector<T>& v, const Style& style) {
  w.begin_array();
  for (const T& item : v) write(w, item, style);
  w.end_array();
}

/// A described member's name as the writer writes it after another member, ",\"name\":", made at
/// compile time.
template <class D>
inline constexpr std::size_t name_size = std::string_view(D::name).size();
template <class D>
inline constexpr std::array<char, name_size<D> + 4> quoted_name = [] {
  std::array<char, name_size<D> + 4> q{};
  q[0] = ',';
  q[1] = '"';
  for (std::size_t i = 0; i < name_size<D>; ++i) q[i + 2] = D::name[i];
  q[name_size<D> + 2] = '"';
  q[name_size<D> + 3] = ':';
  return q;
}();

template <class T, class Style>
void write_members(Writer& w, const T& v, const Style& style) {
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
    constexpr const auto& q = quoted_name<decltype(D)>;
    w.quoted_key(std::string_view(q.data(), q.size()));
    write(w, v.*D.pointer, style);
  });
}

template <class T, class Style>
  requires boost::describe::has_describe_members<T>::value
void write(Writer& w, const T& v, const Style& style) {
  w.begin_object();
  write_members(w, v, style);
  w.end_object();
}

/// {"format": …, "version": 1, then the members of `root`}.
template <class T, class Style>
std::string write_document(const T& root, std::string_view format, const Style& style, bool pretty,
                           std::size_t reserve) {
  Writer w(pretty, reserve);
  w.begin_object();
  w.key("format");
  w.string(format);
  w.key("version");
  w.integer(1);
  write_members(w, root, style);
  w.end_object();
  return w.take();
}

}  // namespace jixiao::json_detail

#endif  // JIXIAO_SRC_JSON_WRITE_HPP
