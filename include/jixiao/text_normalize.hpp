// jixiao: cell text as typed into forms, brought to one spelling for matching.
#ifndef JIXIAO_TEXT_NORMALIZE_HPP
#define JIXIAO_TEXT_NORMALIZE_HPP

#include <string>
#include <string_view>

namespace jixiao {

/// The text with every space and line break removed (ASCII, U+3000, U+00A0) and full-width ASCII
/// forms (U+FF01–FF5E: （）：，１２％ …) turned into their ASCII twins: "服务对\n象满意度指标" →
/// "服务对象满意度指标", "（40 分）" → "(40分)". Invalid UTF-8 bytes are kept as they are.
std::string normalize_label(std::string_view text);

/// True when normalize_label would give the text back unchanged (no space, line break or
/// full-width form in it): a cheap test before a copy.
bool is_normalized_label(std::string_view text) noexcept;

/// The text with leading and trailing spaces and line breaks (ASCII, U+3000, U+00A0) removed.
std::string_view trim(std::string_view text) noexcept;

}  // namespace jixiao

#endif  // JIXIAO_TEXT_NORMALIZE_HPP
