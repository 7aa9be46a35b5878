#include "text_table.hpp"

#include <jixiao/format.hpp>

#include <algorithm>

namespace jixiao::cli {
namespace {

std::size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

}  // namespace

std::string fit(std::string_view text, int columns) {
  std::string flat;
  flat.reserve(text.size());
  for (char c : text) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (columns <= 0 || detail::display_width(flat) <= columns) return flat;
  std::string out;
  int width = 0;
  for (std::size_t i = 0; i < flat.size();) {
    const std::size_t len = std::min(utf8_length(static_cast<unsigned char>(flat[i])), flat.size() - i);
    const std::string_view ch(flat.data() + i, len);
    const int w = detail::display_width(ch);
    if (width + w > columns - 1) break;  // keep one column for "…"
    out.append(ch);
    width += w;
    i += len;
  }
  return out + "…";
}

std::string TextTable::render(int indent) const {
  std::vector<int> widths(columns_.size(), 0);
  std::vector<std::vector<std::string>> cells;
  cells.reserve(rows_.size() + 1);
  auto fitted = [&](const std::vector<std::string>& row) {
    std::vector<std::string> out(columns_.size());
    for (std::size_t c = 0; c < columns_.size() && c < row.size(); ++c) out[c] = fit(row[c], columns_[c].max_width);
    return out;
  };
  std::vector<std::string> header;
  for (const Column& c : columns_) header.push_back(c.header);
  cells.push_back(header);  // headers are never cut
  for (const auto& row : rows_) cells.push_back(fitted(row));
  for (const auto& row : cells)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], detail::display_width(row[c]));

  std::string out;
  const std::string margin(static_cast<std::size_t>(indent), ' ');
  auto line = [&](const std::vector<std::string>& row) {
    std::string text = margin;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const int pad = widths[c] - detail::display_width(row[c]);
      const std::string spaces(static_cast<std::size_t>(pad), ' ');
      if (c > 0) text += "  ";
      text += columns_[c].align == Align::right ? spaces + row[c] : row[c] + (c + 1 < row.size() ? spaces : "");
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  line(cells[0]);
  int total = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) total += widths[c] + (c > 0 ? 2 : 0);
  std::string rule = margin;
  for (int i = 0; i < total; ++i) rule += "─";
  out += rule + "\n";
  for (std::size_t r = 1; r < cells.size(); ++r) line(cells[r]);
  return out;
}

}  // namespace jixiao::cli
