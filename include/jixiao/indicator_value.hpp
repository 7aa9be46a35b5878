// jixiao: a target (年度指标值) or actual (实际完成值) cell, parsed from what people type.
#ifndef JIXIAO_INDICATOR_VALUE_HPP
#define JIXIAO_INDICATOR_VALUE_HPP

#include <jixiao/comparator.hpp>
#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/unit.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// What kind of value a cell holds.
enum class ValueKind {
  empty,        ///< blank, or a placeholder dash: "", "—", "——", "-", "/", "无"
  number,       ///< [comparator] number [unit]: "≥96%", "221", "≤8万元", "＞=95 %", "100 人"
  range,        ///< "85%-95%", "85%～95%", "[80,90]", "80-90分", "80至90": both bounds inclusive
  date,         ///< "2025年12月31日前", "2023年12月", "12月底前": a deadline or a month (year 0 when not written)
  qualitative,  ///< one of the qualitative phrases: "按规定完成", "达成年度指标", "严格控制", "进一步完善"
  text,         ///< anything else, placeholders ("*", "……", "指标1") and approximations ("约30人")
                ///< included: kept as written with a note, never guessed
};

/// How a qualitative phrase reads against the three tiers of 财预〔2020〕10号.
enum class QualitativeTier {
  unknown,       ///< a qualitative phrase that names no tier ("严格控制", "进一步完善")
  achieved,      ///< 达成年度指标 / 达成预期指标 / 达成 / 已完成 / 按规定完成 / 全部完成
  partial,       ///< 部分达成年度指标并具有一定效果 / 部分达成 / 基本完成 / 基本达成
  not_achieved,  ///< 未达成年度指标且效果较差 / 未达成 / 未完成
};

/// A parsed cell. `text` always keeps the cell as written.
struct IndicatorValue {
  std::string text;
  ValueKind kind = ValueKind::empty;
  Comparator comparator = Comparator::none;  ///< for number (and a date written with 前/以前/之前: less_equal)
  Decimal number;                            ///< for number
  Decimal low, high;                         ///< for range, low ≤ high
  Unit unit;                                 ///< for number and range: written after the number(s), or empty
  std::optional<Date> date;                  ///< for date
  QualitativeTier tier = QualitativeTier::unknown;  ///< for qualitative
  /// Why a cell became ValueKind::text, in Chinese and English ("“约30”不是可比较的数值" …).
  std::string note_zh, note_en;

  friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

/// Parses a target or actual cell: comparators ≥ ＞ ＝ ＜ ≤ >= <= > < = ≧ ≦ and none (also the word
/// forms 不低于/不少于/不超过/控制在…以内), numbers with Decimal::parse's grammar (full-width digits,
/// grouping) followed by a unit, percentages, ranges, dates and deadlines, the qualitative phrases and
/// tier phrases. Never throws (short of std::bad_alloc): what cannot be read, invalid UTF-8 included,
/// is ValueKind::text with a note. The grammar is in docs/indicator-values.md.
IndicatorValue parse_indicator_value(std::string_view text);

/// True for a template placeholder left unfilled — "*", "……", "...", "XX", "××", "指标1", "指标值",
/// "待定", "略" — exactly when parse_indicator_value would call the cell one; cheap on long text.
bool is_placeholder(std::string_view text);

/// The same cell, with the unit column (计量单位) of the row: used when the cell itself names no unit
/// (a number or a range). "8万" in a 万元 column is 8 万元.
IndicatorValue parse_indicator_value(std::string_view text, const Unit& column_unit);

}  // namespace jixiao

#endif  // JIXIAO_INDICATOR_VALUE_HPP
