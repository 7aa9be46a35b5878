// jixiao-decimal-driver: reads one operation per line on stdin, writes one result line per operation
// on stdout. Driven by test_decimal_differential.py, which checks every line against Python's
// `decimal` module. The protocol is described in README.md; in short:
//
//   add A B                 A + B
//   sub A B                 A - B
//   mul A B                 A * B
//   div A B SCALE MODE      A.divide(B, SCALE, MODE)
//   round A SCALE MODE      A.round(SCALE, MODE)
//   strip A                 A.strip_trailing_zeros()
//   cmp A B                 A <=> B as -1, 0 or 1
//   parse TEXT              Decimal::parse(TEXT).to_string(); TEXT is the rest of the line
//   sci TEXT                Decimal::parse_scientific(TEXT).to_string(); likewise
//   fmt A SCALE GROUPING MODE   A.to_string(FormatSpec{SCALE, GROUPING != 0, MODE})
//   coef C SCALE            Decimal::from_coefficient(C, SCALE), C any 128-bit signed integer
//   props A                 "precision is_integer signum", e.g. "5 0 -1" for -123.45
//
// A and B are parsed with Decimal::parse. The result is Decimal::to_string() of the value, or
// "ERR <error_code_name>" when a jixiao::Error is thrown. A few cross-checks are made on the way
// (to_chars agrees with to_string, try_parse agrees with parse, == and hash agree with <=>,
// fmt::format agrees with to_string(FormatSpec)); a failed cross-check prints a line that starts
// with "INCONSISTENT", which the oracle never expects. No floating point anywhere.
#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/format.hpp>
#include <jixiao/rounding_mode.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <compare>
#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace {

using jixiao::Decimal;

class BadInput {
 public:
  explicit BadInput(std::string why) : why_(std::move(why)) {}
  const std::string& why() const noexcept { return why_; }

 private:
  std::string why_;
};

/// Splits off the next space-separated word of `rest`.
std::string_view next_word(std::string_view& rest) {
  const auto start = rest.find_first_not_of(' ');
  if (start == std::string_view::npos) {
    rest = {};
    return {};
  }
  rest.remove_prefix(start);
  const auto end = rest.find(' ');
  const std::string_view word = rest.substr(0, end);
  rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
  return word;
}

std::string_view need_word(std::string_view& rest, const char* what) {
  const std::string_view w = next_word(rest);
  if (w.empty()) throw BadInput(std::string("missing ") + what);
  return w;
}

int need_int(std::string_view& rest, const char* what) {
  const std::string_view w = need_word(rest, what);
  int value = 0;
  const auto [ptr, ec] = std::from_chars(w.data(), w.data() + w.size(), value);
  if (ec != std::errc() || ptr != w.data() + w.size()) throw BadInput(std::string("bad ") + what);
  return value;
}

jixiao::RoundingMode need_mode(std::string_view& rest) {
  const std::string_view w = need_word(rest, "mode");
  const auto mode = jixiao::rounding_mode_from_name(w);
  if (!mode) throw BadInput("unknown rounding mode");
  return *mode;
}

void need_end(std::string_view rest) {
  if (!next_word(rest).empty()) throw BadInput("trailing words");
}

/// Operands are parsed with Decimal::parse; an operand the library rejects is reported as such
/// (the oracle only ever sends valid operands, so this shows up as a mismatch).
Decimal need_decimal(std::string_view& rest, const char* what) {
  return Decimal::parse(need_word(rest, what));
}

/// to_string(), cross-checked against to_chars().
std::string text_of(const Decimal& d) {
  std::string s = d.to_string();
  std::array<char, 64> buf{};
  char* end = d.to_chars(buf.data(), buf.data() + buf.size());
  if (end == nullptr) return "INCONSISTENT to_chars returned nullptr for " + s;
  if (std::string_view(buf.data(), static_cast<std::size_t>(end - buf.data())) != s)
    return "INCONSISTENT to_chars " + std::string(buf.data(), end) + " vs to_string " + s;
  return s;
}

int sign_of(std::weak_ordering o) {
  return o < 0 ? -1 : (o > 0 ? 1 : 0);
}

/// A 128-bit integer in decimal, for from_coefficient: the whole int128 range is accepted.
jixiao::int128 need_int128(std::string_view& rest) {
  std::string_view w = need_word(rest, "coefficient");
  const bool negative = !w.empty() && w.front() == '-';
  if (negative) w.remove_prefix(1);
  if (w.empty() || w.size() > 39) throw BadInput("bad coefficient");
  jixiao::uint128 m = 0;
  for (const char c : w) {
    if (c < '0' || c > '9') throw BadInput("bad coefficient");
    m = m * 10 + static_cast<unsigned>(c - '0');  // wraps only past 2^128−1, rejected below
  }
  constexpr jixiao::uint128 limit = static_cast<jixiao::uint128>(1) << 127;  // |INT128_MIN|
  if (w.size() == 39 && w > std::string_view("340282366920938463463374607431768211455"))
    throw BadInput("coefficient beyond 128 bits");
  if (m > limit || (!negative && m == limit)) throw BadInput("coefficient beyond int128");
  return negative ? static_cast<jixiao::int128>(0 - m) : static_cast<jixiao::int128>(m);
}

std::string run_props(std::string_view rest) {
  const Decimal a = need_decimal(rest, "A");
  need_end(rest);
  return std::to_string(a.precision()) + ' ' + (a.is_integer() ? '1' : '0') + ' ' + std::to_string(a.signum());
}

std::string run_cmp(std::string_view rest) {
  const Decimal a = need_decimal(rest, "A");
  const Decimal b = need_decimal(rest, "B");
  need_end(rest);
  const int ab = sign_of(a <=> b);
  const int ba = sign_of(b <=> a);
  if (ba != -ab) return "INCONSISTENT a<=>b is " + std::to_string(ab) + " but b<=>a is " + std::to_string(ba);
  if ((a == b) != (ab == 0) || (b == a) != (ab == 0))
    return "INCONSISTENT == disagrees with <=> (" + std::to_string(ab) + ")";
  if (ab == 0 && a.hash() != b.hash()) return "INCONSISTENT equal values hash differently";
  return std::to_string(ab);
}

std::string run_parse(std::string_view text, bool scientific) {
  jixiao::ParseError perr;
  const std::optional<Decimal> tried =
      scientific ? Decimal::try_parse_scientific(text, &perr) : Decimal::try_parse(text, &perr);
  try {
    const Decimal d = scientific ? Decimal::parse_scientific(text) : Decimal::parse(text);
    if (!tried) return "INCONSISTENT parse accepts, try_parse rejects";
    if (tried->coefficient() != d.coefficient() || tried->scale() != d.scale())
      return "INCONSISTENT parse and try_parse give different values";
    return text_of(d);
  } catch (const jixiao::Error& e) {
    if (tried) return "INCONSISTENT parse rejects, try_parse accepts";
    if (perr.code != e.code())
      return "INCONSISTENT parse throws " + std::string(jixiao::error_code_name(e.code())) +
             ", try_parse reports " + std::string(jixiao::error_code_name(perr.code));
    throw;
  }
}

std::string run_fmt(std::string_view rest) {
  const Decimal a = need_decimal(rest, "A");
  const int scale = need_int(rest, "scale");
  const int grouping = need_int(rest, "grouping");
  const jixiao::RoundingMode mode = need_mode(rest);
  need_end(rest);
  const jixiao::FormatSpec spec{scale, grouping != 0, mode};
  std::string s = a.to_string(spec);
  // {fmt} always rounds half up: cross-check it in that mode, and when the value keeps its scale.
  if (mode == jixiao::RoundingMode::half_up || scale < 0) {
    std::string pattern = "{:";
    if (grouping != 0) pattern += ',';
    if (scale >= 0) pattern += "." + std::to_string(scale);
    pattern += '}';
    const std::string f = fmt::format(fmt::runtime(pattern), a);
    if (f != s) return "INCONSISTENT fmt::format(\"" + pattern + "\") gives " + f + ", to_string(spec) " + s;
  }
  return s;
}

std::string run_line(std::string_view line) {
  std::string_view rest = line;
  const std::string_view op = next_word(rest);
  if (op == "parse" || op == "sci") {
    // The text is everything after "parse " or "sci ", spaces included.
    std::string_view text = line.substr(line.find(op) + op.size());
    if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return run_parse(text, op == "sci");
  }
  if (op == "add" || op == "sub" || op == "mul") {
    const Decimal a = need_decimal(rest, "A");
    const Decimal b = need_decimal(rest, "B");
    need_end(rest);
    return text_of(op == "add" ? a + b : (op == "sub" ? a - b : a * b));
  }
  if (op == "div") {
    const Decimal a = need_decimal(rest, "A");
    const Decimal b = need_decimal(rest, "B");
    const int scale = need_int(rest, "scale");
    const jixiao::RoundingMode mode = need_mode(rest);
    need_end(rest);
    return text_of(a.divide(b, scale, mode));
  }
  if (op == "round") {
    const Decimal a = need_decimal(rest, "A");
    const int scale = need_int(rest, "scale");
    const jixiao::RoundingMode mode = need_mode(rest);
    need_end(rest);
    return text_of(a.round(scale, mode));
  }
  if (op == "strip") {
    const Decimal a = need_decimal(rest, "A");
    need_end(rest);
    return text_of(a.strip_trailing_zeros());
  }
  if (op == "coef") {
    const jixiao::int128 c = need_int128(rest);
    const int scale = need_int(rest, "scale");
    need_end(rest);
    return text_of(Decimal::from_coefficient(c, scale));
  }
  if (op == "props") return run_props(rest);
  if (op == "cmp") return run_cmp(rest);
  if (op == "fmt") return run_fmt(rest);
  throw BadInput("unknown operation");
}

}  // namespace

int main() {
  // Read everything, then answer line by line into one buffer: 100,000 lines in a few milliseconds.
  std::string input;
  {
    static char buf[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) input.append(buf, n);
  }
  std::string out;
  out.reserve(input.size() + input.size() / 2);
  std::string_view rest = input;
  while (!rest.empty()) {
    const auto eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string result;
    try {
      result = run_line(line);
    } catch (const jixiao::Error& e) {
      result = "ERR ";
      result += jixiao::error_code_name(e.code());
    } catch (const BadInput& e) {
      result = "BADINPUT " + e.why();
    } catch (const std::exception& e) {
      result = "EXCEPTION ";
      result += e.what();
    }
    for (char& c : result)
      if (c == '\n' || c == '\r') c = ' ';  // one line per operation, whatever happens
    out += result;
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
