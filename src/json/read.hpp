// jixiao, internal: reading the model from a parsed document, driven by Boost.Describe.
//
// `read(r, value, out)` has one overload per kind of member: strings, integers, booleans, the
// decimal types, dates, described enums and structs, optionals and vectors, plus the few model types
// that need context (Money needs the package's unit, Category its level, IndicatorValue the row's
// unit). Every failure is an Error whose Location is the JSON path of the offending value, with its
// line and column, and whose message says what was expected and what was found.
#ifndef JIXIAO_SRC_JSON_READ_HPP
#define JIXIAO_SRC_JSON_READ_HPP

#include "describe.hpp"
#include "document.hpp"
#include "../short_strings.hpp"

#include <jixiao/import_warning.hpp>
#include <jixiao/package.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace jixiao::json_detail {

/// What a reader expected, for messages: "金额（如 \"28.00\"）" / "an amount such as \"28.00\"".
struct Expected {
  std::string_view zh;
  std::string_view en;
};

class Reader {
 public:
  Reader(std::string_view source, ErrorCode code, const ReadOptions& options, std::vector<ImportWarning>& warnings)
      : source_(source), code_(code), options_(options), warnings_(warnings) {
    path_.reserve(16);
  }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  void push(std::string_view key) { path_.push_back(PathSegment{key, 0, false}); }
  void push(std::size_t index) { path_.push_back(PathSegment{{}, index, true}); }
  void pop() noexcept { path_.pop_back(); }

  MoneyUnit money_unit = MoneyUnit::wan_yuan;

  /// Throws: "<path>: 应为<expected>，实际为 <found>：<reason>".
  [[noreturn]] void fail(const Value& found, Expected expected, std::string_view reason_zh = {},
                         std::string_view reason_en = {}) const;
  /// Throws with a message of its own, prefixed with the path; located at the current path.
  [[noreturn]] void fail_with(std::string_view zh, std::string_view en, bool at_key = false) const;

  /// An object's member that no description names: a warning, or, in strict mode, an error that
  /// finish() throws for the first one in the text.
  void unknown_field(std::string_view key);
  /// Gives the warnings their line and column, in one pass over the source, and puts them in the
  /// order of the text; in strict mode throws for the first. Call once, at the end.
  void finish();

  /// Location of the current path (value position, or the member's name when at_key).
  Location here(bool at_key = false) const { return locate(source_, path_, at_key); }
  const std::vector<PathSegment>& path() const noexcept { return path_; }
  std::string_view source() const noexcept { return source_; }
  ErrorCode code() const noexcept { return code_; }

  const Value& object_of(const Value& v) const {
    if (const Value* o = v.if_object()) [[likely]]
      return *o;
    fail(v, {"对象", "an object"});
  }

 private:
  std::string_view source_;
  ErrorCode code_;
  const ReadOptions& options_;
  std::vector<ImportWarning>& warnings_;  ///< empty when reading starts
  std::vector<std::string> unknown_keys_;  ///< the name of each warning, as shown
  std::vector<PathSegment> path_;
};

/// Pushes a path segment for the duration of a scope.
class Scope {
 public:
  Scope(Reader& r, std::string_view key) : r_(r) { r.push(key); }
  Scope(Reader& r, std::size_t index) : r_(r) { r.push(index); }
  ~Scope() { r_.pop(); }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  Reader& r_;
};

/// "" and cells that hold only dashes ("—", "——", "-", "－") after spaces are trimmed.
bool is_blank_cell(std::string_view text) noexcept;

// ---- scalars ------------------------------------------------------------------------------------
void read(Reader& r, const Value& v, std::string& out);
void read(Reader& r, const Value& v, int& out);
void read(Reader& r, const Value& v, bool& out);
void read(Reader& r, const Value& v, Decimal& out);
void read(Reader& r, const Value& v, Money& out);
void read(Reader& r, const Value& v, Percent& out);
void read(Reader& r, const Value& v, Date& out);
void read(Reader& r, const Value& v, MoneyUnit& out);
void read(Reader& r, const Value& v, RoundingMode& out);
void read(Reader& r, const Value& v, Category& out);        // the label; the id in post_read
void read(Reader& r, const Value& v, IndicatorValue& out);  // the text; parsed in post_read

/// Types whose optional may also be written as a blank cell ("" or dashes).
template <class T>
inline constexpr bool blank_means_empty =
    std::is_same_v<T, Decimal> || std::is_same_v<T, Money> || std::is_same_v<T, Percent> || std::is_same_v<T, Date>;

[[noreturn]] void fail_enum(Reader& r, const Value& v, std::span<const std::string_view> names);

template <class E>
  requires boost::describe::has_describe_enumerators<E>::value
void read(Reader& r, const Value& v, E& out) {
  if (is_text(v)) {
    const std::string_view name = text_of(v);
    bool found = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
      if (!found && name == D.name) {
        out = D.value;
        found = true;
      }
    });
    if (found) [[likely]]
      return;
  }
  std::vector<std::string_view> names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { names.emplace_back(D.name); });
  fail_enum(r, v, names);
}

template <class T>
void read(Reader& r, const Value& v, std::optional<T>& out) {
  if (v.is_null()) {
    out.reset();
    return;
  }
  if constexpr (blank_means_empty<T>) {
    if (is_text(v) && is_blank_cell(text_of(v))) {
      out.reset();
      return;
    }
  }
  read(r, v, out.emplace());
}

template <class T>
void read(Reader& r, const Value& v, std::vector<T>& out) {
  const Value* a = v.if_array();
  if (a == nullptr) [[unlikely]]
    r.fail(v, {"数组", "an array"});
  out.clear();
  out.reserve(a->size());
  std::size_t i = 0;
  for (const Value& element : a->elements()) {
    Scope s(r, i++);
    read(r, element, out.emplace_back());
  }
}

// ---- described structs --------------------------------------------------------------------------

/// After a struct's members: what needs several members or the object itself.
template <class T>
void post_read(Reader&, const Value&, T&) {}
void post_read(Reader& r, const Value& o, Indicator& out);
void post_read(Reader& r, const Value& o, IndicatorGroup& out);
void post_read(Reader& r, const Value& o, IndicatorSection& out);

/// A described struct's members as a table: name and reader, in declaration order.
template <class T>
struct MemberEntry {
  std::string_view name;
  void (*read)(Reader&, const Value&, T&);
  void (*reset)(T&);
};

template <class T, class D>
void read_member(Reader& r, const Value& v, T& out) {
  read(r, v, out.*D::pointer);
}

template <class T, class D>
void reset_member(T& out) {
  out.*D::pointer = std::remove_cvref_t<decltype(out.*D::pointer)>{};
}

template <class T, class... D>
constexpr std::array<MemberEntry<T>, sizeof...(D)> make_member_table(boost::mp11::mp_list<D...>) {
  return {{MemberEntry<T>{D::name, &read_member<T, D>, &reset_member<T, D>}...}};
}

template <class T>
inline constexpr auto member_table = make_member_table<T>(
    boost::mp11::mp_rename<boost::describe::describe_members<T, boost::describe::mod_public>, boost::mp11::mp_list>{});

/// Reads every described member present in `o` (absent and null members keep their defaults) and
/// reports the members no description names, apart from `also_known`. One pass over the object:
/// each name is first compared with the member that follows the previous one, so that a document
/// in declaration order (as the writers write it) costs one comparison per member. A name written
/// twice counts once, with its last value (as JSON parsers commonly do).
template <class T>
void read_members(Reader& r, const Value& o, T& out, std::initializer_list<std::string_view> also_known = {}) {
  constexpr const auto& table = member_table<T>;
  constexpr std::size_t n = table.size();
  static_assert(n <= 64, "read_members marks the members seen in 64 bits");
  std::uint64_t seen = 0;
  std::size_t next = 0;
  for (const Member kv : o.members()) {
    const std::string_view key = kv.key();
    std::size_t k = next < n && detail::equal_short(table[next].name, key) ? next : n;
    if (k == n) [[unlikely]] {
      for (std::size_t j = 0; j < n; ++j)
        if (detail::equal_short(table[j].name, key)) {
          k = j;
          break;
        }
      if (k == n) {
        bool known = false;
        for (const std::string_view a : also_known) known = known || a == key;
        if (!known && o.if_contains(key) == &kv.value()) r.unknown_field(key);  // reported once, at the last
        continue;
      }
    }
    next = k + 1;
    if (seen >> k & 1) [[unlikely]]
      table[k].reset(out);  // the same name again: the last one counts
    seen |= std::uint64_t{1} << k;
    if (kv.value().is_null()) continue;
    Scope s(r, table[k].name);
    table[k].read(r, kv.value(), out);
  }
}

template <class T>
  requires boost::describe::has_describe_members<T>::value
void read(Reader& r, const Value& v, T& out) {
  const Value& o = r.object_of(v);
  read_members(r, o, out);
  post_read(r, o, out);
}

/// Checks "format" and "version" of a document's root object.
void check_header(Reader& r, const Value& root, std::string_view format);
/// The root object, or an error when the document is something else.
const Value& root_object(Reader& r, const Value& root, std::string_view format);

/// Reads a whole document of `format`: skips a byte order mark, parses, checks the header, lets
/// read_root(reader, root object) read the members, then finishes (unknown fields reported as
/// warnings, or the first as an error in strict mode). Returns the text as parsed (no BOM), which
/// errors found later are located in.
template <class ReadRoot>
std::string_view read_document(std::string_view json, std::string_view format, ErrorCode code,
                               const ReadOptions& options, std::vector<ImportWarning>& warnings,
                               ReadRoot&& read_root, Utf8Check utf8 = Utf8Check::needed) {
  json = strip_bom(json);
  Document doc(json.size());
  parse_document(json, doc, utf8);
  Reader r(json, code, options, warnings);
  read_root(r, root_object(r, doc.root(), format));
  r.finish();
  return json;
}

/// The whole file, or Error(io_error).
std::string read_file(const std::string& path);

}  // namespace jixiao::json_detail

#endif  // JIXIAO_SRC_JSON_READ_HPP
