#include <jixiao/rounding_mode.hpp>

#include <array>
#include <utility>

namespace jixiao {
namespace {

struct Names {
  RoundingMode mode;
  std::string_view name;    // ours, as the enumerator
  std::string_view python;  // decimal.ROUND_*
  std::string_view java;    // java.math.RoundingMode
};

constexpr std::array<Names, 8> names{{
    {RoundingMode::half_up, "half_up", "ROUND_HALF_UP", "HALF_UP"},
    {RoundingMode::half_even, "half_even", "ROUND_HALF_EVEN", "HALF_EVEN"},
    {RoundingMode::half_down, "half_down", "ROUND_HALF_DOWN", "HALF_DOWN"},
    {RoundingMode::up, "up", "ROUND_UP", "UP"},
    {RoundingMode::down, "down", "ROUND_DOWN", "DOWN"},
    {RoundingMode::ceiling, "ceiling", "ROUND_CEILING", "CEILING"},
    {RoundingMode::floor, "floor", "ROUND_FLOOR", "FLOOR"},
    {RoundingMode::unnecessary, "unnecessary", "", "UNNECESSARY"},
}};

}  // namespace

std::string_view rounding_mode_name(RoundingMode mode) noexcept {
  for (const auto& n : names)
    if (n.mode == mode) return n.name;
  return "unknown";
}

std::optional<RoundingMode> rounding_mode_from_name(std::string_view name) noexcept {
  if (name.empty()) return std::nullopt;
  for (const auto& n : names)
    if (name == n.name || name == n.python || name == n.java) return n.mode;
  return std::nullopt;
}

}  // namespace jixiao
