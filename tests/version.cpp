// Tests of include/jixiao/version.hpp.
#include <jixiao/version.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("the linked library is the version of the headers") {
  CHECK(jixiao::version() == JIXIAO_VERSION);
  CHECK(JIXIAO_VERSION == JIXIAO_VERSION_MAJOR * 10000 + JIXIAO_VERSION_MINOR * 100 + JIXIAO_VERSION_PATCH);
  CHECK(std::string(jixiao::version_string()) == JIXIAO_VERSION_STRING);
  CHECK(std::string(JIXIAO_VERSION_STRING) == std::to_string(JIXIAO_VERSION_MAJOR) + "." +
                                                  std::to_string(JIXIAO_VERSION_MINOR) + "." +
                                                  std::to_string(JIXIAO_VERSION_PATCH));
}
