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
  }
  return "unknown";
}

Error::Error(ErrorCode code, std::string message_zh, std::string message_en, int column)
    : std::runtime_error(message_zh), code_(code), zh_(std::move(message_zh)), en_(std::move(message_en)),
      column_(column) {}

}  // namespace jixiao
