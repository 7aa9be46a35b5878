// jixiao C API: versions, status names, the thread-local last error, argument checks.
#include "capi_internal.hpp"

#include "../../src/transcode_to_utf8.hpp"

#include <jixiao/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

static_assert(JX_VERSION_NUMBER == JIXIAO_VERSION, "jixiao.h and jixiao/version.hpp disagree on the version");
static_assert(static_cast<int>(jixiao::ErrorCode::io_error) == JX_ERR_IO);
static_assert(static_cast<int>(jixiao::ErrorCode::unknown_policy) == JX_ERR_UNKNOWN_POLICY);
static_assert(static_cast<int>(jixiao::RoundingMode::unnecessary) == JX_ROUND_UNNECESSARY);
static_assert(static_cast<int>(jixiao::Severity::error) == JX_SEVERITY_ERROR);
static_assert(static_cast<int>(jixiao::MoneyUnit::wan_yuan) == JX_MONEY_WAN_YUAN);

namespace jixiao::capi {
namespace {

struct LastError {
  int code = JX_OK;
  std::string zh, en, path;
  int line = 0;
  int column = 0;
};

LastError& last_error() noexcept {
  thread_local LastError e;
  return e;
}

}  // namespace

void throw_api(int code, std::string zh, std::string en, Location where) {
  throw ApiError{code, std::move(zh), std::move(en), std::move(where)};
}

int set_last_error(int code, std::string_view zh, std::string_view en, const Location& where) noexcept {
  LastError& e = last_error();
  e.code = code;
  e.line = where.line;
  e.column = where.column;
  try {
    e.zh.assign(zh);
    e.en.assign(en);
    e.path.assign(where.path);
  } catch (...) {  // out of memory while recording: keep the code, drop the text
    e.zh.clear();
    e.en.clear();
    e.path.clear();
  }
  return code;
}

void require(const void* p, const char* name) {
  if (p == nullptr)
    throw_api(JX_ERR_NULL_ARGUMENT, fmt::format("参数“{}”不能为空指针（NULL）", name),
              fmt::format("argument '{}' must not be NULL", name));
}

void check_utf8(std::string_view s, const char* name) {
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  int line = 1, column = 1;
  while (i < n) {
    const unsigned c = b[i];
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c < 0x80) len = 1;
    else if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;           // no overlong forms
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) len = 3, hi = 0x9F;           // no surrogates
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;           // no overlong forms
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;           // nothing above U+10FFFF
    bool ok = len != 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) {
      const unsigned t = b[i + k];
      ok = k == 1 ? (t >= lo && t <= hi) : (t >= 0x80 && t <= 0xBF);
    }
    if (!ok) {
      throw_api(JX_ERR_INVALID_UTF8,
                fmt::format("参数“{}”不是有效的 UTF-8：从字节偏移 {} 处（第 {} 行第 {} 列）的字节 0x{:02X} 起不是"
                            "合法的 UTF-8 序列",
                            name, i, line, column, c),
                fmt::format("argument '{}' is not valid UTF-8: the bytes at byte offset {} (line {}, column {}), "
                            "starting with 0x{:02X}, are not a well-formed UTF-8 sequence",
                            name, i, line, column, c),
                Location{{}, line, column});
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += len;
  }
}

namespace {

/// Line and column (1-based, in characters) of unit `at`, counting the units before it, which are
/// well-formed: a low surrogate there is the second half of a pair and no character of its own.
template <class Unit>
Location position_of(const Unit* s, std::size_t at) noexcept {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (s[i] == '\n') {
      ++line;
      column = 1;
    } else if (sizeof(Unit) > 2 || s[i] < 0xDC00 || s[i] > 0xDFFF) {
      ++column;
    }
  }
  return Location{{}, line, column};
}

[[noreturn]] void throw_invalid_utf16(const std::uint16_t* s, std::size_t units, std::size_t at, const char* name) {
  const Location where = position_of(s, at);
  const unsigned unit = s[at];
  const bool high = unit <= 0xDBFF;
  const char* zh = high ? (at + 1 == units ? "是高位代理项，其后没有低位代理项（文本在此结束）"
                                           : "是高位代理项，其后不是低位代理项")
                        : "是低位代理项，其前没有高位代理项";
  const char* en = high ? (at + 1 == units ? "is a high surrogate with no low surrogate after it (the text ends)"
                                           : "is a high surrogate not followed by a low surrogate")
                        : "is a low surrogate with no high surrogate before it";
  throw_api(JX_ERR_INVALID_UTF8,
            fmt::format("参数“{}”不是有效的 UTF-16：编码单元偏移 {} 处（第 {} 行第 {} 列）的 0x{:04X} {}", name, at,
                        where.line, where.column, unit, zh),
            fmt::format("argument '{}' is not valid UTF-16: the code unit 0x{:04X} at unit offset {} (line {}, "
                        "column {}) {}",
                        name, unit, at, where.line, where.column, en),
            where);
}

[[noreturn]] void throw_invalid_utf32(const std::uint32_t* s, std::size_t at, const char* name) {
  const Location where = position_of(s, at);
  const std::uint32_t unit = s[at];
  const bool surrogate = unit >= 0xD800 && unit <= 0xDFFF;
  throw_api(JX_ERR_INVALID_UTF8,
            fmt::format("参数“{}”不是有效的 UTF-32：编码单元偏移 {} 处（第 {} 行第 {} 列）的 0x{:X} {}", name, at,
                        where.line, where.column, unit,
                        surrogate ? "是代理项，不是字符" : "超出了 Unicode 的范围（最大 U+10FFFF）"),
            fmt::format("argument '{}' is not valid UTF-32: the code unit 0x{:X} at unit offset {} (line {}, "
                        "column {}) {}",
                        name, unit, at, where.line, where.column,
                        surrogate ? "is a surrogate, not a character" : "is beyond Unicode (U+10FFFF at most)"),
            where);
}

/// Room for `capacity` bytes: the thread's scratch buffer (grown when needed, kept up to
/// max_scratch), or a buffer of its own, put in `own`.
char* transcoding_buffer(std::size_t capacity, std::unique_ptr<char[]>& own) {
  constexpr std::size_t max_scratch = std::size_t{1} << 20;  // a package of 256 K characters in UTF-32
  if (capacity > max_scratch) {
    // Uninitialised: a zero-filled copy of the worst case would cost as much as the transcoding.
    own = std::make_unique_for_overwrite<char[]>(capacity);
    return own.get();
  }
  struct Scratch {
    std::unique_ptr<char[]> bytes;
    std::size_t capacity = 0;
  };
  thread_local Scratch scratch;
  if (scratch.capacity < capacity) {
    const std::size_t grown = std::max(capacity, std::min(2 * scratch.capacity, max_scratch));
    scratch.bytes = std::make_unique_for_overwrite<char[]>(grown);
    scratch.capacity = grown;
  }
  return scratch.bytes.get();
}

}  // namespace

TranscodedText utf16_buffer_arg(const std::uint16_t* s, std::size_t units, const char* name) {
  require(s, name);
  if (units > detail::max_utf16_units) throw std::bad_alloc();
  std::unique_ptr<char[]> own;
  char* const bytes = transcoding_buffer(detail::utf8_capacity_of_utf16(units), own);
  const detail::Transcoded t = detail::utf16_to_utf8(s, units, bytes);
  if (!t.ok()) throw_invalid_utf16(s, units, t.invalid_at, name);
  return {std::string_view(bytes, t.bytes), std::move(own)};
}

TranscodedText utf32_buffer_arg(const std::uint32_t* s, std::size_t units, const char* name) {
  require(s, name);
  if (units > detail::max_utf32_units) throw std::bad_alloc();
  std::unique_ptr<char[]> own;
  char* const bytes = transcoding_buffer(detail::utf8_capacity_of_utf32(units), own);
  const detail::Transcoded t = detail::utf32_to_utf8(s, units, bytes);
  if (!t.ok()) throw_invalid_utf32(s, t.invalid_at, name);
  return {std::string_view(bytes, t.bytes), std::move(own)};
}

std::string_view text_arg(const char* s, const char* name) {
  require(s, name);
  const std::string_view v(s);
  check_utf8(v, name);
  return v;
}

std::string_view optional_text_arg(const char* s, const char* name) {
  if (s == nullptr) return {};
  const std::string_view v(s);
  check_utf8(v, name);
  return v;
}

std::string_view buffer_arg(const char* s, std::size_t len, const char* name) {
  require(s, name);
  const std::string_view v(s, len);
  check_utf8(v, name);
  return v;
}

Lang lang_arg(int lang) {
  if (lang == JX_LANG_ZH) return Lang::zh;
  if (lang == JX_LANG_EN) return Lang::en;
  throw_api(JX_ERR_INVALID_ARGUMENT, fmt::format("语言参数 lang 应为 0（中文）或 1（英文），而不是 {}", lang),
            fmt::format("lang must be 0 (Chinese) or 1 (English), not {}", lang));
}

RoundingMode mode_arg(int mode) {
  if (mode >= JX_ROUND_HALF_UP && mode <= JX_ROUND_UNNECESSARY) return static_cast<RoundingMode>(mode);
  throw_api(JX_ERR_INVALID_ARGUMENT, fmt::format("舍入方式 mode 应为 0 到 7（JX_ROUND_*），而不是 {}", mode),
            fmt::format("rounding mode must be 0 to 7 (JX_ROUND_*), not {}", mode));
}

void check_struct_size(std::size_t struct_size, std::size_t first_version, const char* type) {
  if (struct_size < first_version)
    throw_api(JX_ERR_INVALID_ARGUMENT,
              fmt::format("{0}.struct_size 为 {1}，小于第一版的大小 {2}：调用前请设为 sizeof({0})", type, struct_size,
                          first_version),
              fmt::format("{0}.struct_size is {1}, less than the size of its first version ({2}): set it to "
                          "sizeof({0}) before the call",
                          type, struct_size, first_version));
}

bool blank(std::string_view s) noexcept {
  while (!s.empty()) {
    if (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r') {
      s.remove_prefix(1);
    } else if (s.starts_with("\xE3\x80\x80")) {  // U+3000 IDEOGRAPHIC SPACE
      s.remove_prefix(3);
    } else {
      return false;
    }
  }
  return true;
}

char* dup_string(std::string_view s) {
  auto* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p == nullptr) throw std::bad_alloc();
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

const Policy& policy_or_default(const jx_policy* policy) {
  if (policy != nullptr) return policy->policy;
  static const Policy fallback = default_policy();  // thread-safe initialisation, read-only after
  return fallback;
}

}  // namespace jixiao::capi

using namespace jixiao::capi;

extern "C" {

JX_API int jx_version_number(void) { return JX_VERSION_NUMBER; }
JX_API const char* jx_version_string(void) { return JX_VERSION_STRING; }
JX_API int jx_abi_version(void) { return JX_ABI_VERSION; }

JX_API const char* jx_status_name(int status) {
  switch (status) {
    case JX_OK: return "ok";
    case JX_ERR_INVALID_NUMBER: return "invalid_number";
    case JX_ERR_OUT_OF_RANGE: return "out_of_range";
    case JX_ERR_DIVISION_BY_ZERO: return "division_by_zero";
    case JX_ERR_ROUNDING_NECESSARY: return "rounding_necessary";
    case JX_ERR_INVALID_ARGUMENT: return "invalid_argument";
    case JX_ERR_INVALID_JSON: return "invalid_json";
    case JX_ERR_INVALID_PACKAGE: return "invalid_package";
    case JX_ERR_INVALID_POLICY: return "invalid_policy";
    case JX_ERR_UNKNOWN_POLICY: return "unknown_policy";
    case JX_ERR_IO: return "io_error";
    case JX_ERR_NULL_ARGUMENT: return "null_argument";
    case JX_ERR_INVALID_UTF8: return "invalid_utf8";
    case JX_ERR_INDEX: return "index";
    case JX_ERR_NO_MEMORY: return "no_memory";
    case JX_ERR_INTERNAL: return "internal";
    default: return "unknown";
  }
}

JX_API int jx_last_error_code(void) { return last_error().code; }

JX_API const char* jx_last_error_message(int lang) {
  const LastError& e = last_error();
  if (lang == JX_LANG_ZH) return e.zh.c_str();
  if (lang == JX_LANG_EN) return e.en.c_str();
  return "";
}

JX_API const char* jx_last_error_path(void) { return last_error().path.c_str(); }
JX_API int jx_last_error_line(void) { return last_error().line; }
JX_API int jx_last_error_column(void) { return last_error().column; }

JX_API void jx_clear_error(void) {
  LastError& e = last_error();
  e.code = JX_OK;
  e.zh.clear();
  e.en.clear();
  e.path.clear();
  e.line = 0;
  e.column = 0;
}

JX_API void jx_string_free(char* s) { std::free(s); }

}  // extern "C"
