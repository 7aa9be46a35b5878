// Internal: a cell parsed where it was read, keeping its text (the JSON reader reads the text into
// the Indicator, then parses it in place: no second copy of the text).
#ifndef JIXIAO_SRC_CELL_IN_PLACE_HPP
#define JIXIAO_SRC_CELL_IN_PLACE_HPP

#include <jixiao/indicator_value.hpp>
#include <jixiao/unit.hpp>

namespace jixiao::detail {

/// cell = parse_indicator_value(cell.text, column_unit), without copying the text. The cell must
/// hold nothing but its text, as the reader leaves it.
void parse_cell_in_place(IndicatorValue& cell, const Unit& column_unit);

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_CELL_IN_PLACE_HPP
