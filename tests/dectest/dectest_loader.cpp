#include "dectest_loader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#ifndef JIXIAO_DECTEST_DEFAULT_DIR
#define JIXIAO_DECTEST_DEFAULT_DIR ""
#endif

namespace jixiao::dectest {
namespace {

char lower(char c) noexcept { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

struct Token {
  std::string text;
  bool quoted = false;
};

std::vector<Token> tokenize_impl(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < line.size()) {
    if (is_space(line[i])) {
      ++i;
      continue;
    }
    const char c = line[i];
    if (c == '\'' || c == '"') {
      Token t;
      t.quoted = true;
      ++i;
      bool closed = false;
      while (i < line.size()) {
        if (line[i] == c) {
          if (i + 1 < line.size() && line[i + 1] == c) {  // doubled quote: a literal quote
            t.text += c;
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        t.text += line[i++];
      }
      if (!closed) throw std::runtime_error("unterminated quote");
      tokens.push_back(std::move(t));
      continue;
    }
    if (c == '-' && i + 1 < line.size() && line[i + 1] == '-') break;  // comment to end of line
    Token t;
    while (i < line.size() && !is_space(line[i])) t.text += line[i++];
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::int64_t parse_directive_int(const std::string& value, const std::string& where) {
  std::size_t i = 0;
  bool negative = false;
  if (i < value.size() && (value[i] == '+' || value[i] == '-')) negative = value[i++] == '-';
  if (i == value.size()) throw std::runtime_error(where + ": bad integer '" + value + "'");
  std::int64_t v = 0;
  for (; i < value.size(); ++i) {
    if (!is_digit(value[i])) throw std::runtime_error(where + ": bad integer '" + value + "'");
    if (v > exponent_limit) throw std::runtime_error(where + ": integer too large '" + value + "'");
    v = v * 10 + (value[i] - '0');
  }
  return negative ? -v : v;
}

}  // namespace

bool TestCase::has_condition(std::string_view lower_name) const {
  return std::find(conditions.begin(), conditions.end(), lower_name) != conditions.end();
}

std::vector<std::string> tokenize(std::string_view line) {
  std::vector<std::string> out;
  for (auto& t : tokenize_impl(line)) out.push_back(std::move(t.text));
  return out;
}

std::vector<TestCase> load_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  const std::string file = path.filename().string();
  std::vector<TestCase> cases;
  Context ctx;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const std::string where = file + ":" + std::to_string(line_no);
    std::vector<Token> tokens;
    try {
      tokens = tokenize_impl(line);
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(where + ": " + e.what());
    }
    if (tokens.empty()) continue;

    // Directive: "name: value".
    const std::string& first = tokens[0].text;
    if (!tokens[0].quoted && first.size() > 1 && first.back() == ':') {
      const std::string name = to_lower(std::string_view(first).substr(0, first.size() - 1));
      if (tokens.size() < 2) throw std::runtime_error(where + ": directive without value");
      const std::string& value = tokens[1].text;
      if (name == "precision") ctx.precision = parse_directive_int(value, where);
      else if (name == "rounding") ctx.rounding = to_lower(value);
      else if (name == "maxexponent") ctx.max_exponent = parse_directive_int(value, where);
      else if (name == "minexponent") ctx.min_exponent = parse_directive_int(value, where);
      else if (name == "clamp") ctx.clamp = static_cast<int>(parse_directive_int(value, where));
      else if (name == "extended") ctx.extended = static_cast<int>(parse_directive_int(value, where));
      else if (name == "version") { /* informational */ }
      else if (name == "dectest") throw std::runtime_error(where + ": 'Dectest:' includes are not supported");
      else throw std::runtime_error(where + ": unknown directive '" + name + "'");
      continue;
    }

    // Test line: id operation operands... -> result conditions...
    auto arrow = std::find_if(tokens.begin(), tokens.end(),
                              [](const Token& t) { return !t.quoted && t.text == "->"; });
    if (arrow == tokens.end() || tokens.size() < 3 || arrow - tokens.begin() < 2 || arrow + 1 == tokens.end())
      throw std::runtime_error(where + ": not a directive nor a test line: " + line);
    TestCase tc;
    tc.file = file;
    tc.line = line_no;
    tc.id = tokens[0].text;
    tc.operation = to_lower(tokens[1].text);
    for (auto it = tokens.begin() + 2; it != arrow; ++it) tc.operands.push_back(it->text);
    tc.result = (arrow + 1)->text;
    for (auto it = arrow + 2; it != tokens.end(); ++it) tc.conditions.push_back(to_lower(it->text));
    tc.context = ctx;
    tc.text = line;
    while (!tc.text.empty() && is_space(tc.text.back())) tc.text.pop_back();
    cases.push_back(std::move(tc));
  }
  return cases;
}

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("JIXIAO_DECTEST_DIR"); env != nullptr && *env != '\0')
    return std::filesystem::path(env);
  return std::filesystem::path(JIXIAO_DECTEST_DEFAULT_DIR);
}

const std::vector<std::string>& file_names() {
  static const std::vector<std::string> names = {
      "add.decTest",     "subtract.decTest", "multiply.decTest", "divide.decTest", "quantize.decTest",
      "compare.decTest", "abs.decTest",      "minus.decTest",    "rounding.decTest", "base.decTest"};
  return names;
}

// ---- numbers --------------------------------------------------------------------------------------

std::string SciNumber::debug_string() const {
  return (negative ? "-" : "") + digits + "E" + (exponent >= 0 ? "+" : "") + std::to_string(exponent);
}

bool is_special(std::string_view text) noexcept {
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  return iequals(text, "nan") || iequals(text, "snan") || iequals(text, "inf") || iequals(text, "infinity") ||
         // payload NaNs: "NaN123", "sNaN45"
         (text.size() > 3 && iequals(text.substr(0, 3), "nan")) ||
         (text.size() > 4 && iequals(text.substr(0, 4), "snan"));
}

bool is_null_operand(std::string_view text) noexcept { return !text.empty() && text[0] == '#'; }

std::optional<SciNumber> parse_sci(std::string_view text) {
  SciNumber n;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) n.negative = text[i++] == '-';
  std::string digits;
  std::int64_t fraction_digits = 0;
  bool any_digit = false;
  while (i < text.size() && is_digit(text[i])) {
    digits += text[i++];
    any_digit = true;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) {
      digits += text[i++];
      ++fraction_digits;
      any_digit = true;
    }
  }
  if (!any_digit) return std::nullopt;
  std::int64_t exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) exp_negative = text[i++] == '-';
    if (i == text.size()) return std::nullopt;
    while (i < text.size() && is_digit(text[i])) {
      if (exponent < exponent_limit) exponent = exponent * 10 + (text[i] - '0');
      if (exponent >= exponent_limit) {
        exponent = exponent_limit;
        n.exponent_saturated = true;
      }
      ++i;
    }
    if (exp_negative) exponent = -exponent;
  }
  if (i != text.size()) return std::nullopt;
  const auto first_nonzero = digits.find_first_not_of('0');
  n.digits = first_nonzero == std::string::npos ? std::string("0") : digits.substr(first_nonzero);
  n.exponent = exponent - fraction_digits;
  if (n.exponent > exponent_limit || n.exponent < -exponent_limit) {
    n.exponent = n.exponent > 0 ? exponent_limit : -exponent_limit;
    n.exponent_saturated = true;
  }
  return n;
}

std::string to_plain(const SciNumber& n) {
  if (n.exponent > 0) throw std::logic_error("to_plain: positive exponent");
  if (n.exponent < -10'000) throw std::logic_error("to_plain: exponent too small to write out");
  const auto scale = static_cast<std::size_t>(-n.exponent);
  std::string digits = n.digits;
  if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
  if (scale > 0) digits.insert(digits.size() - scale, 1, '.');
  if (n.negative && !n.is_zero()) digits.insert(0, 1, '-');
  return digits;
}

}  // namespace jixiao::dectest
