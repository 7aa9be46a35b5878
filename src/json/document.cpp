// jixiao, internal: the number-preserving JSON parser and the path → line/column helpers.
#include "document.hpp"

#include "../utf8.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace jixiao::json_detail {

// ---- the parser's handler ---------------------------------------------------------------------

/// Builds the tape from Boost.JSON's parser events. Numbers keep their text; a string or number
/// that arrives in one piece pointing into the source stays there, anything else (escaped strings,
/// pieces) is copied into the document.
class TapeBuilder {
 public:
  static constexpr std::size_t max_object_size = UINT32_MAX;
  static constexpr std::size_t max_array_size = UINT32_MAX;
  static constexpr std::size_t max_key_size = UINT32_MAX;
  static constexpr std::size_t max_string_size = UINT32_MAX;

  TapeBuilder(std::string_view source, Document& doc) : source_(source), doc_(doc) { open_.reserve(max_depth); }

  bool on_document_begin(bj::error_code&) { return true; }
  bool on_document_end(bj::error_code&) { return true; }
  bool on_object_begin(bj::error_code&) { return open(Kind::object); }
  bool on_object_end(std::size_t n, bj::error_code&) { return close(n); }
  bool on_array_begin(bj::error_code&) { return open(Kind::array); }
  bool on_array_end(std::size_t n, bj::error_code&) { return close(n); }
  bool on_key_part(bj::string_view s, std::size_t, bj::error_code&) { return part(s); }
  bool on_key(bj::string_view s, std::size_t, bj::error_code&) { return text(Kind::string, s); }
  bool on_string_part(bj::string_view s, std::size_t, bj::error_code&) { return part(s); }
  bool on_string(bj::string_view s, std::size_t, bj::error_code&) { return text(Kind::string, s); }
  bool on_number_part(bj::string_view s, bj::error_code&) { return part(s); }
  bool on_int64(std::int64_t, bj::string_view s, bj::error_code&) { return text(Kind::number, s); }
  bool on_uint64(std::uint64_t, bj::string_view s, bj::error_code&) { return text(Kind::number, s); }
  bool on_double(double, bj::string_view s, bj::error_code&) { return text(Kind::number, s); }
  bool on_bool(bool b, bj::error_code&) {
    push(Kind::boolean).flag_ = b;
    return true;
  }
  bool on_null(bj::error_code&) {
    push(Kind::null);
    return true;
  }
  bool on_comment_part(bj::string_view, bj::error_code&) { return true; }
  bool on_comment(bj::string_view, bj::error_code&) { return true; }

 private:
  Value& push(Kind kind) {
    Value& v = doc_.tape.emplace_back();
    v.kind_ = kind;
    return v;
  }
  bool open(Kind kind) {
    open_.push_back(static_cast<std::uint32_t>(doc_.tape.size()));
    push(kind);
    return true;
  }
  bool close(std::size_t n) {
    Value& v = doc_.tape[open_.back()];
    open_.pop_back();
    v.count_ = static_cast<std::uint32_t>(n);
    v.span_ = static_cast<std::uint32_t>(doc_.tape.size() - (&v - doc_.tape.data()));
    return true;
  }
  bool part(bj::string_view s) {
    pieces_.append(s.data(), s.size());
    return true;
  }
  bool text(Kind kind, bj::string_view s) {
    std::string_view t(s.data(), s.size());
    const bool in_source = pieces_.empty() && t.data() >= source_.data() &&
                           t.data() + t.size() <= source_.data() + source_.size();
    if (!in_source) {
      pieces_.append(t);
      t = doc_.owned.emplace_back(std::move(pieces_));
      pieces_.clear();
    }
    Value& v = push(kind);
    v.data_ = t.data();
    v.size_ = static_cast<std::uint32_t>(t.size());
    return true;
  }

  std::string_view source_;
  Document& doc_;
  std::vector<std::uint32_t> open_;  ///< tape index of each open container
  std::string pieces_;               ///< a string or number that came in pieces or through the temp buffer
};

namespace {

bool is_ws(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Length of the valid UTF-8 sequence at text[pos], 0 when it is not valid.
int utf8_sequence(std::string_view text, std::size_t pos) noexcept {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return 1;
  int len = 0;
  std::uint32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) len = 2, cp = b0 & 0x1Fu;
  else if (b0 >= 0xE0 && b0 <= 0xEF) len = 3, cp = b0 & 0x0Fu;
  else if (b0 >= 0xF0 && b0 <= 0xF4) len = 4, cp = b0 & 0x07u;
  else return 0;
  if (pos + static_cast<std::size_t>(len) > text.size()) return 0;
  for (int i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
    if ((b & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return len;
}

/// The next character at `pos` as text, for a message (an invalid byte as \xNN).
std::string char_at(std::string_view text, std::size_t pos) {
  const int len = utf8_sequence(text, pos);
  if (len == 0) return fmt::format("\\x{:02X}", static_cast<unsigned char>(text[pos]));
  return std::string(text.substr(pos, static_cast<std::size_t>(len)));
}

struct Reason {
  std::string zh, en;
};

Reason syntax_reason(std::string_view text, std::size_t pos, const bj::error_code& ec) {
  using E = bj::error;
  if (ec == E::exponent_overflow) return {"数字的指数太大", "the exponent of a number is too large"};
  if (ec == E::too_deep)
    return {fmt::format("嵌套层数超过{}层", max_depth), fmt::format("nested more than {} levels deep", max_depth)};
  if (ec == E::illegal_leading_surrogate || ec == E::illegal_trailing_surrogate || ec == E::expected_hex_digit ||
      ec == E::expected_utf16_escape)
    return {"无效的 \\u 转义", "invalid \\u escape"};
  if (ec == E::extra_data)
    return {fmt::format("JSON 值之后还有多余的内容“{}”", char_at(text, pos)),
            fmt::format("extra text after the JSON value: '{}'", char_at(text, pos))};
  if (pos >= text.size() || ec == E::incomplete) {
    if (std::all_of(text.begin(), text.end(), is_ws)) return {"空文本，没有 JSON 内容", "empty input: no JSON value"};
    return {"JSON 文本意外结束（缺少 } 或 ] 或引号？）", "unexpected end of the text (a missing }, ] or quote?)"};
  }
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x20)
    return {"字符串中有未转义的控制字符（换行应写作 \\n，制表符写作 \\t）",
            "unescaped control character in a string (write a line break as \\n, a tab as \\t)"};
  if (c >= 0x80) {
    if (utf8_sequence(text, pos) == 0)
      return {fmt::format("无效的 UTF-8 字节 0x{:02X}（文件应以 UTF-8 编码保存）", c),
              fmt::format("invalid UTF-8 byte 0x{:02X} (save the file as UTF-8)", c)};
    const std::string ch = char_at(text, pos);
    if (ch == "“" || ch == "”" || ch == "‘" || ch == "’")
      return {fmt::format("此处不能出现“{}”：JSON 的名称和字符串要用英文双引号 \"", ch),
              fmt::format("unexpected '{}': JSON names and strings need straight double quotes \"", ch)};
    if (ch == "：" || ch == "，" || ch == "｛" || ch == "｝" || ch == "［" || ch == "］")
      return {fmt::format("此处不能出现全角标点“{}”，请用半角标点", ch),
              fmt::format("unexpected full-width '{}': use ASCII punctuation", ch)};
    return {fmt::format("此处不能出现“{}”（字符串要加双引号）", ch),
            fmt::format("unexpected '{}' (strings need double quotes)", ch)};
  }
  if (c == '}' || c == ']') {
    std::size_t p = pos;
    while (p > 0 && is_ws(text[p - 1])) --p;
    if (p > 0 && text[p - 1] == ',')
      return {fmt::format("“{}”之前多了一个逗号", static_cast<char>(c)),
              fmt::format("trailing comma before '{}'", static_cast<char>(c))};
  }
  if (c == '\'') return {"JSON 字符串要用双引号，不能用单引号", "JSON strings need double quotes, not single quotes"};
  if (c == '/') return {"JSON 中不能有注释", "comments are not allowed in JSON"};
  if (pos > 0 && text[pos - 1] == '\\') return {"无效的转义序列", "invalid escape sequence"};
  const auto word_char = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
           ch == '.' || ch == '+' || ch == '-';
  };
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
    std::size_t e = pos;
    while (e < text.size() && e - pos < 40 && word_char(text[e])) ++e;
    const std::string_view word = text.substr(pos, e - pos);
    return {fmt::format("无法识别“{}”（字符串要加双引号；字面量只有 true、false、null）", word),
            fmt::format("unrecognised '{}' (strings need double quotes; the only literals are true, false and null)",
                        word)};
  }
  return {fmt::format("此处不能出现“{}”", static_cast<char>(c)), fmt::format("unexpected '{}'", static_cast<char>(c))};
}

[[noreturn]] void throw_syntax(std::string_view text, std::size_t pos, const bj::error_code& ec) {
  pos = std::min(pos, text.size());
  const TextPosition at = position_of(text, pos);
  const Reason r = syntax_reason(text, pos, ec);
  throw Error(ErrorCode::invalid_json, fmt::format("JSON 语法错误（第{}行第{}列）：{}", at.line, at.column, r.zh),
              fmt::format("JSON syntax error at line {}, column {}: {}", at.line, at.column, r.en),
              Location{std::string(), at.line, at.column});
}

// ---- scanning valid JSON ------------------------------------------------------------------------

std::size_t skip_ws(std::string_view t, std::size_t i) noexcept {
  while (i < t.size() && is_ws(t[i])) ++i;
  return i;
}

/// Past the string starting at t[i] == '"'.
std::size_t skip_string(std::string_view t, std::size_t i) noexcept {
  ++i;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '\\') i += 2;
    else if (c == '"') return i + 1;
    else ++i;
  }
  return t.size();
}

std::size_t skip_value(std::string_view t, std::size_t i) noexcept {
  if (i >= t.size()) return i;
  const char c = t[i];
  if (c == '"') return skip_string(t, i);
  if (c == '{' || c == '[') {
    int depth = 0;
    while (i < t.size()) {
      const char d = t[i];
      if (d == '"') {
        i = skip_string(t, i);
        continue;
      }
      if (d == '{' || d == '[') ++depth;
      else if (d == '}' || d == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < t.size() && !is_ws(t[i]) && t[i] != ',' && t[i] != '}' && t[i] != ']') ++i;
  return i;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::uint32_t hex4(std::string_view t, std::size_t i) noexcept {
  std::uint32_t v = 0;
  for (std::size_t k = i; k < i + 4 && k < t.size(); ++k) {
    const char c = t[k];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
  }
  return v;
}

/// Walks valid JSON, recording the offsets of the wanted paths and descending only into
/// containers that lead to one.
class PathFinder {
 public:
  PathFinder(std::string_view text, std::span<const std::string> wanted, std::vector<Found>& found)
      : t_(text), found_(found) {
    found_.assign(wanted.size(), Found{});
    for (std::size_t k = 0; k < wanted.size(); ++k) {
      index_.emplace(wanted[k], k);
      // every proper prefix of a wanted path, cut at segment boundaries ('.' or '[' outside quotes)
      const std::string& p = wanted[k];
      bool quoted = false;
      for (std::size_t j = 1; j < p.size(); ++j) {
        const char c = p[j];
        if (c == '"' && p[j - 1] != '\\') quoted = !quoted;
        if (!quoted && (c == '.' || c == '[')) prefixes_.emplace(p.substr(0, j));
      }
    }
    prefixes_.emplace("$");
  }

  void run() {
    std::string path = "$";
    walk(skip_ws(t_, 0), path);
  }

 private:
  std::size_t walk(std::size_t i, std::string& path) {
    if (const auto it = index_.find(path); it != index_.end()) found_[it->second].value = i;
    if (i >= t_.size()) return i;
    const char c = t_[i];
    if ((c != '{' && c != '[') || !prefixes_.contains(path)) return skip_value(t_, i);
    const std::size_t base = path.size();
    i = skip_ws(t_, i + 1);
    if (c == '{') {
      while (i < t_.size() && t_[i] == '"') {
        const std::size_t key_at = i;
        key_.clear();
        i = decode_string(t_, i + 1, key_);
        append_segment(path, PathSegment{key_, 0, false});
        if (const auto it = index_.find(path); it != index_.end()) found_[it->second].key = key_at;
        i = skip_ws(t_, i);
        if (i < t_.size() && t_[i] == ':') i = skip_ws(t_, i + 1);
        i = skip_ws(t_, walk(i, path));
        path.resize(base);
        if (i < t_.size() && t_[i] == ',') i = skip_ws(t_, i + 1);
        else break;
      }
    } else {
      std::size_t index = 0;
      while (i < t_.size() && t_[i] != ']') {
        append_segment(path, PathSegment{{}, index++, true});
        i = skip_ws(t_, walk(i, path));
        path.resize(base);
        if (i < t_.size() && t_[i] == ',') i = skip_ws(t_, i + 1);
        else break;
      }
    }
    return i < t_.size() ? i + 1 : i;  // past '}' or ']'
  }

  std::string_view t_;
  std::vector<Found>& found_;
  std::unordered_map<std::string, std::size_t> index_;
  std::unordered_set<std::string> prefixes_;
  std::string key_;
};

bool identifier(std::string_view key) noexcept {
  if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

}  // namespace

namespace {
thread_local std::vector<Value> spare_tape;  // the last document's tape, for the next one
constexpr std::size_t max_spare_values = std::size_t{1} << 16;
}  // namespace

Document::Document(std::size_t input_size) {
  tape.swap(spare_tape);
  tape.clear();
  tape.reserve(input_size / 8 + 16);  // a value per 10 bytes of compact JSON, 20 indented
}

Document::~Document() {
  if (tape.capacity() <= max_spare_values && spare_tape.capacity() < tape.capacity()) spare_tape.swap(tape);
}

const Value* Value::if_contains(std::string_view key) const noexcept {
  const Value* found = nullptr;
  for (const Member m : members())
    if (m.key() == key) found = &m.value();
  return found;
}

void parse_document(std::string_view text, Document& doc, Utf8Check utf8) {
  if (text.size() >= UINT32_MAX)  // the tape counts in 32 bits
    throw Error(ErrorCode::invalid_json, "JSON 文本超过 4 GiB，无法读取", "the JSON text is larger than 4 GiB: not read");
  bj::parse_options opts;
  opts.max_depth = max_depth;
  // Checked here, 16 bytes at a time, the whole text's UTF-8 need not be checked again string by
  // string (the parser's own check stops at every byte ≥ 0x80: three times per CJK character).
  // Text that is not UTF-8 is parsed with the parser's check, which says where it fails.
  opts.allow_invalid_utf8 = utf8 == Utf8Check::done || detail::is_valid_utf8(text);
  bj::basic_parser<TapeBuilder> p(opts, text, doc);
  bj::error_code ec;
  const std::size_t n = p.write_some(false, text.data(), text.size(), ec);
  if (ec) throw_syntax(text, n, ec);
  if (n < text.size()) {
    const std::size_t extra = skip_ws(text, n);
    if (extra < text.size()) throw_syntax(text, extra, bj::error::extra_data);
  }
}

std::string_view strip_bom(std::string_view text) noexcept {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

void append_segment(std::string& out, const PathSegment& s) {
  if (s.is_index) {
    out += '[';
    out += std::to_string(s.index);
    out += ']';
  } else if (identifier(s.key)) {
    out += '.';
    out += s.key;
  } else {
    out += "[\"";
    for (const char c : s.key) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += "\"]";
  }
}

std::string path_string(std::span<const PathSegment> path) {
  std::string out = "$";
  for (const PathSegment& s : path) append_segment(out, s);
  return out;
}

std::vector<PathSegment> parse_path(std::string_view path, std::vector<std::string>& storage) {
  std::vector<PathSegment> out;
  std::vector<std::pair<bool, std::size_t>> raw;  // (is_index, index or storage slot)
  std::size_t i = path.starts_with('$') ? 1 : 0;
  while (i < path.size()) {
    if (path[i] == '.') {
      std::size_t e = i + 1;
      while (e < path.size() && path[e] != '.' && path[e] != '[') ++e;
      storage.emplace_back(path.substr(i + 1, e - i - 1));
      raw.emplace_back(false, storage.size() - 1);
      i = e;
    } else if (path[i] == '[' && i + 1 < path.size() && path[i + 1] == '"') {
      std::string key;
      std::size_t e = i + 2;
      while (e < path.size() && path[e] != '"') {
        if (path[e] == '\\' && e + 1 < path.size()) ++e;
        key += path[e++];
      }
      storage.push_back(std::move(key));
      raw.emplace_back(false, storage.size() - 1);
      i = e + 2;  // past "]
    } else if (path[i] == '[') {
      std::size_t e = i + 1, index = 0;
      bool digits = false;
      while (e < path.size() && path[e] >= '0' && path[e] <= '9') {
        index = index * 10 + static_cast<std::size_t>(path[e++] - '0');
        digits = true;
      }
      if (!digits || e >= path.size() || path[e] != ']') break;
      raw.emplace_back(true, index);
      i = e + 1;
    } else {
      break;
    }
  }
  out.reserve(raw.size());
  for (const auto& [is_index, v] : raw)
    out.push_back(is_index ? PathSegment{{}, v, true} : PathSegment{storage[v], 0, false});
  return out;
}

std::vector<TextPosition> positions_of(std::string_view text, std::span<const std::size_t> offsets) {
  std::vector<std::size_t> order(offsets.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
  std::vector<TextPosition> out(offsets.size());
  int line = 1, column = 1;
  std::size_t i = 0;
  for (const std::size_t k : order) {
    const std::size_t target = std::min(offsets[k], text.size());
    for (; i < target; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        column = 1;
      } else if ((c & 0xC0u) != 0x80u && c != '\r') {
        ++column;
      }
    }
    out[k] = TextPosition{line, column};
  }
  return out;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  return positions_of(text, std::span<const std::size_t>(&offset, 1)).front();
}

void find_paths(std::string_view text, std::span<const std::string> wanted, std::vector<Found>& found) {
  PathFinder(text, wanted, found).run();
}

Location locate(std::string_view text, std::span<const PathSegment> path, bool at_key) {
  // The path and each of its prefixes, longest first: the first one found is the answer.
  std::vector<std::string> wanted;
  wanted.reserve(path.size() + 1);
  std::string p = "$";
  wanted.push_back(p);
  for (const PathSegment& s : path) {
    append_segment(p, s);
    wanted.push_back(p);
  }
  std::vector<Found> found;
  find_paths(text, wanted, found);
  for (std::size_t k = wanted.size(); k-- > 0;) {
    const bool key = at_key && k == wanted.size() - 1 && !path.empty() && !path.back().is_index;
    const std::size_t offset = key ? found[k].key : found[k].value;
    if (offset == std::string::npos) continue;
    const TextPosition at = position_of(text, offset);
    return Location{wanted.back(), at.line, at.column};
  }
  return Location{wanted.back(), 0, 0};
}

std::size_t decode_string(std::string_view t, std::size_t i, std::string& out) {
  while (i < t.size()) {
    const char c = t[i];
    if (c == '"') return i + 1;
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= t.size()) return t.size();
    const char e = t[i + 1];
    i += 2;
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::uint32_t cp = hex4(t, i);
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= t.size() && t[i] == '\\' && t[i + 1] == 'u') {
          const std::uint32_t lo = hex4(t, i + 2);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        append_utf8(out, cp);
        break;
      }
      default: out += e; break;  // \" \\ \/
    }
  }
  return t.size();
}

}  // namespace jixiao::json_detail
