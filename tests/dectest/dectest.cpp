// The IBM General Decimal Arithmetic test vectors (decTest) run against jixiao::Decimal.
//
// decTest describes floating-point decimal arithmetic with a context precision (often 9 digits),
// an exponent range, NaN and infinities. jixiao is exact fixed point: a coefficient of up to 38
// digits and a scale 0..38. Each case is run when its claim can be stated for fixed point (see
// README.md in this directory); every other case is skipped and counted under a reason. A case
// that is run and disagrees is a failure, printed with its id, input, expected and actual result.
//
// No binary floating point is used anywhere: numbers are read and compared as text, integers and
// jixiao Decimals; the independent reference for exact results is Boost's cpp_int.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "dectest_loader.hpp"

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/rounding_mode.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

namespace jd = jixiao::dectest;
using jixiao::Decimal;
using jixiao::Error;
using jixiao::ErrorCode;
using jixiao::int128;
using jixiao::RoundingMode;
using BigInt = boost::multiprecision::cpp_int;

constexpr int kMaxDigits = Decimal::max_digits;  // 38
constexpr int kMaxScale = Decimal::max_scale;    // 38
constexpr std::size_t kFailuresShown = 20;

// ---- small exact helpers ------------------------------------------------------------------------

std::string to_string_i128(int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  std::string out;
  while (v != 0) {
    int digit = static_cast<int>(v % 10);
    if (digit < 0) digit = -digit;
    out.insert(out.begin(), static_cast<char>('0' + digit));
    v /= 10;
  }
  if (negative) out.insert(out.begin(), '-');
  return out;
}

int digit_count(int128 v) {
  if (v < 0) v = -v;
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

/// Parses ≤ 38 decimal digits (no sign) into an int128.
int128 digits_to_i128(const std::string& digits) {
  int128 v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

BigInt pow10_big(std::int64_t n) {
  BigInt r = 1;
  for (std::int64_t i = 0; i < n; ++i) r *= 10;
  return r;
}

std::string error_name(ErrorCode code) { return std::string(jixiao::error_code_name(code)); }

std::string describe(const Decimal& d) {
  std::string text;
  try {
    text = d.to_string();
  } catch (const std::exception& e) {
    text = std::string("<to_string threw: ") + e.what() + ">";
  }
  return text + " (coefficient " + to_string_i128(d.coefficient()) + ", scale " + std::to_string(d.scale()) +
         ")";
}

std::string describe(const Error& e) { return "Error(" + error_name(e.code()) + "): " + e.message(jixiao::Lang::en); }

bool identical(const Decimal& a, const Decimal& b) {
  return a.coefficient() == b.coefficient() && a.scale() == b.scale();
}

std::optional<RoundingMode> mode_of(const std::string& name) {
  if (name == "half_up") return RoundingMode::half_up;
  if (name == "half_even") return RoundingMode::half_even;
  if (name == "half_down") return RoundingMode::half_down;
  if (name == "up") return RoundingMode::up;
  if (name == "down") return RoundingMode::down;
  if (name == "ceiling") return RoundingMode::ceiling;
  if (name == "floor") return RoundingMode::floor;
  return std::nullopt;  // "05up" has no jixiao counterpart
}

// ---- a decTest number in jixiao's representation ----------------------------------------------

/// The exact value of a decTest number written as jixiao would hold it: a positive exponent is
/// folded into the coefficient (scale 0), since jixiao has no negative scale.
struct Exact {
  BigInt coef;
  std::int64_t scale = 0;
};

Exact fixed_point_form(const jd::SciNumber& n) {
  Exact e;
  e.coef = BigInt(n.digits);
  if (n.exponent > 0) {
    e.coef *= pow10_big(n.exponent);
    e.scale = 0;
  } else {
    e.scale = -n.exponent;
  }
  if (n.negative) e.coef = -e.coef;
  return e;
}

bool in_range(const Exact& e) {
  static const BigInt limit = pow10_big(kMaxDigits);  // |coefficient| < 10^38
  return e.scale >= 0 && e.scale <= kMaxScale && BigInt(abs(e.coef)) < limit;
}

bool same(const Decimal& d, const Exact& e) {
  return BigInt(to_string_i128(d.coefficient())) == e.coef && d.scale() == e.scale;
}

/// 10^k as a Decimal (scale 0), 0 ≤ k ≤ 37.
Decimal pow10_decimal(int k) {
  return Decimal::from_coefficient(digits_to_i128("1" + std::string(static_cast<std::size_t>(k), '0')), 0);
}

std::string describe(const Exact& e) {
  return "coefficient " + e.coef.str() + ", scale " + std::to_string(e.scale);
}

enum class Fit { yes, no, zero_out_of_scale };

/// Whether a decTest operand has a fixed-point form jixiao must accept; why not otherwise.
Fit fits(const jd::SciNumber& n, std::string* why) {
  if (n.is_zero()) {
    // 0E+5 is 0 and 0E-50 is 0 too, but written with an exponent jixiao cannot hold: either an
    // acceptance (as 0) or a rejection is a reasonable design.
    if (n.exponent > 0 || n.exponent < -kMaxScale) {
      *why = n.exponent > 0 ? "operand: zero with a positive exponent" : "operand: zero with scale > 38";
      return Fit::zero_out_of_scale;
    }
    return Fit::yes;
  }
  if (n.exponent > 0) {
    if (n.exponent_saturated || n.digit_count() + n.exponent > kMaxDigits) {
      *why = "operand beyond fixed point: magnitude >= 10^38";
      return Fit::no;
    }
    return Fit::yes;
  }
  if (n.exponent_saturated || -n.exponent > kMaxScale) {
    *why = "operand beyond fixed point: scale > 38";
    return Fit::no;
  }
  if (n.digit_count() > kMaxDigits) {
    *why = "operand beyond fixed point: more than 38 digits";
    return Fit::no;
  }
  return Fit::yes;
}

/// The decTest number as a jixiao Decimal built with from_coefficient, if it fits.
std::optional<Decimal> to_decimal(const jd::SciNumber& n) {
  std::string why;
  if (n.is_zero()) return Decimal::from_coefficient(0, n.exponent < 0 && n.exponent >= -kMaxScale
                                                           ? static_cast<int>(-n.exponent) : 0);
  if (fits(n, &why) != Fit::yes) return std::nullopt;
  const Exact e = fixed_point_form(n);
  return Decimal::from_coefficient(digits_to_i128(BigInt(abs(e.coef)).str()) * (e.coef < 0 ? -1 : 1),
                                   static_cast<int>(e.scale));
}

// ---- verdicts and tallies -----------------------------------------------------------------------

enum class Kind { pass, fail, skip };

struct Verdict {
  Kind kind = Kind::pass;
  std::string label;  ///< skip reason, or what went wrong for a failure
  std::string expected;
  std::string got;
  std::vector<std::string> notes;  ///< how a passing case was checked (counted separately)
};

Verdict skip(std::string reason) { return Verdict{Kind::skip, std::move(reason), {}, {}, {}}; }
Verdict fail(std::string why, std::string expected, std::string got) {
  return Verdict{Kind::fail, std::move(why), std::move(expected), std::move(got), {}};
}
Verdict pass(std::vector<std::string> notes = {}) { return Verdict{Kind::pass, {}, {}, {}, std::move(notes)}; }

struct FailureRecord {
  std::string where;  ///< "add.decTest:27"
  std::string id;
  std::string text;   ///< the test line
  std::string why;
  std::string expected;
  std::string got;
};

struct FileResult {
  std::string name;
  std::string load_error;
  std::size_t total = 0;
  std::size_t checked = 0;  ///< run and agreed
  std::size_t failed = 0;   ///< run and disagreed
  std::map<std::string, std::size_t> skipped;
  std::map<std::string, std::size_t> notes;
  std::vector<FailureRecord> failures;   ///< the first kFailuresShown
  std::vector<std::string> lenient;      ///< base: inputs decTest rejects and jixiao accepts
  std::size_t skipped_total() const {
    std::size_t n = 0;
    for (const auto& [reason, count] : skipped) n += count;
    return n;
  }
};

enum class Variant { normal, quantize_unnecessary };

// ---- the checks ---------------------------------------------------------------------------------

const std::vector<std::string>& unusual_conditions() {
  // In the order used to name the skip reason when several are present.
  static const std::vector<std::string> names = {
      "invalid_operation", "division_undefined", "division_by_zero", "division_impossible",
      "conversion_syntax", "overflow",           "underflow",        "subnormal",
      "clamped",           "insufficient_storage", "invalid_context", "lost_digits"};
  return names;
}

/// The first condition other than Inexact and Rounded, or "" when there is none.
std::string unusual_condition(const jd::TestCase& tc) {
  for (const auto& name : unusual_conditions())
    if (tc.has_condition(name)) return name;
  for (const auto& c : tc.conditions)
    if (c != "inexact" && c != "rounded") return c;
  return {};
}

struct Operand {
  jd::SciNumber sci;
  Decimal value;
};

/// Reads an operand both ways (decTest syntax by the harness, fixed point by try_parse_scientific)
/// and checks that they agree. Returns a verdict when the case cannot go on.
std::optional<Verdict> load_operand(const std::string& text, Operand& out) {
  const auto sci = jd::parse_sci(text);
  if (!sci) return fail("harness cannot read the operand as a decTest number", "", "'" + text + "'");
  out.sci = *sci;
  jixiao::ParseError perr;
  const auto parsed = Decimal::try_parse_scientific(text, &perr);
  std::string why;
  switch (fits(*sci, &why)) {
    case Fit::yes: {
      if (!parsed)
        return fail("try_parse_scientific rejected an operand that fits fixed point",
                    "'" + text + "' = " + describe(*to_decimal(*sci)),
                    "ParseError " + error_name(perr.code) + " reason " +
                        std::to_string(static_cast<int>(perr.reason)) + " column " + std::to_string(perr.column));
      const Exact want = fixed_point_form(*sci);
      if (!same(*parsed, want))
        return fail("try_parse_scientific read the operand wrongly", "'" + text + "' = " + describe(want),
                    describe(*parsed));
      if (parsed->precision() != digit_count(parsed->coefficient()))
        return fail("Decimal::precision() differs from the coefficient's digit count",
                    std::to_string(digit_count(parsed->coefficient())), std::to_string(parsed->precision()));
      out.value = *parsed;
      return std::nullopt;
    }
    case Fit::no:
      if (parsed)
        return fail("try_parse_scientific accepted an operand beyond fixed point (" + why + ")",
                    "ParseError", describe(*parsed));
      return skip(why);
    case Fit::zero_out_of_scale:
      if (!parsed) return skip(why + ", rejected");
      if (!parsed->is_zero())
        return fail("try_parse_scientific read a zero as non-zero", "0", describe(*parsed));
      out.value = *parsed;
      return std::nullopt;
  }
  return fail("harness: unreachable", "", "");
}

/// Compares an exact jixiao result with a decTest result that is the exact result rounded to the
/// context precision. `value_only_reason` is set when the expected's exponent does not carry
/// decTest's exponent of the result in jixiao terms (an operand written with a positive exponent,
/// or engineering notation): then only the value counts, and the reason is counted as a note.
Verdict check_rounded_result(const Decimal& exact, const jd::SciNumber& expected, const jd::TestCase& tc,
                             RoundingMode mode, const std::string& value_only_reason = {}) {
  std::vector<std::string> notes;
  const std::int64_t precision = tc.context.precision;
  const int digits = digit_count(exact.coefficient());
  Decimal y = exact;
  bool value_only = !value_only_reason.empty() || expected.exponent > 0;
  const std::string want_text = expected.debug_string();
  try {
    if (digits > precision) {
      // Round to `precision` significant digits: the scale that keeps that many digits.
      std::int64_t s1 = exact.scale() - (digits - precision);
      if (s1 >= 0) {
        y = exact.round(static_cast<int>(s1), mode);
        if (digit_count(y.coefficient()) > precision) {  // 9.9999 → 10.00: one digit too many,
          if (s1 >= 1) {                                   // decTest drops the trailing zero
            y = y.round(static_cast<int>(s1 - 1), mode);
          } else {
            value_only = true;
          }
        }
        notes.emplace_back("precision-rounding emulated with round()");
      } else {
        // The rounded result has a positive exponent: round to a multiple of 10^k through
        // divide(10^k, 0, mode) * 10^k, and compare values only.
        const Decimal p10 = pow10_decimal(static_cast<int>(-s1));
        y = exact.divide(p10, 0, mode) * p10;
        value_only = true;
        notes.emplace_back("precision-rounding to a positive exponent emulated with divide() (value only)");
      }
    }
  } catch (const Error& e) {
    return fail("emulating the precision rounding threw", want_text, describe(e));
  }
  // Inexact must be reported exactly when the rounding changed the value.
  if (tc.has_condition("inexact") != (y != exact))
    return fail(tc.has_condition("inexact") ? "decTest says Inexact but the rounding lost nothing"
                                            : "decTest says exact but the rounding changed the value",
                want_text, describe(y) + " from exact " + describe(exact));
  const auto want = to_decimal(expected);
  if (!want) return fail("expected result does not fit fixed point", want_text, describe(y));
  if (expected.negative && expected.is_zero()) notes.emplace_back("-0 expected, jixiao 0 (normalised)");
  if (value_only) {
    if (y != *want) return fail("value differs", describe(*want), describe(y));
    if (expected.exponent > 0) notes.emplace_back("positive exponent: value-only check");
    else if (!value_only_reason.empty()) notes.push_back(value_only_reason);
    return pass(std::move(notes));
  }
  if (!identical(y, *want)) return fail("value or scale differs", describe(*want), describe(y));
  return pass(std::move(notes));
}

std::optional<jd::SciNumber> expected_number(const jd::TestCase& tc, Verdict& v) {
  if (jd::is_special(tc.result)) {
    v = skip("non-finite result expected");
    return std::nullopt;
  }
  auto n = jd::parse_sci(tc.result);
  if (!n) v = fail("harness cannot read the expected result", tc.result, "");
  return n;
}

Verdict run_arithmetic(const jd::TestCase& tc, const Operand& a, const Operand& b, RoundingMode mode) {
  if (auto c = unusual_condition(tc); !c.empty()) return skip("condition: " + c);
  Verdict v;
  const auto expected = expected_number(tc, v);
  if (!expected) return v;

  // Independent exact result (cpp_int), in jixiao's representation.
  const Exact ea = fixed_point_form(a.sci), eb = fixed_point_form(b.sci);
  Exact ref;
  std::int64_t ideal_exponent = 0;  // decTest's exponent for the exact result
  if (tc.operation == "multiply") {
    ref.coef = ea.coef * eb.coef;
    ref.scale = ea.scale + eb.scale;
    ideal_exponent = a.sci.exponent + b.sci.exponent;
  } else {
    ref.scale = std::max(ea.scale, eb.scale);
    const BigInt ca = ea.coef * pow10_big(ref.scale - ea.scale), cb = eb.coef * pow10_big(ref.scale - eb.scale);
    ref.coef = tc.operation == "add" ? BigInt(ca + cb) : BigInt(ca - cb);
    ideal_exponent = std::min(a.sci.exponent, b.sci.exponent);
  }
  const bool fits_range = in_range(ref);

  Decimal r;
  try {
    if (tc.operation == "add") r = a.value + b.value;
    else if (tc.operation == "subtract") r = a.value - b.value;
    else r = a.value * b.value;
  } catch (const Error& e) {
    if (e.code() == ErrorCode::out_of_range && !fits_range)
      return skip("exact result beyond 38 digits / scale 38 (out_of_range thrown)");
    return fail("operation threw", describe(ref), describe(e));
  } catch (const std::exception& e) {
    return fail("operation threw a non-jixiao exception", describe(ref), e.what());
  }
  if (!fits_range) return fail("exact result beyond range, yet no out_of_range", "Error(out_of_range)", describe(r));
  if (!same(r, ref)) return fail("exact result differs from the cpp_int reference", describe(ref), describe(r));
  return check_rounded_result(r, *expected, tc, mode,
                              ideal_exponent == -ref.scale ? "" : "operand with positive exponent: value-only check");
}

Verdict run_unary(const jd::TestCase& tc, const Operand& a, RoundingMode mode) {
  if (auto c = unusual_condition(tc); !c.empty()) return skip("condition: " + c);
  Verdict v;
  const auto expected = expected_number(tc, v);
  if (!expected) return v;
  Exact ref = fixed_point_form(a.sci);
  if (tc.operation == "abs") ref.coef = BigInt(abs(ref.coef));
  else ref.coef = -ref.coef;
  const Decimal r = tc.operation == "abs" ? a.value.abs() : a.value.negate();
  if (!same(r, ref)) return fail(tc.operation + " differs from the cpp_int reference", describe(ref), describe(r));
  return check_rounded_result(r, *expected, tc, mode,
                              a.sci.exponent == -ref.scale ? "" : "operand with positive exponent: value-only check");
}

Verdict run_compare(const jd::TestCase& tc, const Operand& a, const Operand& b) {
  if (auto c = unusual_condition(tc); !c.empty()) return skip("condition: " + c);
  int want = 0;
  if (tc.result == "-1") want = -1;
  else if (tc.result == "0") want = 0;
  else if (tc.result == "1") want = 1;
  else if (jd::is_special(tc.result)) return skip("non-finite result expected");
  else return fail("harness cannot read the compare result", tc.result, "");
  const auto ord = a.value <=> b.value;
  const int got = ord < 0 ? -1 : (ord > 0 ? 1 : 0);
  if (got != want) return fail("operator<=> differs", std::to_string(want), std::to_string(got));
  if ((a.value == b.value) != (want == 0))
    return fail("operator== disagrees with operator<=>", want == 0 ? "true" : "false", want == 0 ? "false" : "true");
  return pass();
}

Verdict run_divide(const jd::TestCase& tc, const Operand& a, const Operand& b, RoundingMode mode) {
  if (tc.has_condition("division_by_zero") || tc.has_condition("division_undefined")) {
    if (!b.value.is_zero()) return fail("harness: decTest divides by zero but the divisor is not zero", "0", describe(b.value));
    try {
      const Decimal q = a.value.divide(b.value, 0, mode);
      return fail("division by zero did not throw", "Error(division_by_zero)", describe(q));
    } catch (const Error& e) {
      if (e.code() != ErrorCode::division_by_zero) return fail("wrong error for division by zero", "Error(division_by_zero)", describe(e));
      return pass({tc.has_condition("division_undefined") ? "0/0 (Division_undefined): Error(division_by_zero) checked"
                                                          : "Division_by_zero: Error(division_by_zero) checked"});
    }
  }
  if (auto c = unusual_condition(tc); !c.empty()) return skip("condition: " + c);
  Verdict v;
  const auto expected = expected_number(tc, v);
  if (!expected) return v;
  const bool inexact = tc.has_condition("inexact");
  const std::string want_text = expected->debug_string();
  if (expected->exponent > 0) {
    const auto want = to_decimal(*expected);
    if (!want) return skip("expected quotient beyond fixed-point range");
    if (!inexact) {
      try {
        const Decimal q = a.value.divide(b.value, 0, mode);
        if (q != *want) return fail("quotient differs (value)", describe(*want), describe(q));
      } catch (const Error& e) {
        return fail("divide threw", describe(*want), describe(e));
      }
      return pass({"positive exponent: value-only check"});
    }
    // a/b rounded to a multiple of 10^e is 10^e × ((a / 10^e) / b rounded to an integer), where
    // a / 10^e is a's coefficient with its scale raised by e (exact), or else a / (b × 10^e).
    const int shift = static_cast<int>(expected->exponent);
    const Decimal p10 = pow10_decimal(shift);
    Decimal dividend = a.value, divisor = b.value;
    if (a.value.scale() + shift <= kMaxScale) {
      dividend = Decimal::from_coefficient(a.value.coefficient(), a.value.scale() + shift);
    } else {
      try {
        divisor = b.value * p10;
      } catch (const Error& err) {
        if (err.code() == ErrorCode::out_of_range)
          return skip("inexact quotient with a positive exponent: neither a / 10^e nor b x 10^e fits");
        return fail("multiplying the divisor by 10^e threw", "", describe(err));
      }
    }
    try {
      const Decimal q = dividend.divide(divisor, 0, mode) * p10;
      if (q != *want) return fail("quotient differs (value)", describe(*want), describe(q));
    } catch (const Error& e) {
      return fail("divide threw", describe(*want), describe(e));
    }
    return pass({"inexact quotient with a positive exponent: (a / 10^e).divide(b, 0) x 10^e, value only"});
  }
  if (-expected->exponent > kMaxScale || expected->digit_count() > kMaxDigits)
    return skip("expected quotient beyond fixed-point range");
  const int scale = static_cast<int>(-expected->exponent);
  const Decimal want = *to_decimal(*expected);
  std::vector<std::string> notes;
  if (expected->negative && expected->is_zero()) notes.emplace_back("-0 expected, jixiao 0 (normalised)");
  try {
    const Decimal q = a.value.divide(b.value, scale, mode);
    if (!identical(q, want)) return fail("quotient differs", describe(want), describe(q));
  } catch (const Error& e) {
    return fail("divide threw", describe(want), describe(e));
  }
  // The same claim under RoundingMode::unnecessary: exact quotients come back, inexact ones throw.
  try {
    const Decimal q = a.value.divide(b.value, scale, RoundingMode::unnecessary);
    if (inexact) return fail("divide(unnecessary) of an inexact quotient did not throw", "Error(rounding_necessary)", describe(q));
    if (!identical(q, want)) return fail("divide(unnecessary) differs", describe(want), describe(q));
  } catch (const Error& e) {
    if (!inexact || e.code() != ErrorCode::rounding_necessary)
      return fail("divide(unnecessary) threw", inexact ? "Error(rounding_necessary)" : describe(want), describe(e));
  }
  notes.emplace_back(inexact ? "inexact quotient (and rounding_necessary under unnecessary)"
                             : "exact quotient (also under unnecessary)");
  return pass(std::move(notes));
}

/// Significant digits of `x` quantized to `scale` when that is more than x has: padding only.
std::int64_t padded_digits(const Decimal& x, int scale) {
  if (x.is_zero()) return 1;
  return digit_count(x.coefficient()) + (scale - x.scale());
}

Verdict run_quantize(const jd::TestCase& tc, const Operand& a, const Operand& t, RoundingMode mode, Variant variant) {
  const std::int64_t e = t.sci.exponent;
  if (e > 0) return skip("quantize to a positive exponent");
  if (-e > kMaxScale) return skip("quantize target scale > 38");
  const int scale = static_cast<int>(-e);
  const std::int64_t precision = tc.context.precision;

  if (tc.has_condition("invalid_operation")) {
    if (variant == Variant::quantize_unnecessary) return skip("Invalid_operation expected (checked in the main run)");
    const std::int64_t etiny = tc.context.min_exponent - (precision - 1);
    if (e < etiny || e > tc.context.max_exponent) return skip("Invalid_operation from the context's exponent limits");
    try {
      const Decimal r = a.value.round(scale, mode);
      if (digit_count(r.coefficient()) > precision) return pass({"Invalid_operation: precision limit, checked by digit count"});
      return fail("decTest says the result exceeds the precision, but it has no more digits than that",
                  "more than " + std::to_string(precision) + " digits", describe(r));
    } catch (const Error& err) {
      const std::int64_t digits = padded_digits(a.value, scale);
      if (err.code() == ErrorCode::out_of_range && scale > a.value.scale() && digits > kMaxDigits && digits > precision)
        return pass({"Invalid_operation: precision limit, checked by digit count"});
      return fail("round threw", "a result of more than " + std::to_string(precision) + " digits", describe(err));
    }
  }
  if (auto c = unusual_condition(tc); !c.empty()) return skip("condition: " + c);
  Verdict v;
  const auto expected = expected_number(tc, v);
  if (!expected) return v;
  const auto want = to_decimal(*expected);
  if (!want) return skip("expected result beyond fixed-point range");
  std::vector<std::string> notes;
  if (expected->negative && expected->is_zero()) notes.emplace_back("-0 expected, jixiao 0 (normalised)");
  const bool inexact = tc.has_condition("inexact");

  if (variant == Variant::quantize_unnecessary) {
    try {
      const Decimal r = a.value.round(scale, RoundingMode::unnecessary);
      if (inexact) return fail("round(unnecessary) of an inexact quantize did not throw", "Error(rounding_necessary)", describe(r));
      if (!identical(r, *want)) return fail("round(unnecessary) differs", describe(*want), describe(r));
      notes.emplace_back("exact: round(unnecessary) returns the value");
    } catch (const Error& err) {
      if (!inexact || err.code() != ErrorCode::rounding_necessary)
        return fail("round(unnecessary) threw", inexact ? "Error(rounding_necessary)" : describe(*want), describe(err));
      notes.emplace_back("inexact: Error(rounding_necessary) checked");
    }
    return pass(std::move(notes));
  }

  Decimal r;
  try {
    r = a.value.round(scale, mode);
  } catch (const Error& err) {
    if (err.code() == ErrorCode::out_of_range && scale > a.value.scale() && padded_digits(a.value, scale) > kMaxDigits)
      return skip("quantized result beyond 38 digits");
    return fail("round threw", describe(*want), describe(err));
  }
  if (!identical(r, *want)) return fail("round differs", describe(*want), describe(r));
  if (inexact != (r != a.value))
    return fail(inexact ? "decTest says Inexact but round lost nothing" : "decTest says exact but round changed the value",
                describe(*want), describe(r));
  return pass(std::move(notes));
}

Verdict run_conversion(const jd::TestCase& tc, RoundingMode mode, FileResult& result) {
  const std::string& text = tc.operands[0];
  if (tc.has_condition("conversion_syntax")) {
    if (!Decimal::try_parse_scientific(text)) return skip("Conversion_syntax expected; jixiao rejects too");
    result.lenient.push_back(tc.id + " '" + text + "'");
    return skip("Conversion_syntax expected; jixiao accepts (documented lenient syntax)");
  }
  if (jd::is_special(text)) return skip("NaN/Infinity operand");
  if (auto c = unusual_condition(tc); !c.empty()) return skip("condition: " + c);
  Operand a;
  if (auto stop = load_operand(text, a)) return *stop;
  Verdict v;
  const auto expected = expected_number(tc, v);
  if (!expected) return v;
  // toEng writes the exponent as a multiple of three and pads the coefficient with zeros to get
  // there (10E-8 → "100E-9"), so its text does not carry the number's exponent: value only.
  const bool engineering = tc.operation == "toeng";
  const std::string value_only_reason =
      engineering ? "toEng: value-only check (engineering notation pads zeros)"
                  : (a.sci.exponent <= 0 ? "" : "operand with positive exponent: value-only check");
  if (tc.has_condition("inexact") || tc.has_condition("rounded"))  // the conversion rounds to precision
    return check_rounded_result(a.value, *expected, tc, mode, value_only_reason);

  std::vector<std::string> notes;
  const auto want = to_decimal(*expected);
  if (!want) return fail("expected result does not fit fixed point", expected->debug_string(), describe(a.value));
  if (expected->exponent > 0 || engineering) {
    if (a.value != *want) return fail("value differs", describe(*want), describe(a.value));
    if (expected->exponent > 0 || a.sci.exponent > 0) return pass({"positive exponent: value-only check"});
    // The number itself is the operand (no condition): its plain form is the operand's.
    if (a.value.to_string() != jd::to_plain(a.sci))
      return fail("to_string differs from the operand in plain form", jd::to_plain(a.sci), a.value.to_string());
    return pass({"toEng: value compared with the expected, to_string with the operand in plain form"});
  }
  if (expected->negative && expected->is_zero()) notes.emplace_back("-0 expected, jixiao 0 (normalised)");
  const std::string plain = jd::to_plain(*expected);
  std::string got;
  try {
    got = a.value.to_string();
  } catch (const Error& e) {
    return fail("to_string threw", plain, describe(e));
  }
  if (got != plain) return fail("to_string differs from the expected in plain form", plain, got);
  if (!identical(a.value, *want)) return fail("value or scale differs", describe(*want), describe(a.value));
  notes.emplace_back("to_string compared with the expected in plain form");
  return pass(std::move(notes));
}

Verdict run_case(const jd::TestCase& tc, Variant variant, FileResult& result) {
  static const std::map<std::string, std::size_t> arity = {
      {"add", 2},     {"subtract", 2}, {"multiply", 2}, {"divide", 2}, {"quantize", 2},
      {"compare", 2}, {"abs", 1},      {"minus", 1},    {"tosci", 1},  {"toeng", 1}};
  const std::string& op = tc.operation;
  if (variant == Variant::quantize_unnecessary && op != "quantize") return skip("not a quantize case");
  const auto found = arity.find(op);
  if (found == arity.end()) return skip("operation not offered by jixiao: " + op);
  if (tc.operands.size() != found->second) return fail("harness: unexpected number of operands", std::to_string(found->second), std::to_string(tc.operands.size()));
  for (const auto& o : tc.operands)
    if (jd::is_null_operand(o)) return skip("null operand (#)");
  for (const auto& o : tc.operands)
    if (o.find('#') != std::string::npos) return skip("operand in an interchange-format encoding (NN#...)");
  if (tc.context.rounding == "05up") return skip("rounding 05up (no jixiao mode)");
  const auto mode = mode_of(tc.context.rounding);
  if (!mode) return fail("harness: unknown rounding mode", "", tc.context.rounding);
  if (op == "tosci" || op == "toeng") return run_conversion(tc, *mode, result);
  for (const auto& o : tc.operands)
    if (jd::is_special(o)) return skip("NaN/Infinity operand");

  std::vector<Operand> operands(tc.operands.size());
  for (std::size_t i = 0; i < operands.size(); ++i)
    if (auto stop = load_operand(tc.operands[i], operands[i])) return *stop;

  if (op == "add" || op == "subtract" || op == "multiply") return run_arithmetic(tc, operands[0], operands[1], *mode);
  if (op == "abs" || op == "minus") return run_unary(tc, operands[0], *mode);
  if (op == "compare") return run_compare(tc, operands[0], operands[1]);
  if (op == "divide") return run_divide(tc, operands[0], operands[1], *mode);
  return run_quantize(tc, operands[0], operands[1], *mode, variant);
}

FileResult run_file(const std::string& name, Variant variant) {
  FileResult result;
  result.name = name;
  std::vector<jd::TestCase> cases;
  try {
    const auto path = jd::data_dir() / name;
    if (!std::filesystem::exists(path))
      throw std::runtime_error(path.string() + " not found (set JIXIAO_DECTEST_DIR to the decTest directory)");
    cases = jd::load_file(path);
  } catch (const std::exception& e) {
    result.load_error = e.what();
    return result;
  }
  // JIXIAO_DECTEST_TRACE=1 prints the verdict of every case (for reviewing the applicability rules).
  const char* trace_env = std::getenv("JIXIAO_DECTEST_TRACE");
  const bool trace = trace_env != nullptr && *trace_env != '\0' && std::string_view(trace_env) != "0";
  for (const auto& tc : cases) {
    ++result.total;
    Verdict v;
    try {
      v = run_case(tc, variant, result);
    } catch (const std::exception& e) {
      v = fail("unexpected exception", "", e.what());
    }
    if (trace) {
      std::cout << (v.kind == Kind::pass ? "PASS " : v.kind == Kind::skip ? "SKIP " : "FAIL ") << tc.text << "  ## "
                << v.label;
      for (const auto& n : v.notes) std::cout << " [" << n << "]";
      if (v.kind == Kind::fail) std::cout << " expected " << v.expected << " got " << v.got;
      std::cout << "\n";
    }
    switch (v.kind) {
      case Kind::pass:
        ++result.checked;
        for (const auto& n : v.notes) ++result.notes[n];
        break;
      case Kind::skip:
        ++result.skipped[v.label];
        break;
      case Kind::fail:
        ++result.failed;
        if (result.failures.size() < kFailuresShown)
          result.failures.push_back(
              {tc.file + ":" + std::to_string(tc.line), tc.id, tc.text, v.label, v.expected, v.got});
        break;
    }
  }
  return result;
}

const FileResult& result_for(const std::string& name, Variant variant = Variant::normal) {
  static std::map<std::pair<std::string, Variant>, FileResult> cache;
  auto key = std::make_pair(name, variant);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, run_file(name, variant)).first;
  return it->second;
}

std::string row_name(const FileResult& r, Variant variant) {
  return variant == Variant::quantize_unnecessary ? r.name + " (unnecessary)" : r.name;
}

void report(const FileResult& r) {
  INFO("decTest directory: " << jd::data_dir().string());
  REQUIRE_MESSAGE(r.load_error.empty(), r.load_error);
  for (const auto& f : r.failures) {
    MESSAGE(f.id << " [" << f.where << "] " << f.text << "\n    " << f.why << "\n    expected: " << f.expected
                 << "\n    got:      " << f.got);
  }
  if (r.failed > r.failures.size()) MESSAGE("... and " << (r.failed - r.failures.size()) << " more failures");
  CHECK_MESSAGE(r.failed == 0, r.name << ": " << r.failed << " of " << r.total << " cases failed");
  CHECK_MESSAGE(r.checked > 0, r.name << ": no case was checked");
}

void print_summary(std::ostream& os) {
  std::vector<std::pair<const FileResult*, Variant>> rows;
  for (const auto& name : jd::file_names()) rows.emplace_back(&result_for(name), Variant::normal);
  rows.emplace_back(&result_for("quantize.decTest", Variant::quantize_unnecessary), Variant::quantize_unnecessary);

  os << "\njixiao decTest summary (vectors: " << jd::data_dir().string() << ")\n";
  os << std::left << std::setw(32) << "file" << std::right << std::setw(7) << "total" << std::setw(9) << "checked"
     << std::setw(8) << "failed" << std::setw(9) << "skipped" << "\n";
  std::size_t total = 0, checked = 0, failed = 0, skipped = 0;
  for (const auto& [r, variant] : rows) {
    os << std::left << std::setw(32) << row_name(*r, variant) << std::right << std::setw(7) << r->total
       << std::setw(9) << r->checked << std::setw(8) << r->failed << std::setw(9) << r->skipped_total() << "\n";
    if (!r->load_error.empty()) os << "    LOAD ERROR: " << r->load_error << "\n";
    for (const auto& [reason, count] : r->skipped)
      os << "    skipped " << std::setw(5) << count << "  " << reason << "\n";
    for (const auto& [note, count] : r->notes) os << "    checked " << std::setw(5) << count << "  (" << note << ")\n";
    for (const auto& input : r->lenient) os << "    lenient: " << input << "\n";
    if (variant == Variant::normal) {
      total += r->total;
      checked += r->checked;
      failed += r->failed;
      skipped += r->skipped_total();
    }
  }
  os << std::left << std::setw(32) << "all files (main runs)" << std::right << std::setw(7) << total << std::setw(9)
     << checked << std::setw(8) << failed << std::setw(9) << skipped << "\n";
  os.flush();
}

}  // namespace

TEST_CASE("decTest harness: reading numbers") {
  const auto n = jd::parse_sci("-1.23E+3");
  REQUIRE(n.has_value());
  CHECK(n->negative);
  CHECK(n->digits == "123");
  CHECK(n->exponent == 1);
  CHECK(jd::to_plain(*jd::parse_sci("1.23456789E-7")) == "0.000000123456789");
  CHECK(jd::to_plain(*jd::parse_sci("-0.00")) == "0.00");
  CHECK(jd::to_plain(*jd::parse_sci("0E-3")) == "0.000");
  CHECK(jd::to_plain(*jd::parse_sci("-12.5")) == "-12.5");
  CHECK(jd::to_plain(*jd::parse_sci("123E-9")) == "0.000000123");
  CHECK(jd::to_plain(*jd::parse_sci("1.")) == "1");
  CHECK(jd::to_plain(*jd::parse_sci(".5")) == "0.5");
  CHECK_FALSE(jd::parse_sci(" 1").has_value());
  CHECK_FALSE(jd::parse_sci("1e").has_value());
  CHECK_FALSE(jd::parse_sci(".").has_value());
  CHECK_FALSE(jd::parse_sci("1.2.3").has_value());
  CHECK(jd::parse_sci("1e+9999999999999999999")->exponent_saturated);
  CHECK(jd::is_special("-Infinity"));
  CHECK(jd::is_special("sNaN123"));
  CHECK_FALSE(jd::is_special("1E+3"));
  const auto tokens = jd::tokenize("x1 add '1 2' 'it''s' -> 3 Inexact -- comment");
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[2] == "1 2");
  CHECK(tokens[3] == "it's");
  CHECK(tokens[6] == "Inexact");
}

#define JIXIAO_DECTEST_FILE_CASE(file) \
  TEST_CASE("decTest " file) { report(result_for(file)); }

JIXIAO_DECTEST_FILE_CASE("add.decTest")
JIXIAO_DECTEST_FILE_CASE("subtract.decTest")
JIXIAO_DECTEST_FILE_CASE("multiply.decTest")
JIXIAO_DECTEST_FILE_CASE("divide.decTest")
JIXIAO_DECTEST_FILE_CASE("quantize.decTest")
JIXIAO_DECTEST_FILE_CASE("compare.decTest")
JIXIAO_DECTEST_FILE_CASE("abs.decTest")
JIXIAO_DECTEST_FILE_CASE("minus.decTest")
JIXIAO_DECTEST_FILE_CASE("rounding.decTest")
JIXIAO_DECTEST_FILE_CASE("base.decTest")

// Every applicable quantize case again under RoundingMode::unnecessary: an Inexact case must throw
// Error(rounding_necessary), an exact one must return the expected value and scale.
TEST_CASE("decTest quantize.decTest under RoundingMode::unnecessary") {
  report(result_for("quantize.decTest", Variant::quantize_unnecessary));
}

// Last in the file, so last in doctest's default order: the counts of every file.
TEST_CASE("decTest summary") {
  print_summary(std::cout);
  std::size_t failed = 0;
  for (const auto& name : jd::file_names()) failed += result_for(name).failed;
  failed += result_for("quantize.decTest", Variant::quantize_unnecessary).failed;
  CHECK_MESSAGE(failed == 0, failed << " decTest cases failed; see the per-file test cases");
}
