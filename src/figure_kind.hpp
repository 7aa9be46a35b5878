// Internal: what a unit written after a figure in a narrative makes of it (money, a count, a rate).
#ifndef JIXIAO_SRC_FIGURE_KIND_HPP
#define JIXIAO_SRC_FIGURE_KIND_HPP

#include <string_view>

namespace jixiao::detail {

enum class FigureKind { none, money, count, percent, points };

/// "万元" → money, "%" → percent, "百分点" → points, "人"/"名"/"件" … → count, "" → none.
constexpr FigureKind figure_kind(std::string_view unit) noexcept {
  if (unit == "元" || unit == "万元" || unit == "亿元") return FigureKind::money;
  if (unit == "%") return FigureKind::percent;
  if (unit == "百分点") return FigureKind::points;
  if (unit.empty()) return FigureKind::none;
  return FigureKind::count;
}

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_FIGURE_KIND_HPP
