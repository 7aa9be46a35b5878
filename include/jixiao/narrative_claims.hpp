// jixiao: the figures a narrative report states (自评报告中的数字表述), extracted for checking.
//
// The grammar (sentences, number + unit tokens, labels, 其中 / （含…） / "：" breakdowns, 较…增加
// differences, 占…的N% shares, grade phrases) and what it does not understand are in
// docs/narrative.md. Numbers are read with Decimal::try_parse, never through a double.
#ifndef JIXIAO_NARRATIVE_CLAIMS_HPP
#define JIXIAO_NARRATIVE_CLAIMS_HPP

#include <jixiao/decimal.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// A number as written in the text, with its label and unit.
struct StatedFigure {
  std::string label;  ///< the words before it: "年初预算安排收入", "基本支出", "公务接待费"; spaces and
                      ///< line breaks removed, full-width ASCII forms as ASCII ("因公出国(境)费"),
                      ///< a leading date ("2024年") and connectives (其中, 累计, 总计 …) trimmed
  Decimal value;     ///< as written: "156.1" keeps scale 1
  std::string unit;  ///< "万元", "元", "亿元", "人", "名", "个", "件", "次", "项", "人次", "%", "百分点"
  std::size_t offset = 0;  ///< byte offset of the number in the report text
  int year = 0;            ///< the year it is dated with: "2024年" in its own words, else the first year
                           ///< named in its sentence; 0 when none
};

/// What a sentence claims.
enum class ClaimKind {
  amount,     ///< a labelled figure: "年初预算安排收入209.21万元"
  breakdown,  ///< a total and its parts: "支出211.48万元，其中：基本支出156.1万元，项目支出55.38万元"
  difference,  ///< "较预算增加12.13万元" (with the two figures it compares, when the sentence names them)
  share,       ///< "占总支出的73.8%": part ÷ total at the precision written
};

struct Claim {
  ClaimKind kind = ClaimKind::amount;
  std::string sentence;               ///< the sentence exactly as in the text (quoted in findings)
  std::size_t offset = 0;             ///< of the sentence in the report text
  StatedFigure figure;                ///< amount; the total of a breakdown; the difference; the share
  std::vector<StatedFigure> parts;    ///< breakdown parts (not the parts of a part's own （含…）)
  std::optional<StatedFigure> base;   ///< difference: the earlier figure; share: the part
  std::optional<StatedFigure> other;  ///< difference: the later figure; share: the whole
  int direction = 0;                  ///< difference: +1 增加/增长/提高/多, −1 减少/下降/降低/少
  std::string reference;              ///< difference: what it is compared with ("预算", "上年"),
                                      ///< also when the sentence names no figure for it
  bool partial = false;               ///< breakdown: the list says it is incomplete (…等, 其中主要…)
};

/// The claims of a report, in text order (grammar: docs/narrative.md). Every plain figure is an
/// `amount` claim, including the totals and parts of breakdowns; a breakdown claim follows the
/// amount claim of its total.
std::vector<Claim> extract_claims(std::string_view text);

/// A grade the report gives itself: "自评结果良好", "评价等级为优".
struct StatedGrade {
  std::string word;               ///< as written (normalised like labels): "良好", "优"
  std::string grade;              ///< 优, 良, 中 or 差
  std::string phrase;             ///< the phrase it was read from: "自评结果良好"
  std::string sentence;           ///< the sentence exactly as in the text
  std::size_t offset = 0;         ///< of the sentence in the report text
  std::size_t phrase_offset = 0;  ///< of the phrase in the report text
};

/// The grade phrases of a report, in text order.
std::vector<StatedGrade> extract_grades(std::string_view text);

/// The grade a word names: 优秀/优 → 优, 良好/良 → 良, 中等/一般/中 → 中, 较差/差 → 差; other text is
/// returned unchanged (so a policy's own grade names compare with themselves).
std::string canonical_grade(std::string_view word);

}  // namespace jixiao

#endif  // JIXIAO_NARRATIVE_CLAIMS_HPP
