// jixiao C API: what every implementation file shares. The handles behind the opaque C types, the
// thread-local last error, argument checks (NULL, UTF-8) and the exception boundary.
#ifndef JIXIAO_CAPI_INTERNAL_HPP
#define JIXIAO_CAPI_INTERNAL_HPP

#include <jixiao.h>

#include <jixiao/audit.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluation.hpp>
#include <jixiao/import_warning.hpp>
#include <jixiao/money.hpp>
#include <jixiao/package.hpp>
#include <jixiao/package_json.hpp>
#include <jixiao/policy.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// ---- the handles ---------------------------------------------------------------------------------

struct jx_package {
  jixiao::Package package;
  std::vector<jixiao::ImportWarning> warnings;
};

struct jx_policy {
  jixiao::Policy policy;
};

namespace jixiao::capi {

/// The text of one 三级 row, computed once per handle.
struct IndicatorStrings {
  const IndicatorResult* row = nullptr;
  std::string weight, counted;
  std::optional<std::string> filed, computed;
  std::string method;
};

/// The text of one form, computed once per handle.
struct FormStrings {
  const FormResult* form = nullptr;
  std::string total, grade_en;
  std::optional<std::string> filed_total, execution_rate, execution_score;
  std::size_t indicator_count = 0;
  bool rows_built = false;
  std::vector<IndicatorStrings> indicators;
};

}  // namespace jixiao::capi

struct jx_result {
  explicit jx_result(std::unique_ptr<jixiao::EvaluationResult> own)
      : owned(std::move(own)), evaluation(owned.get()) {}
  explicit jx_result(const jixiao::EvaluationResult* borrowed) : evaluation(borrowed) {}

  /// The forms' text, built on first use (under the mutex, so that concurrent readers of one const
  /// handle are safe even though the contract does not promise it).
  const std::vector<jixiao::capi::FormStrings>& forms() const;
  /// Form `i`'s rows, built on first use.
  const jixiao::capi::FormStrings& rows(std::size_t i) const;

  std::unique_ptr<jixiao::EvaluationResult> owned;  ///< null for the result an audit owns
  const jixiao::EvaluationResult* evaluation;

 private:
  mutable std::mutex mutex_;
  mutable bool built_ = false;
  mutable std::vector<jixiao::capi::FormStrings> forms_;
};

struct jx_audit {
  explicit jx_audit(jixiao::AuditResult r) : audit(std::move(r)), result(&audit.evaluation) {}
  jixiao::AuditResult audit;
  jx_result result;  ///< borrows audit.evaluation: a jx_audit never moves (it lives on the heap)
};

namespace jixiao::capi {

// ---- errors --------------------------------------------------------------------------------------

/// An error of the C layer itself (NULL argument, invalid UTF-8, index): thrown inside an entry
/// point and turned into the last error by guarded(). Not a std::exception on purpose.
struct ApiError {
  int code;
  std::string zh, en;
  Location where;
};

[[noreturn]] void throw_api(int code, std::string zh, std::string en, Location where = {});

/// Records the calling thread's last error; returns its code. Never throws.
int set_last_error(int code, std::string_view zh, std::string_view en, const Location& where = {}) noexcept;

/// The exception boundary: runs f, returns JX_OK, or records what it threw and returns its code.
template <class F>
int guarded(F&& f) noexcept {
  try {
    f();
    return JX_OK;
  } catch (const ApiError& e) {
    return set_last_error(e.code, e.zh, e.en, e.where);
  } catch (const jixiao::Error& e) {
    return set_last_error(static_cast<int>(e.code()), e.message(Lang::zh), e.message(Lang::en), e.where());
  } catch (const std::bad_alloc&) {
    return set_last_error(JX_ERR_NO_MEMORY, "内存不足", "out of memory");
  } catch (const std::exception& e) {
    return set_last_error(JX_ERR_INTERNAL, std::string("内部错误：") + e.what(),
                          std::string("internal error: ") + e.what());
  } catch (...) {
    return set_last_error(JX_ERR_INTERNAL, "内部错误：未知异常", "internal error: unknown exception");
  }
}

// ---- arguments -----------------------------------------------------------------------------------

/// JX_ERR_NULL_ARGUMENT naming the argument when p is NULL.
void require(const void* p, const char* name);
/// A required string argument: not NULL, valid UTF-8.
std::string_view text_arg(const char* s, const char* name);
/// An optional string argument: NULL is "".
std::string_view optional_text_arg(const char* s, const char* name);
/// A buffer of len bytes (need not be NUL-terminated): not NULL, valid UTF-8.
std::string_view buffer_arg(const char* s, std::size_t len, const char* name);
/// Throws JX_ERR_INVALID_UTF8 naming the argument, the byte offset, line and column of the first
/// byte that is not part of a well-formed UTF-8 sequence.
void check_utf8(std::string_view s, const char* name);

/// Text handed over as UTF-16 or UTF-32, transcoded to UTF-8 for the reader. It is written to the
/// calling thread's scratch buffer, kept from call to call (a batch then allocates no buffer of four
/// bytes per unit for each package, and reads it back from the cache), or, beyond the size the
/// scratch keeps, to a buffer of its own. Valid until the next transcoding on the thread: read it
/// within the call.
class TranscodedText {
 public:
  TranscodedText(std::string_view text, std::unique_ptr<char[]> own) noexcept : text_(text), own_(std::move(own)) {}
  std::string_view view() const noexcept { return text_; }

 private:
  std::string_view text_;
  std::unique_ptr<char[]> own_;  ///< null when the text is in the thread's scratch buffer
};
/// A buffer of `units` UTF-16 units (need not be NUL-terminated): not NULL, well-formed, as UTF-8.
/// An unpaired surrogate is JX_ERR_INVALID_UTF8 naming the argument, the unit's offset (in units),
/// line and column (in characters, as the JSON reader counts them).
TranscodedText utf16_buffer_arg(const std::uint16_t* s, std::size_t units, const char* name);
/// The same for UTF-32: a surrogate or a unit above 0x10FFFF is JX_ERR_INVALID_UTF8.
TranscodedText utf32_buffer_arg(const std::uint32_t* s, std::size_t units, const char* name);
/// lang 0 (JX_LANG_ZH) or 1 (JX_LANG_EN); JX_ERR_INVALID_ARGUMENT otherwise.
Lang lang_arg(int lang);
/// A rounding mode number 0..7; JX_ERR_INVALID_ARGUMENT otherwise.
RoundingMode mode_arg(int mode);
/// struct_size of a struct the library fills: at least `first_version` bytes.
void check_struct_size(std::size_t struct_size, std::size_t first_version, const char* type);

/// A cell that is NULL, empty or only spaces (ASCII or U+3000) is blank.
bool blank(std::string_view s) noexcept;

/// A number cell (分值, 自评得分): NULL or blank is empty; a parse error is rethrown naming the
/// argument, with `path` (the JSON path the cell has in a package, or "") as its location.
std::optional<Decimal> number_cell(const char* s, const char* name, const std::string& path);
/// An amount cell in `unit`, as number_cell.
std::optional<Money> amount_cell(const char* s, const char* name, MoneyUnit unit, const std::string& path);
[[noreturn]] void cell_error(const Error& e, const char* name, const std::string& path);

/// A copy the caller frees with jx_string_free (malloc'd). Throws std::bad_alloc.
char* dup_string(std::string_view s);

/// Owns malloc'd strings until they are handed out (so that a failure after the first leaks none).
class OutString {
 public:
  OutString() = default;
  explicit OutString(std::string_view s) : p_(dup_string(s)) {}
  OutString(const OutString&) = delete;
  OutString& operator=(const OutString&) = delete;
  ~OutString() { std::free(p_); }
  char* release() noexcept {
    char* p = p_;
    p_ = nullptr;
    return p;
  }

 private:
  char* p_ = nullptr;
};

/// Copies `filled` (a struct of the current version, whose first member is struct_size) into the
/// caller's struct of `struct_size` bytes: the fields that fit, the caller's struct_size kept, and
/// any bytes beyond what this version knows set to zero.
template <class T>
void fill_struct(T* out, const T& filled) noexcept {
  const std::size_t caller = out->struct_size;
  const std::size_t n = caller < sizeof(T) ? caller : sizeof(T);
  std::memcpy(static_cast<void*>(out), &filled, n);
  out->struct_size = caller;
  if (caller > sizeof(T)) std::memset(reinterpret_cast<unsigned char*>(out) + sizeof(T), 0, caller - sizeof(T));
}

// ---- shared helpers ------------------------------------------------------------------------------

/// The policy a call uses: the handle's, or the default for NULL.
const Policy& policy_or_default(const jx_policy* policy);

/// A package read from JSON text that is UTF-8 by contract but not checked first: when reading
/// fails, invalid UTF-8 is reported as such (JX_ERR_INVALID_UTF8 naming `name`, with its offset)
/// rather than as the reader's error, which it would have caused.
PackageReadResult read_package_utf8(std::string_view text, const char* name);
/// A package read from text transcoded from UTF-16 or UTF-32: well-formed UTF-8 already, so the
/// reader does not check it again.
PackageReadResult read_package_transcoded(const TranscodedText& text);

}  // namespace jixiao::capi

#endif  // JIXIAO_CAPI_INTERNAL_HPP
