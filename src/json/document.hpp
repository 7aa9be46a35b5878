// jixiao, internal: JSON text → a flat array of values (a "tape") with every number kept as its
// source text, and the error-path helpers that turn a JSON path back into a line and column.
//
// Numbers never pass through a double: a number is a value of kind `number` whose text is its
// characters in the source. Strings and numbers without escapes point into the source text, which
// must outlive the Document; the rest (escaped strings) live in the Document.
#ifndef JIXIAO_SRC_JSON_DOCUMENT_HPP
#define JIXIAO_SRC_JSON_DOCUMENT_HPP

#include <jixiao/error.hpp>

#include <boost/json/error.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace jixiao::json_detail {

namespace bj = boost::json;

inline constexpr std::size_t max_depth = 64;

enum class Kind : std::uint8_t { null, boolean, number, string, object, array };

class Value;

/// An object's member: its name (a string value in the tape) and the value that follows it.
class Member {
 public:
  explicit Member(const Value* name) noexcept : name_(name) {}
  std::string_view key() const noexcept;
  const Value& value() const noexcept;

 private:
  const Value* name_;
};

/// A value of a parsed document. A document is one array of values in the order of the text: a
/// container is followed by its contents, each member by its name and then its value, so a value is
/// only ever referred to, never copied or allocated on its own.
class Value {
 public:
  Kind kind() const noexcept { return kind_; }
  bool is_null() const noexcept { return kind_ == Kind::null; }
  bool is_bool() const noexcept { return kind_ == Kind::boolean; }
  bool get_bool() const noexcept { return flag_; }
  const Value* if_object() const noexcept { return kind_ == Kind::object ? this : nullptr; }
  const Value* if_array() const noexcept { return kind_ == Kind::array ? this : nullptr; }
  /// A string's content or a number's source text.
  std::string_view text() const noexcept { return {data_, size_}; }
  /// Members of an object, elements of an array.
  std::size_t size() const noexcept { return count_; }

  /// Iterates a container's contents: members (Member) of an object, elements (const Value&) of an
  /// array.
  template <class Item>
  class Range {
   public:
    class iterator {
     public:
      iterator(const Value* at, std::uint32_t left) noexcept : at_(at), left_(left) {}
      Item operator*() const noexcept {
        if constexpr (std::is_same_v<Item, Member>) return Member(at_);
        else return *at_;
      }
      iterator& operator++() noexcept {
        // a member is its name (one value) and then its value; an element is just itself
        const Value* v = std::is_same_v<Item, Member> ? at_ + 1 : at_;
        at_ = v + v->span_;
        --left_;
        return *this;
      }
      bool operator==(const iterator& o) const noexcept { return left_ == o.left_; }

     private:
      const Value* at_;
      std::uint32_t left_;
    };
    Range(const Value* first, std::uint32_t n) noexcept : first_(first), n_(n) {}
    iterator begin() const noexcept { return {first_, n_}; }
    iterator end() const noexcept { return {first_, 0}; }

   private:
    const Value* first_;
    std::uint32_t n_;
  };
  Range<Member> members() const noexcept { return {this + 1, kind_ == Kind::object ? count_ : 0}; }
  Range<const Value&> elements() const noexcept { return {this + 1, kind_ == Kind::array ? count_ : 0}; }

  /// The value of the member named `key` (the last one, when a name appears twice), or nullptr.
  const Value* if_contains(std::string_view key) const noexcept;
  bool contains(std::string_view key) const noexcept { return if_contains(key) != nullptr; }

 private:
  friend class TapeBuilder;
  const char* data_ = nullptr;
  std::uint32_t size_ = 0;
  std::uint32_t span_ = 1;   ///< values in this one, itself included: the next value is this + span_
  std::uint32_t count_ = 0;  ///< members or elements
  Kind kind_ = Kind::null;
  bool flag_ = false;
};

inline std::string_view Member::key() const noexcept { return name_->text(); }
inline const Value& Member::value() const noexcept { return name_[1]; }

/// True for a value that was a JSON number in the source.
inline bool is_number(const Value& v) noexcept { return v.kind() == Kind::number; }
/// The source text of a number (is_number(v) must hold).
inline std::string_view number_text(const Value& v) noexcept { return v.text(); }
/// True for a value that was a JSON string in the source.
inline bool is_text(const Value& v) noexcept { return v.kind() == Kind::string; }
inline std::string_view text_of(const Value& v) noexcept { return v.text(); }

/// A parsed document: its values, and the texts that are not in the source as they are. The tape's
/// memory is kept by the thread for its next document (up to 1.5 MiB): a batch then parses into
/// memory that is already allocated and in cache.
struct Document {
  std::vector<Value> tape;
  std::deque<std::string> owned;

  explicit Document(std::size_t input_size);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  const Value& root() const noexcept { return tape.front(); }
};

/// Whether a text still needs its UTF-8 checked before it is parsed. A text that a transcoder made from
/// UTF-16 or UTF-32 (which it checked unit by unit) is well-formed UTF-8 by construction.
enum class Utf8Check : bool { needed, done };

/// Parses `text` into doc.tape (`text` must outlive doc). Throws Error(invalid_json) with line, column and a short reason in
/// Chinese and English.
void parse_document(std::string_view text, Document& doc, Utf8Check utf8 = Utf8Check::needed);

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
/// npos when the path is not there. When a member appears twice the last one counts (as the
/// reader does).
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
