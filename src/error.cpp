#include <jixiao/error.hpp>

namespace jixiao {

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_number: return "invalid_number";
    case ErrorCode::out_of_range: return "out_of_range";
    case ErrorCode::division_by_zero: return "division_by_zero";
    case ErrorCode::rounding_necessary: return "rounding_necessary";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::invalid_json: return "invalid_json";
    case ErrorCode::invalid_package: return "invalid_package";
    case ErrorCode::invalid_policy: return "invalid_policy";
    case ErrorCode::unknown_policy: return "unknown_policy";
    case ErrorCode::io_error: return "io_error";
  }
  return "unknown";
}

Error::Error(ErrorCode code, std::string message_zh, std::string message_en, int column)
    : Error(code, std::move(message_zh), std::move(message_en), Location{{}, 0, column}) {}

Error::Error(ErrorCode code, std::string message_zh, std::string message_en, Location where)
    : std::runtime_error(message_zh), code_(code), zh_(std::move(message_zh)), en_(std::move(message_en)),
      where_(std::move(where)) {}

}  // namespace jixiao
