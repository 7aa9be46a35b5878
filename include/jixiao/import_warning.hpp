// jixiao: what an import noticed but did not refuse (unknown fields …).
#ifndef JIXIAO_IMPORT_WARNING_HPP
#define JIXIAO_IMPORT_WARNING_HPP

#include <jixiao/error.hpp>

#include <string>

namespace jixiao {

/// A field the reader did not know, or another oddity it let pass. Reported, never silently dropped.
struct ImportWarning {
  Location where;  ///< JSON path, line, column
  std::string zh;  ///< "未知字段“totl”，已忽略"
  std::string en;  ///< "unknown field 'totl' ignored"
};

/// How strictly JSON is read.
struct ReadOptions {
  bool unknown_fields_are_errors = false;  ///< turn unknown-field warnings into Error(invalid_package)
};

}  // namespace jixiao

#endif  // JIXIAO_IMPORT_WARNING_HPP
