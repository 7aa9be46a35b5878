// jixiao: the readable trace every computed number carries (计算说明).
#ifndef JIXIAO_EXPLANATION_HPP
#define JIXIAO_EXPLANATION_HPP

#include <jixiao/error.hpp>

#include <string>

namespace jixiao {

/// How a number was computed, for a person: inputs, rule, arithmetic, rounding. For example
/// zh "9.38 = 90 ÷ 96 × 10，四舍五入保留2位", en "9.38 = 90 / 96 × 10, rounded half up to 2 places".
struct Explanation {
  std::string zh;
  std::string en;

  const std::string& text(Lang lang) const noexcept { return lang == Lang::zh ? zh : en; }
  bool empty() const noexcept { return zh.empty() && en.empty(); }
};

}  // namespace jixiao

#endif  // JIXIAO_EXPLANATION_HPP
