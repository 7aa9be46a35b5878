// jixiao: the comparison sign in front of a target value (计算符号).
#ifndef JIXIAO_COMPARATOR_HPP
#define JIXIAO_COMPARATOR_HPP

#include <string_view>

namespace jixiao {

/// ≥ ＞ ＝ ＜ ≤ as written before a 年度指标值. `none` when no sign is written (read as "reach
/// at least this" by the scoring rules, like ≥).
enum class Comparator {
  none,
  greater_equal,  ///< ≥ >= ≧ 不低于 不少于 不小于 大于等于 至少 达到, …以上
  greater,        ///< ＞ > 高于 大于 超过 多于
  equal,          ///< ＝ = 等于
  less,           ///< ＜ < 低于 小于 少于 不足
  less_equal,     ///< ≤ <= ≦ 不高于 不超过 不多于 小于等于 控制在…以内, …以下, a deadline (…前)
};

/// "≥", "＞", "＝", "＜", "≤", or "" for none.
std::string_view comparator_symbol(Comparator c) noexcept;

}  // namespace jixiao

#endif  // JIXIAO_COMPARATOR_HPP
