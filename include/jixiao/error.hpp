// jixiao: the one exception type of the library, with a stable code.
#ifndef JIXIAO_ERROR_HPP
#define JIXIAO_ERROR_HPP

#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao {

/// Stable error codes. The numbers are part of the C ABI (issue #5): never renumber, never reuse.
enum class ErrorCode : int {
  ok = 0,
  invalid_number = 1,      ///< 数字格式错误: text that is not a decimal number
  out_of_range = 2,        ///< 超出范围: a value or result beyond 38 digits or scale 38
  division_by_zero = 3,    ///< 除数为零
  rounding_necessary = 4,  ///< 需要舍入: RoundingMode::unnecessary but the value would change
  invalid_argument = 5,    ///< 参数无效: e.g. a scale outside 0..38
};

/// The code's stable short name ("invalid_number"), for logs and bindings.
std::string_view error_code_name(ErrorCode code) noexcept;

/// Language of user-facing text. Messages are written in Chinese first, English second.
enum class Lang { zh, en };

/// The exception every jixiao operation throws. `what()` is the Chinese message; `message(Lang::en)`
/// the English one. `column` is the 1-based character (not byte) position in the offending text when
/// the error comes from parsing, 0 otherwise.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message_zh, std::string message_en, int column = 0);

  ErrorCode code() const noexcept { return code_; }
  const std::string& message(Lang lang = Lang::zh) const noexcept {
    return lang == Lang::zh ? zh_ : en_;
  }
  int column() const noexcept { return column_; }

 private:
  ErrorCode code_;
  std::string zh_;
  std::string en_;
  int column_;
};

}  // namespace jixiao

#endif  // JIXIAO_ERROR_HPP
