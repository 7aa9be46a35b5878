// Internal: reading a package from JSON text that a transcoder made (the C API's UTF-16 and UTF-32
// entry points). The transcoder checked every unit, so the text is well-formed UTF-8 by
// construction and is not checked again: that check is a tenth of the reading of a package.
#ifndef JIXIAO_SRC_PACKAGE_JSON_TRANSCODED_HPP
#define JIXIAO_SRC_PACKAGE_JSON_TRANSCODED_HPP

#include <jixiao/package_json.hpp>

#include <string_view>

namespace jixiao::detail {

/// read_package_json for text known to be well-formed UTF-8 (transcode_to_utf8.hpp's output). Given
/// anything else, strings may keep ill-formed bytes: never call it on text from outside.
PackageReadResult read_transcoded_package_json(std::string_view json, const ReadOptions& options = {});

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_PACKAGE_JSON_TRANSCODED_HPP
