// jixiao: the sign-off line under each form (填表人、填报日期). The telephone is not kept.
#ifndef JIXIAO_SIGN_OFF_HPP
#define JIXIAO_SIGN_OFF_HPP

#include <jixiao/date.hpp>

#include <optional>
#include <string>

namespace jixiao {

struct SignOff {
  std::string filled_by;          ///< 填表人
  std::optional<Date> fill_date;  ///< 填报日期

  friend bool operator==(const SignOff&, const SignOff&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_SIGN_OFF_HPP
