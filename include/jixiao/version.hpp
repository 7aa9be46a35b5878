// jixiao: version of the library, at compile time and at run time.
#ifndef JIXIAO_VERSION_HPP
#define JIXIAO_VERSION_HPP

#define JIXIAO_VERSION_MAJOR 0
#define JIXIAO_VERSION_MINOR 1
#define JIXIAO_VERSION_PATCH 0
/// MAJOR * 10000 + MINOR * 100 + PATCH, as {fmt} does.
#define JIXIAO_VERSION (JIXIAO_VERSION_MAJOR * 10000 + JIXIAO_VERSION_MINOR * 100 + JIXIAO_VERSION_PATCH)
#define JIXIAO_VERSION_STRING "0.1.0"

namespace jixiao {
/// The version of the library actually linked; compare with JIXIAO_VERSION to detect a mismatch.
int version() noexcept;
const char* version_string() noexcept;
}  // namespace jixiao

#endif  // JIXIAO_VERSION_HPP
