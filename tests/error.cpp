// Tests of include/jixiao/error.hpp.
#include <jixiao/error.hpp>

#include <doctest/doctest.h>

using jixiao::Error;
using jixiao::ErrorCode;
using jixiao::Lang;

TEST_CASE("Error carries code, both messages and the column") {
  const Error e(ErrorCode::invalid_number, "数字格式错误", "not a number", 3);
  CHECK(e.code() == ErrorCode::invalid_number);
  CHECK(e.message() == "数字格式错误");
  CHECK(e.message(Lang::en) == "not a number");
  CHECK(std::string(e.what()) == "数字格式错误");
  CHECK(e.column() == 3);
  const std::runtime_error& base = e;
  CHECK(std::string(base.what()) == "数字格式错误");
}

TEST_CASE("error codes are stable numbers with stable names") {
  CHECK(static_cast<int>(ErrorCode::ok) == 0);
  CHECK(static_cast<int>(ErrorCode::invalid_number) == 1);
  CHECK(static_cast<int>(ErrorCode::out_of_range) == 2);
  CHECK(static_cast<int>(ErrorCode::division_by_zero) == 3);
  CHECK(static_cast<int>(ErrorCode::rounding_necessary) == 4);
  CHECK(static_cast<int>(ErrorCode::invalid_argument) == 5);
  CHECK(static_cast<int>(ErrorCode::invalid_json) == 6);
  CHECK(static_cast<int>(ErrorCode::invalid_package) == 7);
  CHECK(static_cast<int>(ErrorCode::invalid_policy) == 8);
  CHECK(static_cast<int>(ErrorCode::unknown_policy) == 9);
  CHECK(static_cast<int>(ErrorCode::io_error) == 10);
  CHECK(jixiao::error_code_name(ErrorCode::invalid_package) == "invalid_package");
  CHECK(jixiao::error_code_name(ErrorCode::out_of_range) == "out_of_range");
  CHECK(jixiao::error_code_name(ErrorCode::rounding_necessary) == "rounding_necessary");
  CHECK(jixiao::error_code_name(static_cast<ErrorCode>(999)) == "unknown");
}

TEST_CASE("Error with a location in a JSON document") {
  const Error e(ErrorCode::invalid_package, "缺少字段", "missing field",
                jixiao::Location{"$.projects[0].funds", 12, 7});
  CHECK(e.path() == "$.projects[0].funds");
  CHECK(e.line() == 12);
  CHECK(e.column() == 7);
}
