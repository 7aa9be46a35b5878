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
  invalid_json = 6,        ///< JSON 语法错误: the text is not JSON
  invalid_package = 7,     ///< 材料数据错误: JSON that does not describe a package (wrong type, missing field)
  invalid_policy = 8,      ///< 评分规则错误: a policy that does not load or does not validate
  unknown_policy = 9,      ///< 未知评分规则: no built-in policy by that name
  io_error = 10,           ///< 读写文件失败
};

/// Where in an input an error is: a JSON path ("$.projects[0].funds.total.executed"), and the
/// 1-based line and column (in characters) of the offending text; 0 where unknown.
struct Location {
  std::string path;
  int line = 0;
  int column = 0;
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
  Error(ErrorCode code, std::string message_zh, std::string message_en, Location where);

  ErrorCode code() const noexcept { return code_; }
  const std::string& message(Lang lang = Lang::zh) const noexcept {
    return lang == Lang::zh ? zh_ : en_;
  }
  int column() const noexcept { return where_.column; }
  int line() const noexcept { return where_.line; }
  const std::string& path() const noexcept { return where_.path; }
  const Location& where() const noexcept { return where_; }

 private:
  ErrorCode code_;
  std::string zh_;
  std::string en_;
  Location where_;
};

}  // namespace jixiao

#endif  // JIXIAO_ERROR_HPP
