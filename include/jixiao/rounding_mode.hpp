// jixiao: rounding modes, named as in Java's RoundingMode and Python's decimal.
#ifndef JIXIAO_ROUNDING_MODE_HPP
#define JIXIAO_ROUNDING_MODE_HPP

#include <optional>
#include <string_view>

namespace jixiao {

/// How a value is brought to fewer decimal places. The numbers are part of the C ABI.
enum class RoundingMode : int {
  half_up = 0,      ///< 四舍五入: nearest, ties away from zero (2.5 → 3, −2.5 → −3). The default.
  half_even = 1,    ///< 银行家舍入: nearest, ties to the even neighbour (2.5 → 2, 3.5 → 4)
  half_down = 2,    ///< 五舍六入: nearest, ties toward zero (2.5 → 2, −2.5 → −2)
  up = 3,           ///< 远离零 (1.1 → 2, −1.1 → −2)
  down = 4,         ///< 截断 toward zero (1.9 → 1, −1.9 → −1)
  ceiling = 5,      ///< 向正无穷 (1.1 → 2, −1.9 → −1)
  floor = 6,        ///< 向负无穷 (1.9 → 1, −1.1 → −2)
  unnecessary = 7,  ///< 不允许舍入: an error if the value would change
};

/// "half_up", "half_even", ... (the enumerator's name).
std::string_view rounding_mode_name(RoundingMode mode) noexcept;

/// Inverse of rounding_mode_name; also accepts Python's "ROUND_HALF_UP" spelling and Java's
/// "HALF_UP". Empty when the name is unknown.
std::optional<RoundingMode> rounding_mode_from_name(std::string_view name) noexcept;

}  // namespace jixiao

#endif  // JIXIAO_ROUNDING_MODE_HPP
