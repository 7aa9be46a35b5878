// Internal: a string built from pieces with one allocation, for the explanations written for every
// scored row (fmt's formatting costs several times more per piece, and a row has a dozen).
#ifndef JIXIAO_SRC_CONCAT_HPP
#define JIXIAO_SRC_CONCAT_HPP

#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>

#include <charconv>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace jixiao::detail {

/// One piece of text: a view, or a number or date written into the piece itself (as fmt's "{}"
/// writes them: Decimal plain at its own scale, Date as Date::to_string).
class TextPiece {
 public:
  TextPiece(std::string_view s) noexcept : view_(s) {}
  TextPiece(const char* s) noexcept : view_(s) {}
  TextPiece(const std::string& s) noexcept : view_(s) {}
  TextPiece(const Decimal& d) noexcept : view_(buf_, static_cast<std::size_t>(d.to_chars(buf_, buf_ + sizeof buf_) - buf_)) {}
  TextPiece(const Date& d) noexcept : view_(buf_, static_cast<std::size_t>(d.to_chars(buf_, buf_ + sizeof buf_) - buf_)) {}
  TextPiece(std::size_t n) noexcept
      : view_(buf_, static_cast<std::size_t>(std::to_chars(buf_, buf_ + sizeof buf_, n).ptr - buf_)) {}
  TextPiece(const TextPiece&) = delete;
  TextPiece& operator=(const TextPiece&) = delete;

  std::string_view view() const noexcept { return view_; }

 private:
  char buf_[64];  // Decimal::to_chars: 64 always suffice
  std::string_view view_;
};

/// The bytes the pieces take.
inline std::size_t size_of(std::initializer_list<TextPiece> pieces) noexcept {
  std::size_t size = 0;
  for (const TextPiece& p : pieces) size += p.view().size();
  return size;
}

/// Appends every piece to out, growing it once.
inline void append(std::string& out, std::initializer_list<TextPiece> pieces) {
  out.reserve(out.size() + size_of(pieces));
  for (const TextPiece& p : pieces) out.append(p.view());
}

/// The pieces joined: concat({score, " = ", a, " ÷ ", t}).
inline std::string concat(std::initializer_list<TextPiece> pieces) {
  std::string out;
  append(out, pieces);
  return out;
}

/// Three lists of pieces joined with one allocation: concat({score, " = 分值（"}, why, {"）"}).
inline std::string concat(std::initializer_list<TextPiece> a, std::initializer_list<TextPiece> b,
                          std::initializer_list<TextPiece> c) {
  std::string out;
  out.reserve(size_of(a) + size_of(b) + size_of(c));
  append(out, a);
  append(out, b);
  append(out, c);
  return out;
}

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_CONCAT_HPP
