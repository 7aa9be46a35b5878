#include <jixiao/version.hpp>

namespace jixiao {
int version() noexcept { return JIXIAO_VERSION; }
const char* version_string() noexcept { return JIXIAO_VERSION_STRING; }
}  // namespace jixiao
