// A terminal table whose columns line up with Chinese text in them (CJK characters are two columns).
#ifndef JIXIAO_APPS_TEXT_TABLE_HPP
#define JIXIAO_APPS_TEXT_TABLE_HPP

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::cli {

class TextTable {
 public:
  enum class Align { left, right };
  struct Column {
    std::string header;
    Align align = Align::left;
    int max_width = 0;  ///< cells wider than this are cut with "…"; 0: no limit
  };

  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  /// The table, two spaces between columns, a rule under the header, each line indented by `indent`.
  std::string render(int indent = 2) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

/// `text` cut to at most `columns` terminal columns, ending in "…" when cut; line breaks become spaces.
std::string fit(std::string_view text, int columns);

}  // namespace jixiao::cli

#endif  // JIXIAO_APPS_TEXT_TABLE_HPP
