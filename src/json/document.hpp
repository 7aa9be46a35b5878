// jixiao, internal: JSON text → boost::json::value with every number kept as its source text, and
// the error-path helpers that turn a JSON path back into a line and column.
//
// Numbers never pass through a double: the parser's handler stores a number as a JSON string whose
// first byte is 0xFF followed by the number's text ("\xff" "0.1"). Boost.JSON rejects invalid UTF-8
// in strings, so no string read from the input can start with that byte.
#ifndef JIXIAO_SRC_JSON_DOCUMENT_HPP
#define JIXIAO_SRC_JSON_DOCUMENT_HPP

#include <jixiao/error.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json_detail {

namespace bj = boost::json;

inline constexpr char number_mark = '\xff';
inline constexpr std::size_t max_depth = 64;

/// True for a value that was a JSON number in the source.
inline bool is_number(const bj::value& v) noexcept {
  const bj::string* s = v.if_string();
  return s != nullptr && !s->empty() && s->front() == number_mark;
}
/// The source text of a number (is_number(v) must hold).
inline std::string_view number_text(const bj::value& v) noexcept {
  const bj::string& s = v.get_string();
  return {s.data() + 1, s.size() - 1};
}
/// True for a value that was a JSON string in the source.
inline bool is_text(const bj::value& v) noexcept {
  const bj::string* s = v.if_string();
  return s != nullptr && (s->empty() || s->front() != number_mark);
}
inline std::string_view text_of(const bj::value& v) noexcept {
  const bj::string& s = v.get_string();
  return {s.data(), s.size()};
}

/// A parsed document; the values live in `resource`, so a Document is neither copied nor moved.
struct Document {
  bj::monotonic_resource resource;
  bj::value root;  ///< in `resource` too, so that taking the parsed value moves it instead of copying

  explicit Document(std::size_t input_size) : resource(input_size + 4096), root(bj::storage_ptr(&resource)) {}
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
};

/// Parses `text` into doc.root. Throws Error(invalid_json) with line, column and a short reason in
/// Chinese and English.
void parse_document(std::string_view text, Document& doc);

/// The text without a leading UTF-8 byte order mark (Windows editors write one).
std::string_view strip_bom(std::string_view text) noexcept;

/// One step of a JSON path: a member name or an array index.
struct PathSegment {
  std::string_view key;  ///< for a member; must outlive the segment
  std::size_t index = 0;
  bool is_index = false;
};

/// "$.projects[0].funds" (names that are not identifiers as ["na me"]).
std::string path_string(std::span<const PathSegment> path);
void append_segment(std::string& out, const PathSegment& segment);

/// Splits a path such as "$.grades[1].min" or "$[\"a b\"][0]" into segments whose keys point into
/// `storage` (which receives decoded names). Stops at the first thing it does not understand.
std::vector<PathSegment> parse_path(std::string_view path, std::vector<std::string>& storage);

struct TextPosition {
  int line = 0;    ///< 1-based
  int column = 0;  ///< 1-based, in characters (UTF-8 sequences count one)
};
/// Line and column of byte offsets in `text` (any order), in one pass.
std::vector<TextPosition> positions_of(std::string_view text, std::span<const std::size_t> offsets);
TextPosition position_of(std::string_view text, std::size_t offset);

/// Where a path is in the source: the byte offset of its value and, for a member, of its name.
/// npos when the path is not there. When a member appears twice the last one counts (as in
/// Boost.JSON's objects).
struct Found {
  std::size_t key = std::string::npos;
  std::size_t value = std::string::npos;
};
/// Finds every path of `wanted` (rendered with path_string) in valid JSON `text`, in one pass.
void find_paths(std::string_view text, std::span<const std::string> wanted, std::vector<Found>& found);

/// The location of `path` in `text`: the position of its name when `at_key` and it is a member,
/// else of its value; when the path is not in the text, of the longest prefix that is.
Location locate(std::string_view text, std::span<const PathSegment> path, bool at_key = false);

/// A JSON string's content decoded (escapes resolved); `text` starts after the opening quote.
/// Returns the offset just past the closing quote.
std::size_t decode_string(std::string_view text, std::size_t pos, std::string& out);

}  // namespace jixiao::json_detail

#endif  // JIXIAO_SRC_JSON_DOCUMENT_HPP
