// Reader for the IBM General Decimal Arithmetic test vectors (*.decTest), and exact helpers to
// read a decTest number as text (sign, coefficient digits, exponent) without ever going through
// binary floating point.
//
// Format (http://speleotrove.com/decimal/dectest.html): directives `name: value`, comments from
// `--` to the end of the line, and test lines
//     id operation operand1 [operand2 ...] -> result [condition ...]
// where a token may be quoted with ' or " (a doubled quote inside stands for one quote).
#ifndef JIXIAO_TESTS_DECTEST_LOADER_HPP
#define JIXIAO_TESTS_DECTEST_LOADER_HPP

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::dectest {

/// The directives in force for a test line. Directives persist until changed.
struct Context {
  std::int64_t precision = 9;
  std::string rounding = "half_up";  ///< as written in the file, lower-cased
  std::int64_t max_exponent = 999;
  std::int64_t min_exponent = -999;
  int clamp = 0;
  int extended = 1;
};

/// One test line.
struct TestCase {
  std::string file;                     ///< base name, e.g. "add.decTest"
  int line = 0;                         ///< 1-based line number
  std::string id;                       ///< "addx001"
  std::string operation;                ///< lower-cased: "add", "tosci", ...
  std::vector<std::string> operands;    ///< quotes removed
  std::string result;                   ///< quotes removed
  std::vector<std::string> conditions;  ///< lower-cased: "inexact", "rounded", ...
  Context context;
  std::string text;                     ///< the line as written (for messages)

  bool has_condition(std::string_view lower_name) const;
};

/// Splits a line into tokens: whitespace separated, quotes honoured, `--` (unquoted) ends the line.
std::vector<std::string> tokenize(std::string_view line);

/// Reads one .decTest file; throws std::runtime_error if it cannot be read or a line is malformed.
/// `Dectest: file` directives (includes) are not followed; the vectors used here have none.
std::vector<TestCase> load_file(const std::filesystem::path& path);

/// The directory of the vectors: $JIXIAO_DECTEST_DIR if set and non-empty, else the directory
/// compiled in (JIXIAO_DECTEST_DEFAULT_DIR).
std::filesystem::path data_dir();

/// The ten files this suite runs, in report order.
const std::vector<std::string>& file_names();

// ---- decTest numbers as text --------------------------------------------------------------------

/// A finite number in decTest (General Decimal Arithmetic) syntax: sign, coefficient, exponent.
struct SciNumber {
  bool negative = false;
  std::string digits;         ///< coefficient, no leading zeros, "0" for zero
  std::int64_t exponent = 0;  ///< saturated to ±exponent_limit for absurd exponents
  bool exponent_saturated = false;

  bool is_zero() const noexcept { return digits == "0"; }
  /// Significant digits of the coefficient (1 for zero).
  int digit_count() const noexcept { return static_cast<int>(digits.size()); }
  /// The number written back as sign, coefficient and exponent: "-12345E-2".
  std::string debug_string() const;
};

inline constexpr std::int64_t exponent_limit = 1'000'000'000'000'000;  // 10^15

/// True for "NaN", "sNaN", "Inf", "Infinity" with an optional sign (case-insensitive).
bool is_special(std::string_view text) noexcept;

/// True for a "#..." operand (null / default-context / hexadecimal encodings).
bool is_null_operand(std::string_view text) noexcept;

/// Parses strict decTest numeric-string syntax (no spaces, no special values):
///   sign? ( digits ('.' digits?)? | '.' digits ) ( ('e'|'E') sign? digits )?
std::optional<SciNumber> parse_sci(std::string_view text);

/// Plain (non-exponential) text of a number whose exponent is ≤ 0, as jixiao prints it: "-0.0012",
/// "0.00". A negative zero is written without its sign (jixiao never prints "-0").
/// Precondition: n.exponent <= 0.
std::string to_plain(const SciNumber& n);

}  // namespace jixiao::dectest

#endif  // JIXIAO_TESTS_DECTEST_LOADER_HPP
