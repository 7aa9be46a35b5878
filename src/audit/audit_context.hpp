// Internal: what every audit check sees, and how it reports.
#ifndef JIXIAO_SRC_AUDIT_CONTEXT_HPP
#define JIXIAO_SRC_AUDIT_CONTEXT_HPP

#include <jixiao/audit.hpp>
#include <jixiao/text_normalize.hpp>

#include "../normalized_label.hpp"
#include "finding_collector.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <compare>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::audit_detail {

/// The place a finding is about.
struct Place {
  std::string form;       ///< "package", "basic_data", "department", "project", "report"
  std::string form_name;
  std::string row;
  std::string field;
  std::string path;
};

/// A format string as a template argument: message<"…{}…">(args…) splits it at compile time.
template <std::size_t N>
struct Literal {
  char text[N];
  consteval Literal(const char (&s)[N]) {  // NOLINT: implicit, for message<"…">
    for (std::size_t i = 0; i < N; ++i) text[i] = s[i];
  }
  constexpr std::string_view view() const { return {text, N - 1}; }
};

/// A Decimal written once, as Decimal::to_string writes it, for the messages and values that quote
/// it (each to_chars call costs about as much as the copies it saves).
class Num {
 public:
  explicit Num(const Decimal& d) noexcept
      : size_(static_cast<std::size_t>(d.to_chars(text_.data(), text_.data() + text_.size()) - text_.data())) {}
  std::string_view view() const noexcept { return {text_.data(), size_}; }
  std::string str() const { return std::string(view()); }

 private:
  std::array<char, 64> text_;
  std::size_t size_;
};

namespace message_detail {

/// One argument of message() as text: strings as they are, integers written into `digits`.
struct Arg {
  std::string_view text;
  std::array<char, 64> digits;  // written by set() before it is read (a Decimal needs up to 64)
};
inline void set(Arg& a, std::string_view s) noexcept { a.text = s; }
inline void set(Arg& a, const std::string& s) noexcept { a.text = s; }
inline void set(Arg& a, const char* s) noexcept { a.text = s; }
inline void set(Arg& a, const Num& n) noexcept { a.text = n.view(); }
/// A Decimal as num() writes it (Decimal::to_string), without a string of its own.
inline void set(Arg& a, const Decimal& d) noexcept {
  a.text = std::string_view(a.digits.data(),
                            static_cast<std::size_t>(d.to_chars(a.digits.data(), a.digits.data() + a.digits.size()) -
                                                     a.digits.data()));
}
template <class T>
  requires std::is_integral_v<T> && (!std::is_same_v<T, bool>) && (!std::is_same_v<T, char>)
void set(Arg& a, T v) noexcept {
  if (static_cast<std::make_unsigned_t<T>>(v) < 10) {  // an index: most are one digit (negatives wrap above)
    a.digits[0] = static_cast<char>('0' + v);
    a.text = std::string_view(a.digits.data(), 1);
    return;
  }
  const auto r = std::to_chars(a.digits.data(), a.digits.data() + a.digits.size(), v);
  a.text = std::string_view(a.digits.data(), static_cast<std::size_t>(r.ptr - a.digits.data()));
}

/// The literal parts of a format around its "{}" fields: K fields give K + 1 parts.
template <std::size_t K>
struct Parts {
  std::array<std::size_t, K + 1> begin{}, size{};
  std::size_t total = 0;  ///< the literal parts' bytes
};

template <Literal F, std::size_t K>
consteval Parts<K> split() {
  Parts<K> p;
  const std::string_view f = F.view();
  std::size_t from = 0, k = 0;
  for (std::size_t i = 0; i + 1 < f.size(); ++i)
    if (f[i] == '{' && f[i + 1] == '}') {
      if (k == K) throw "more {} fields than arguments";
      p.begin[k] = from;
      p.size[k] = i - from;
      ++k;
      from = i + 2;
      ++i;
    } else if (f[i] == '{' || (f[i] == '}' && f[i + 1] == '}')) {
      throw "only {} fields";
    }
  if (k != K) throw "fewer {} fields than arguments";
  p.begin[K] = from;
  p.size[K] = f.size() - from;
  for (const std::size_t n : p.size) p.total += n;
  return p;
}

}  // namespace message_detail

/// fmt::format(F, args...) for a format whose only fields are "{}" (checked at compile time, as is
/// the number of arguments) and whose arguments are strings, integers, Decimals or Nums: written at
/// room(size), which returns where the message's `size` bytes go (and must not move the
/// arguments). The literal parts and the arguments are copied in at the exact size (fmt copies byte
/// by byte, which was most of a message's cost).
template <Literal F, class Room, class... Args>
void write_message(Room room, const Args&... args) {
  static constexpr auto parts = message_detail::split<F, sizeof...(Args)>();
  constexpr std::size_t k_last = sizeof...(Args);
  std::array<message_detail::Arg, sizeof...(Args)> a;
  std::size_t n = 0;
  (message_detail::set(a[n++], args), ...);
  (void)n;
  std::size_t size = parts.total;
  for (const message_detail::Arg& x : a) size += x.text.size();
  char* to = room(size);
  // unrolled: the literal parts have sizes known at compile time, so their copies are inlined
  [&]<std::size_t... K>(std::index_sequence<K...>) {
    ((std::memcpy(to, F.text + parts.begin[K], parts.size[K]), to += parts.size[K],
      std::memcpy(to, a[K].text.data(), a[K].text.size()), to += a[K].text.size()),
     ...);
  }(std::make_index_sequence<sizeof...(Args)>{});
  std::memcpy(to, F.text + parts.begin[k_last], parts.size[k_last]);
}

/// write_message() into a new string.
template <Literal F, class... Args>
std::string message(const Args&... args) {
  std::string out;
  write_message<F>(
      [&](std::size_t size) {
        out.resize(size);
        return out.data();
      },
      args...);
  return out;
}

/// write_message() as text `t` of the finding `findings` is writing.
template <Literal F, class... Args>
void write_text(FindingCollector& findings, FindingCollector::Text t, const Args&... args) {
  write_message<F>([&](std::size_t size) { return findings.reserve(t, size); }, args...);
}

/// The finding Context::add() started: its messages and values are written straight into the
/// collector, in this order: zh, en, expected, found (writing one before another that is already
/// written throws std::logic_error; one not written is empty, or absent for expected and found).
class FindingDraft {
 public:
  explicit FindingDraft(FindingCollector& findings) noexcept : findings_(findings) {}

  template <Literal F, class... Args>
  void zh(const Args&... args) {
    write_text<F>(findings_, FindingCollector::Text::zh, args...);
  }
  template <Literal F, class... Args>
  void en(const Args&... args) {
    write_text<F>(findings_, FindingCollector::Text::en, args...);
  }
  void expected(std::string_view value) { findings_.write(FindingCollector::Text::expected, value); }
  void found(std::string_view value) { findings_.write(FindingCollector::Text::found, value); }

 private:
  FindingCollector& findings_;
};

struct Context {
  Context(const Package& p, const Policy& pol, const EvaluationResult& e, FindingCollector& f)
      : package(p), policy(pol), evaluation(e), findings(f) {}
  Context(const Context&) = delete;

  const Package& package;
  const Policy& policy;
  const EvaluationResult& evaluation;
  /// The findings so far, one list per severity in the order found (the result lists the errors,
  /// then the warnings, then the infos).
  FindingCollector& findings;

  /// The findings of severity `s` so far, the one being written among them.
  std::vector<FindingCollector::Record>& list(Severity s) const {
    findings.finish();
    return findings.list(s);
  }

  /// Adds a finding of rule `code` (its severity from the catalogue) at `place`.
  void report(std::string_view code, const Place& place, std::string_view zh, std::string_view en,
              std::optional<std::string_view> expected = std::nullopt,
              std::optional<std::string_view> found = std::nullopt) const;

  /// Starts a finding of rule `code` (its severity from the catalogue) on the department's form (no
  /// `project`) or a project's, at the JSON path message<Path>(path...), and returns it for the caller
  /// to write the messages and values into, until the next finding (it joins its list then, or at
  /// list()).
  template <Literal Path, class... Args>
  FindingDraft add(std::string_view code, std::optional<std::size_t> project, std::string_view row,
                    std::string_view field, const Args&... path) const {
    start(code, project, row, field);
    write_text<Path>(findings, FindingCollector::Text::path, path...);
    return FindingDraft(findings);
  }

  /// The package's money unit name ("万元") and an amount written in it ("211.34").
  std::string amount(const Money& m) const;
  /// "（容差 0.01 万元）" / " (tolerance 0.01 10k yuan)"
  /// (Written once per thread and tolerance, not once per finding; valid until the policy's
  /// tolerance changes.)
  const std::string& amount_tolerance(Lang lang) const;
  const std::string& score_tolerance(Lang lang) const;
  const std::string& rate_tolerance(Lang lang) const;
  /// Whether two amounts differ by more than the policy's amount tolerance (in the package unit).
  bool amounts_differ(const Money& a, const Money& b) const;
  bool scores_differ(const Decimal& a, const Decimal& b) const;
  bool rates_differ(const Percent& a, const Percent& b) const;

 private:
  /// Starts the finding of add(), its place but the path written.
  void start(std::string_view code, std::optional<std::size_t> project, std::string_view row,
             std::string_view field) const;
};

/// a <=> b for Decimals without compare_slow in the common cases: the same scale, or scales at most
/// 18 apart with the coarser coefficient within 64 bits (then coarse · 10^gap is exact in 128 bits:
/// below 2^63 · 10^18 < 2^127). The same answer as operator<=>.
inline std::weak_ordering compare(const Decimal& a, const Decimal& b) noexcept {
  const int sa = a.scale(), sb = b.scale();
  int128 x = a.coefficient(), y = b.coefficient();
  if (sa != sb) {
    const bool a_finer = sa > sb;
    const int gap = a_finer ? sa - sb : sb - sa;
    int128& coarse = a_finer ? y : x;
    if (gap > 18 || coarse != static_cast<std::int64_t>(coarse)) return detail::compare_slow(a, b);
    coarse = static_cast<int128>(static_cast<std::int64_t>(coarse)) *
             static_cast<std::int64_t>(detail::pow10_u64[gap]);
  }
  return x < y ? std::weak_ordering::less : x > y ? std::weak_ordering::greater : std::weak_ordering::equivalent;
}
inline bool less(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) < 0; }
inline bool greater(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) > 0; }

// Defined here so the per-row tests inline it.
inline bool Context::scores_differ(const Decimal& a, const Decimal& b) const {
  // the same number written alike (the common case: full marks) differs by 0: more than the
  // tolerance only if the tolerance is negative
  const Decimal& t = policy.tolerances.score;
  if (a.scale() == b.scale() && a.coefficient() == b.coefficient()) return t.is_negative();
  // |a − b| > t in 128-bit integers, all three at the finest of their scales, when the coefficients fit
  // in 64 bits and the scales are at most 18 apart (each aligned value below 2^63 · 10^18 < 2^123)
  const auto fits = [](const Decimal& d) { return d.coefficient() == static_cast<std::int64_t>(d.coefficient()); };
  const int fine = std::max({a.scale(), b.scale(), t.scale()});
  const int coarse = std::min({a.scale(), b.scale(), t.scale()});
  if (fine - coarse <= 18 && fits(a) && fits(b) && fits(t)) {
    const auto at_fine = [fine](const Decimal& d) {
      return static_cast<int128>(static_cast<std::int64_t>(d.coefficient())) *
             static_cast<std::int64_t>(detail::pow10_u64[fine - d.scale()]);
    };
    int128 d = at_fine(a) - at_fine(b);
    if (d < 0) d = -d;
    return d > at_fine(t);
  }
  return greater((a - b).abs(), t);
}

// normalized(): src/normalized_label.hpp, shared with normalize_label.
using detail::normalized;

/// trim(text), answered from the first and last bytes when neither can be part of a space or a line
/// break (a leading one starts with 09 0A 0D 20, C2 or E3; a trailing one ends with 09 0A 0D 20, 80
/// or A0).
inline std::string_view trimmed(std::string_view text) noexcept {
  if (text.empty()) return text;
  const auto first = static_cast<unsigned char>(text.front());
  const auto last = static_cast<unsigned char>(text.back());
  const auto ascii_space = [](unsigned char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r'; };
  if (!ascii_space(first) && first != 0xC2 && first != 0xE3 && !ascii_space(last) && last != 0x80 && last != 0xA0)
    return text;
  return trim(text);
}

/// The first character of `text` is an ideograph (U+4E00–9FFF) outside 指标值待定填补充略: then
/// jixiao::is_placeholder(text) is false (it says so itself after the same test on every character).
inline bool surely_not_placeholder(std::string_view text) noexcept {
  if (text.size() < 3) return false;
  const auto b0 = static_cast<unsigned char>(text[0]);
  const auto b1 = static_cast<unsigned char>(text[1]);
  const auto b2 = static_cast<unsigned char>(text[2]);
  if (b0 < 0xE4 || b0 > 0xE9 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
  const char32_t cp = static_cast<char32_t>((b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu));
  constexpr std::u32string_view placeholder_ideographs = U"指标值待定填补充略";
  return cp >= 0x4E00 && placeholder_ideographs.find(cp) == std::u32string_view::npos;
}

/// trim(text).empty(), answered from the first byte when it cannot start a space or a line break
/// (ASCII space, tab, CR, LF, U+3000 = E3 80 80, U+00A0 = C2 A0).
inline bool is_blank(std::string_view text) noexcept {
  if (text.empty()) return true;
  const auto b = static_cast<unsigned char>(text.front());
  if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0xE3 && b != 0xC2) return false;
  return trim(text).empty();
}

/// The places of the package's forms, for the checks that walk them.
Place department_place(const Package& p, std::string row = {}, std::string field = {}, std::string path = {});
Place project_place(const Package& p, std::size_t index, std::string row = {}, std::string field = {},
                    std::string path = {});

// The checks, one file per group (src/audit/<group>.cpp).
void check_arithmetic(const Context& c);    // JX-A..
void check_weights(const Context& c);       // JX-W..
void check_scoring(const Context& c);       // JX-S..
void check_quality(const Context& c);       // JX-Q..
void check_completeness(const Context& c);  // JX-C..
void check_cross_form(const Context& c);    // JX-X..
void check_narrative(const Context& c);     // JX-N..

}  // namespace jixiao::audit_detail

#endif  // JIXIAO_SRC_AUDIT_CONTEXT_HPP
