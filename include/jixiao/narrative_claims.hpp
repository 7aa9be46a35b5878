// jixiao: the figures a narrative report states (自评报告中的数字表述), extracted for checking.
#ifndef JIXIAO_NARRATIVE_CLAIMS_HPP
#define JIXIAO_NARRATIVE_CLAIMS_HPP

#include <jixiao/decimal.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// A number as written in the text, with its label and unit.
struct StatedFigure {
  std::string label;   ///< the words before it: "年初预算安排收入", "基本支出", "公务接待费"
  Decimal value;
  std::string unit;    ///< "万元", "元", "人", "%", "名", "个" …
  std::size_t offset = 0;  ///< byte offset in the report text
};

/// What a sentence claims.
enum class ClaimKind {
  amount,      ///< a labelled figure: "年初预算安排收入209.21万元"
  breakdown,   ///< a total and its parts: "支出211.48万元，其中：基本支出156.1万元，项目支出55.38万元"
  difference,  ///< "较预算增加12.13万元" (with the two figures it compares, when the sentence names them)
  share,       ///< "占总支出的73.8%": part ÷ total at the precision written
};

struct Claim {
  ClaimKind kind = ClaimKind::amount;
  std::string sentence;               ///< quoted in findings
  std::size_t offset = 0;             ///< of the sentence in the report text
  StatedFigure figure;                ///< amount; the total of a breakdown; the difference; the share
  std::vector<StatedFigure> parts;    ///< breakdown parts
  std::optional<StatedFigure> base;   ///< difference: the earlier figure; share: the part
  std::optional<StatedFigure> other;  ///< difference: the later figure; share: the whole
  int direction = 0;                  ///< difference: +1 增加/增长/多, −1 减少/下降/少
};

/// The claims of a report, in text order (grammar: docs/narrative.md).
std::vector<Claim> extract_claims(std::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_NARRATIVE_CLAIMS_HPP
