#include "evaluation_text.hpp"

#include <fmt/format.h>

namespace jixiao::detail {

std::string rounding_phrase(int scale, RoundingMode mode, Lang lang) {
  if (lang == Lang::en)
    return fmt::format("rounded {} to {} places", [&] {
      switch (mode) {
        case RoundingMode::half_up: return "half up";
        case RoundingMode::half_even: return "half even";
        case RoundingMode::half_down: return "half down";
        case RoundingMode::up: return "up (away from zero)";
        case RoundingMode::down: return "down (toward zero)";
        case RoundingMode::ceiling: return "toward +∞";
        case RoundingMode::floor: return "toward −∞";
        case RoundingMode::unnecessary: return "exactly";
      }
      return "";
    }(), scale);
  const char* how = "";
  switch (mode) {
    case RoundingMode::half_up: how = "四舍五入"; break;
    case RoundingMode::half_even: how = "银行家舍入"; break;
    case RoundingMode::half_down: how = "五舍六入"; break;
    case RoundingMode::up: how = "进位"; break;
    case RoundingMode::down: how = "截断"; break;
    case RoundingMode::ceiling: how = "向上取整"; break;
    case RoundingMode::floor: how = "向下取整"; break;
    case RoundingMode::unnecessary: how = "不舍入"; break;
  }
  return fmt::format("{}保留{}位", how, scale);
}

}  // namespace jixiao::detail
