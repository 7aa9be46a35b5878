// The comparison sign in front of a target value (计算符号).
#include <jixiao/comparator.hpp>

namespace jixiao {

std::string_view comparator_symbol(Comparator c) noexcept {
  // The signs the 预算管理一体化 systems store (computesign): ≥ and ≤ are U+2265 / U+2264, the
  // others the full-width ＞ ＝ ＜ (U+FF1E, U+FF1D, U+FF1C).
  switch (c) {
    case Comparator::none: return "";
    case Comparator::greater_equal: return "\xE2\x89\xA5";  // ≥
    case Comparator::greater: return "\xEF\xBC\x9E";        // ＞
    case Comparator::equal: return "\xEF\xBC\x9D";          // ＝
    case Comparator::less: return "\xEF\xBC\x9C";           // ＜
    case Comparator::less_equal: return "\xE2\x89\xA4";     // ≤
  }
  return "";
}

}  // namespace jixiao
