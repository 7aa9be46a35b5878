#include "evaluation_text.hpp"

#include <fmt/format.h>

#include <vector>

namespace jixiao::detail {

namespace {
std::string make_rounding_phrase(int scale, RoundingMode mode, Lang lang) {
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
}  // namespace

const std::string& rounding_phrase(int scale, RoundingMode mode, Lang lang) {
  // Every phrase is made once: explanations ask for one per scored row.
  constexpr int scales = Decimal::max_scale + 1;
  constexpr int modes = 8;
  static const std::vector<std::string> phrases = [] {
    std::vector<std::string> all;
    all.reserve(2 * scales * modes);
    for (int l = 0; l < 2; ++l)
      for (int m = 0; m < modes; ++m)
        for (int s = 0; s < scales; ++s)
          all.push_back(make_rounding_phrase(s, static_cast<RoundingMode>(m), l == 0 ? Lang::zh : Lang::en));
    return all;
  }();
  if (scale < 0 || scale >= scales || static_cast<int>(mode) < 0 || static_cast<int>(mode) >= modes) {
    static const std::string none;
    return none;
  }
  const int l = lang == Lang::zh ? 0 : 1;
  return phrases[static_cast<std::size_t>((l * modes + static_cast<int>(mode)) * scales + scale)];
}

}  // namespace jixiao::detail
