// jixiao: a defect found in a package (审核发现), with a stable code, a place and a reason.
#ifndef JIXIAO_FINDING_HPP
#define JIXIAO_FINDING_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

namespace jixiao {

/// How bad a finding is. The numbers are part of the C ABI.
enum class Severity : int {
  info = 0,     ///< 提示: worth a look, often a matter of style or of the template
  warning = 1,  ///< 警告: probably wrong, or not verifiable
  error = 2,    ///< 错误: a number or a rule that is wrong
};

/// "info", "warning", "error".
std::string_view severity_name(Severity s) noexcept;
/// "提示", "警告", "错误".
std::string_view severity_label_zh(Severity s) noexcept;

namespace audit_detail {
class FindingCollector;
}

/// One finding (审核发现). `code` is stable and never reused (docs/audit-rules.md lists them all).
///
/// A value type whose texts are immutable: they sit in a block of text that the findings of one
/// audit share (one allocation per audit, not one per text), and are handed out as views that stay
/// valid as long as the finding, wherever it is moved or copied. A copy shares the block; a finding
/// kept alive keeps its audit's block alive. Each view is followed by a NUL in the block, so its
/// data() is also a C string.
class Finding {
 public:
  /// What a finding is made of: the texts are copied into it.
  struct Parts {
    std::string_view code;  ///< "JX-A01"
    Severity severity = Severity::warning;
    std::string_view form;       ///< "package", "basic_data", "department", "project", "report"
    std::string_view form_name;  ///< the project's name, the unit's name, or the report's title
    std::string_view row;        ///< the row as printed: an indicator's name, "年度资金总额", "公用经费"
    std::string_view field;      ///< the cell: "executed", "self_score", "weight" …; empty for the row or form
    std::string_view path;       ///< JSON path of the cell, row or form in the package
    std::string_view zh;         ///< the message in Chinese
    std::string_view en;         ///< the message in English
    std::optional<std::string_view> expected;  ///< the number it should be, where there is one
    std::optional<std::string_view> found;     ///< the number found
  };

  /// A finding with every text empty.
  Finding() noexcept = default;
  /// A finding with a block of its own. Throws std::length_error when the texts together exceed 4 GiB.
  explicit Finding(const Parts& parts);

  std::string_view code() const noexcept { return text(code_); }
  Severity severity() const noexcept { return severity_; }
  std::string_view form() const noexcept { return text(form_); }
  std::string_view form_name() const noexcept { return text(form_name_); }
  std::string_view row() const noexcept { return text(row_); }
  std::string_view field() const noexcept { return text(field_); }
  std::string_view path() const noexcept { return text(path_); }
  std::string_view zh() const noexcept { return text(zh_); }
  std::string_view en() const noexcept { return text(en_); }
  std::optional<std::string_view> expected() const noexcept { return optional_text(expected_); }
  std::optional<std::string_view> found() const noexcept { return optional_text(found_); }

  /// Its parts, as views into this finding.
  Parts parts() const noexcept;

  /// The same code, severity and texts (present or absent alike).
  friend bool operator==(const Finding& a, const Finding& b) noexcept;

 private:
  friend class audit_detail::FindingCollector;  // makes the findings of an audit, sharing one block

  enum Slot : std::uint8_t { code_, form_, form_name_, row_, field_, path_, zh_, en_, expected_, found_, slot_count_ };
  /// Where each text starts in the block; text k ends (at its NUL) where text k + 1 starts, less one.
  using Offsets = std::array<std::uint32_t, slot_count_ + 1>;

  Finding(std::shared_ptr<const char[]> block, const Offsets& begin, std::uint16_t present, Severity severity) noexcept
      : block_(std::move(block)), begin_(begin), present_(present), severity_(severity) {}

  std::string_view text(Slot s) const noexcept {
    if (!block_) return {"", 0};
    return {block_.get() + begin_[s], static_cast<std::size_t>(begin_[s + 1] - begin_[s] - 1)};
  }
  std::optional<std::string_view> optional_text(Slot s) const noexcept {
    if (!(present_ & (1u << s))) return std::nullopt;
    return text(s);
  }

  std::shared_ptr<const char[]> block_;  ///< the texts one after the other, each followed by a NUL
  Offsets begin_{};  ///< where each text starts in block_
  std::uint16_t present_ = 0;  ///< a bit per optional text that is present
  Severity severity_ = Severity::warning;
};

}  // namespace jixiao

#endif  // JIXIAO_FINDING_HPP
