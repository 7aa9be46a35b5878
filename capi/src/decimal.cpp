// jixiao C API: decimals by value (jx_decimal) and on text (jx_decimal_calc).
#include "capi_internal.hpp"

#include <jixiao/decimal.hpp>

#include <fmt/format.h>

namespace jixiao::capi {
namespace {

Decimal from_c(const jx_decimal& d) {
  const uint128 bits = (static_cast<uint128>(static_cast<std::uint64_t>(d.hi)) << 64) | d.lo;
  return Decimal::from_coefficient(static_cast<int128>(bits), d.scale);
}

jx_decimal to_c(const Decimal& d) noexcept {
  const auto bits = static_cast<uint128>(d.coefficient());
  jx_decimal out;
  out.hi = static_cast<std::int64_t>(static_cast<std::uint64_t>(bits >> 64));
  out.lo = static_cast<std::uint64_t>(bits);
  out.scale = d.scale();
  return out;
}

template <class Op>
int binary(jx_decimal a, jx_decimal b, jx_decimal* out, Op op) noexcept {
  return guarded([&] {
    require(out, "out");
    const Decimal r = op(from_c(a), from_c(b));
    *out = to_c(r);
  });
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API int jx_decimal_parse(const char* text, jx_decimal* out) {
  return guarded([&] {
    const std::string_view t = text_arg(text, "text");
    require(out, "out");
    *out = to_c(Decimal::parse(t));
  });
}

JX_API int jx_decimal_format(jx_decimal value, char* buf, size_t buf_size) {
  return guarded([&] {
    require(buf, "buf");
    const Decimal d = from_c(value);
    char tmp[96];
    char* end = d.to_chars(tmp, tmp + sizeof tmp);
    if (end == nullptr) throw_api(JX_ERR_INTERNAL, "数字文本超出缓冲区", "number text overflowed its buffer");
    const auto n = static_cast<std::size_t>(end - tmp);
    if (buf_size < n + 1)
      throw_api(JX_ERR_INVALID_ARGUMENT,
                fmt::format("缓冲区 buf 只有 {} 字节，写下“{}”需要 {} 字节（含结尾的 NUL；64 字节总是够用）", buf_size,
                            std::string_view(tmp, n), n + 1),
                fmt::format("buf has {} bytes; \"{}\" needs {} with its terminating NUL (64 always suffice)", buf_size,
                            std::string_view(tmp, n), n + 1));
    std::memcpy(buf, tmp, n);
    buf[n] = '\0';
  });
}

namespace {
// The full path (checks every argument, any scales, overflow, the last error), out of line so that
// the fast paths below need no stack frame.
[[gnu::noinline]] int add_full(jx_decimal a, jx_decimal b, jx_decimal* out) noexcept {
  return binary(a, b, out, [](const Decimal& x, const Decimal& y) { return x + y; });
}

// 64-bit coefficients of any scales (detail::add_small), else the full path.
[[gnu::noinline]] int add_scaled(jx_decimal a, jx_decimal b, jx_decimal* out) noexcept {
  const auto la = static_cast<std::int64_t>(a.lo), lb = static_cast<std::int64_t>(b.lo);
  int128 sum;
  int scale;
  if (out != nullptr && a.hi == (la >> 63) && b.hi == (lb >> 63) && static_cast<std::uint32_t>(a.scale) <= 38u &&
      static_cast<std::uint32_t>(b.scale) <= 38u && detail::add_small(la, a.scale, lb, b.scale, sum, scale)) {
    out->hi = static_cast<std::int64_t>(static_cast<std::uint64_t>(static_cast<uint128>(sum) >> 64));
    out->lo = static_cast<std::uint64_t>(static_cast<uint128>(sum));
    out->scale = scale;
    return JX_OK;
  }
  return add_full(a, b, out);
}
}  // namespace

JX_API int jx_decimal_add(jx_decimal a, jx_decimal b, jx_decimal* out) {
  // The common case (amounts of one scale, 64-bit coefficients, a sum within 64 bits) in few
  // registers and without a stack frame; any other goes out of line.
  const auto la = static_cast<std::int64_t>(a.lo), lb = static_cast<std::int64_t>(b.lo);
  std::int64_t sum;
  if (out != nullptr && a.scale == b.scale && static_cast<std::uint32_t>(a.scale) <= 38u &&
      ((a.hi ^ (la >> 63)) | (b.hi ^ (lb >> 63))) == 0 && !__builtin_add_overflow(la, lb, &sum)) [[likely]] {
    out->hi = sum >> 63;
    out->lo = static_cast<std::uint64_t>(sum);
    out->scale = a.scale;
    return JX_OK;
  }
  return add_scaled(a, b, out);
}

JX_API int jx_decimal_sub(jx_decimal a, jx_decimal b, jx_decimal* out) {
  return binary(a, b, out, [](const Decimal& x, const Decimal& y) { return x - y; });
}

JX_API int jx_decimal_mul(jx_decimal a, jx_decimal b, jx_decimal* out) {
  return binary(a, b, out, [](const Decimal& x, const Decimal& y) { return x * y; });
}

JX_API int jx_decimal_div(jx_decimal a, jx_decimal b, int scale, int mode, jx_decimal* out) {
  return guarded([&] {
    require(out, "out");
    const RoundingMode m = mode_arg(mode);
    *out = to_c(from_c(a).divide(from_c(b), scale, m));
  });
}

JX_API int jx_decimal_round(jx_decimal a, int scale, int mode, jx_decimal* out) {
  return guarded([&] {
    require(out, "out");
    const RoundingMode m = mode_arg(mode);
    *out = to_c(from_c(a).round(scale, m));
  });
}

JX_API int jx_decimal_compare(jx_decimal a, jx_decimal b, int* out) {
  return guarded([&] {
    require(out, "out");
    const auto c = from_c(a) <=> from_c(b);
    *out = c < 0 ? -1 : (c > 0 ? 1 : 0);
  });
}

JX_API int jx_decimal_calc(const char* a, char op, const char* b, int scale, int mode, char** out) {
  return guarded([&] {
    const std::string_view at = text_arg(a, "a");
    require(out, "out");
    if (op != '+' && op != '-' && op != '*' && op != '/' && op != 'r') {
      const int code = static_cast<unsigned char>(op);
      throw_api(JX_ERR_INVALID_ARGUMENT,
                fmt::format("运算符 op 应为 '+'、'-'、'*'、'/' 或 'r'，而不是字符码 {}", code),
                fmt::format("op must be '+', '-', '*', '/' or 'r', not character code {}", code));
    }
    const std::string_view bt = op == 'r' ? std::string_view() : text_arg(b, "b");
    const Decimal x = Decimal::parse(at);
    Decimal r;
    switch (op) {
      case '+': r = x + Decimal::parse(bt); break;
      case '-': r = x - Decimal::parse(bt); break;
      case '*': r = x * Decimal::parse(bt); break;
      case '/': r = x.divide(Decimal::parse(bt), scale, mode_arg(mode)); break;
      default: r = x.round(scale, mode_arg(mode)); break;
    }
    *out = dup_string(r.to_string());
  });
}

}  // extern "C"
