// jixiao: 年度总体目标 of a self-evaluation table: what was planned and what was done.
#ifndef JIXIAO_GOALS_HPP
#define JIXIAO_GOALS_HPP

#include <string>

namespace jixiao {

struct Goals {
  std::string expected;  ///< 预期目标
  std::string actual;    ///< 实际完成情况

  friend bool operator==(const Goals&, const Goals&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_GOALS_HPP
