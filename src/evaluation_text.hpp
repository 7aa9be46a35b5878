// Internal: the wording shared by the explanations of scores and rates.
#ifndef JIXIAO_SRC_EVALUATION_TEXT_HPP
#define JIXIAO_SRC_EVALUATION_TEXT_HPP

#include <jixiao/explanation.hpp>
#include <jixiao/money.hpp>
#include <jixiao/percent.hpp>
#include <jixiao/policy.hpp>

#include <optional>
#include <string>

namespace jixiao::detail {

/// "四舍五入保留2位" / "rounded half up to 2 places".
const std::string& rounding_phrase(int scale, RoundingMode mode, Lang lang);

/// An amount in the package's unit, as printed in the forms ("211.34").
inline std::string amount_text(const Money& m, MoneyUnit unit) {
  return m.in(unit).strip_trailing_zeros().to_string();
}

/// "（空白）" / "(blank)" for a missing amount.
inline std::string blank(Lang lang) { return lang == Lang::zh ? "（空白）" : "(blank)"; }

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_EVALUATION_TEXT_HPP
