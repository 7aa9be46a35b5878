// Internal: what every audit check sees, and how it reports.
#ifndef JIXIAO_SRC_AUDIT_CONTEXT_HPP
#define JIXIAO_SRC_AUDIT_CONTEXT_HPP

#include <jixiao/audit.hpp>
#include <jixiao/text_normalize.hpp>

#include <fmt/compile.h>
#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstddef>
#include <type_traits>
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

struct Context {
  Context(const Package& p, const Policy& pol, const EvaluationResult& e, std::vector<Finding>& f)
      : package(p), policy(pol), evaluation(e), findings(f) {}

  const Package& package;
  const Policy& policy;
  const EvaluationResult& evaluation;
  std::vector<Finding>& findings;

  /// Adds a finding of rule `code` (its severity from the catalogue) at `place`.
  void report(std::string_view code, Place place, std::string zh, std::string en,
              std::optional<std::string> expected = std::nullopt,
              std::optional<std::string> found = std::nullopt) const;

  /// The package's money unit name ("万元") and an amount written in it ("211.34").
  std::string amount(const Money& m) const;
  /// "（容差 0.01 万元）" / " (tolerance 0.01 10k yuan)"
  /// (Each written once per audit, when first asked for.)
  const std::string& amount_tolerance(Lang lang) const;
  const std::string& score_tolerance(Lang lang) const;
  const std::string& rate_tolerance(Lang lang) const;
  /// Whether two amounts differ by more than the policy's amount tolerance (in the package unit).
  bool amounts_differ(const Money& a, const Money& b) const;
  bool scores_differ(const Decimal& a, const Decimal& b) const;
  bool rates_differ(const Percent& a, const Percent& b) const;

 private:
  /// The tolerance phrases: amount, score, rate × zh, en.
  mutable std::array<std::optional<std::string>, 6> tolerances_;
};

/// normalize_label(text) without a copy when there is nothing to fold: the text itself when it has
/// no byte that can start a space, a line break, U+3000, U+00A0 or a full-width form (the only
/// things normalize_label changes), else the folded text, kept in `buffer`.
inline std::string_view normalized(std::string_view text, std::string& buffer) {
  static constexpr std::array<bool, 256> may_fold = [] {
    std::array<bool, 256> t{};
    for (const std::size_t b : {0x09u, 0x0Au, 0x0Du, 0x20u, 0xC2u, 0xE3u, 0xEFu}) t[b] = true;
    return t;
  }();
  for (std::size_t i = 0; i < text.size(); ++i)
    if (may_fold[static_cast<unsigned char>(text[i])]) {
      // 、。 and the like also start with E3: look closer from the first candidate on (nothing
      // before it folds, and every folded sequence starts at such a byte)
      if (is_normalized_label(text.substr(i))) return text;
      buffer = normalize_label(text);
      return buffer;
    }
  return text;
}

/// fmt::format with a compiled format string (FMT_COMPILE), written into a stack buffer and copied
/// once into a string of the exact size (fmt::format(FMT_COMPILE(…)) grows the string as it goes).
template <class S, class... Args>
std::string compiled_format(const S& format, const Args&... args) {
  fmt::memory_buffer buffer;
  fmt::format_to(fmt::appender(buffer), format, args...);
  return std::string(buffer.data(), buffer.size());
}

namespace message_detail {

/// One argument of message() as text: strings as they are, integers written into `digits`.
struct Arg {
  std::string_view text;
  std::array<char, 24> digits{};
};
inline void set(Arg& a, std::string_view s) noexcept { a.text = s; }
inline void set(Arg& a, const std::string& s) noexcept { a.text = s; }
inline void set(Arg& a, const char* s) noexcept { a.text = s; }
template <class T>
  requires std::is_integral_v<T> && (!std::is_same_v<T, bool>) && (!std::is_same_v<T, char>)
void set(Arg& a, T v) noexcept {
  const auto r = std::to_chars(a.digits.data(), a.digits.data() + a.digits.size(), v);
  a.text = std::string_view(a.digits.data(), static_cast<std::size_t>(r.ptr - a.digits.data()));
}

}  // namespace message_detail

/// fmt::format(format, args...) for formats whose only fields are "{}" and whose arguments are
/// strings or integers: the literal parts and the arguments copied into a string of the exact
/// size (fmt's buffer copies byte by byte, which is most of a message's cost).
template <class... Args>
std::string message(std::string_view format, const Args&... args) {
  std::array<message_detail::Arg, sizeof...(Args)> a;
  std::size_t n = 0;
  (message_detail::set(a[n++], args), ...);
  (void)n;
  std::size_t size = format.size() - 2 * sizeof...(Args);
  for (const message_detail::Arg& x : a) size += x.text.size();
  std::string out;
  out.reserve(size);
  std::size_t pos = 0;
  for (const message_detail::Arg& x : a) {
    const std::size_t field = format.find("{}", pos);
    out.append(format.substr(pos, field - pos));
    out.append(x.text);
    pos = field + 2;
  }
  out.append(format.substr(pos));
  return out;
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
