// jixiao C API: evaluation, results, audit, and scoring one row or one execution rate.
#include "capi_internal.hpp"

#include <jixiao/audit_json.hpp>
#include <jixiao/indicator_value.hpp>
#include <jixiao/result_json.hpp>
#include <jixiao/unit.hpp>

#include <fmt/format.h>

#include <algorithm>

// The size of each filled struct in ABI version 1: a caller's struct_size below it is an error.
// These never change; later versions append fields after them.
namespace {
constexpr std::size_t form_info_v1 = offsetof(jx_form_info, indicator_count) + sizeof(size_t);
constexpr std::size_t indicator_info_v1 = offsetof(jx_indicator_info, explanation_en) + sizeof(const char*);
constexpr std::size_t finding_info_v1 = offsetof(jx_finding_info, found) + sizeof(const char*);
static_assert(form_info_v1 == sizeof(jx_form_info));
static_assert(indicator_info_v1 == sizeof(jx_indicator_info));
static_assert(finding_info_v1 == sizeof(jx_finding_info));
}  // namespace

namespace jixiao::capi {
namespace {

std::optional<std::string> text_of(const std::optional<Decimal>& d) {
  if (!d) return std::nullopt;
  return d->to_string();
}

const char* c_str_or_null(const std::optional<std::string>& s) noexcept { return s ? s->c_str() : nullptr; }
/// A finding's text as a C string: jixiao::Finding keeps a NUL after each of its texts.
const char* c_str_or_null(const std::optional<std::string_view>& s) noexcept { return s ? s->data() : nullptr; }

FormStrings strings_of(const FormResult& f) {
  FormStrings s;
  s.form = &f;
  s.total = f.total.to_string();
  s.filed_total = text_of(f.filed_total);
  if (f.execution.rate) s.execution_rate = f.execution.rate->to_string();
  s.execution_score = text_of(f.execution.score);
  for (const SectionResult& section : f.sections)
    for (const GroupResult& group : section.groups) s.indicator_count += group.indicators.size();
  return s;
}

void build_rows(FormStrings& s) {
  const FormResult& f = *s.form;
  for (const SectionResult& section : f.sections)
    for (const GroupResult& group : section.groups)
      for (const IndicatorResult& row : group.indicators) {
        IndicatorStrings& r = s.indicators.emplace_back();
        r.row = &row;
        r.weight = row.weight.to_string();
        r.counted = row.counted_score.to_string();
        r.filed = text_of(row.filed_score);
        r.computed = text_of(row.computed_score);
        r.method.assign(score_method_name(row.method));
      }
  s.rows_built = true;
}

jx_form_info form_info_of(const FormStrings& s) noexcept {
  const FormResult& f = *s.form;
  jx_form_info info{};
  info.struct_size = sizeof info;
  info.kind = f.form.c_str();
  info.name = f.name.c_str();
  info.path = f.path.c_str();
  info.total = s.total.c_str();
  info.filed_total = c_str_or_null(s.filed_total);
  info.grade = f.grade.name.c_str();
  info.grade_en = f.grade.name_en.c_str();
  info.execution_rate = c_str_or_null(s.execution_rate);
  info.execution_score = c_str_or_null(s.execution_score);
  info.total_explanation_zh = f.total_explanation.zh.c_str();
  info.total_explanation_en = f.total_explanation.en.c_str();
  info.indicator_count = s.indicator_count;
  return info;
}

const FormStrings& form_at(const jx_result* result, std::size_t form) {
  const std::vector<FormStrings>& forms = result->forms();
  if (form >= forms.size())
    throw_api(JX_ERR_INDEX, fmt::format("表序号 {} 超出范围：结果中有 {} 张表", form, forms.size()),
              fmt::format("form index {} is out of range: the result has {} forms", form, forms.size()));
  return forms[form];
}

/// The stride of a caller's array of T (jx_form_info, jx_indicator_info, jx_finding_info): the
/// struct_size set in its first element (an array of an older, smaller struct is walked as that
/// caller laid it out).
template <class T>
std::size_t array_stride(const T* out, std::size_t first_version, const char* type) {
  const std::size_t stride = out->struct_size;
  check_struct_size(stride, first_version, type);
  if (stride % alignof(T) != 0)
    throw_api(JX_ERR_INVALID_ARGUMENT,
              fmt::format("{}.struct_size 为 {}，不是 {} 的倍数：调用前请设为 sizeof({})", type, stride, alignof(T), type),
              fmt::format("{}.struct_size is {}, not a multiple of {}: set it to sizeof({}) before the call", type,
                          stride, alignof(T), type));
  return stride;
}

/// Fills info_of(items[i]) for the first n items into the array at out of the given stride, each
/// element's struct_size set to the stride.
template <class T, class Item, class InfoOf>
void fill_array(const std::vector<Item>& items, std::size_t n, T* out, std::size_t stride, InfoOf info_of) noexcept {
  for (std::size_t i = 0; i < n; ++i) {
    auto* element = reinterpret_cast<T*>(reinterpret_cast<unsigned char*>(out) + i * stride);
    element->struct_size = stride;
    fill_struct(element, info_of(items[i]));
  }
}

/// What jx_result_forms, jx_result_indicators and jx_audit_findings do with their items: *count is
/// how many there are, and the first min(capacity, *count) are filled into out (capacity 0 only
/// counts; out may then be NULL).
template <class T, class Item, class InfoOf>
void fill_all(const std::vector<Item>& items, T* out, std::size_t capacity, std::size_t* count,
              std::size_t first_version, const char* type, InfoOf info_of) {
  require(count, "count");
  if (capacity > 0) {
    require(out, "out");
    fill_array(items, std::min(capacity, items.size()), out, array_stride(out, first_version, type), info_of);
  }
  *count = items.size();
}

jx_indicator_info indicator_info_of(const IndicatorStrings& r) noexcept {
  jx_indicator_info info{};
  info.struct_size = sizeof info;
  info.path = r.row->path.c_str();
  info.name = r.row->name.c_str();
  info.weight = r.weight.c_str();
  info.filed_score = c_str_or_null(r.filed);
  info.computed_score = c_str_or_null(r.computed);
  info.counted_score = r.counted.c_str();
  info.method = r.method.c_str();
  info.explanation_zh = r.row->explanation.zh.c_str();
  info.explanation_en = r.row->explanation.en.c_str();
  return info;
}

jx_finding_info finding_info_of(const Finding& f) noexcept {
  jx_finding_info info{};
  info.struct_size = sizeof info;
  info.code = f.code().data();
  info.severity = static_cast<int>(f.severity());
  info.form = f.form().data();
  info.form_name = f.form_name().data();
  info.row = f.row().data();
  info.field = f.field().data();
  info.path = f.path().data();
  info.message_zh = f.zh().data();
  info.message_en = f.en().data();
  info.expected = c_str_or_null(f.expected());
  info.found = c_str_or_null(f.found());
  return info;
}

}  // namespace
}  // namespace jixiao::capi

const std::vector<jixiao::capi::FormStrings>& jx_result::forms() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!built_) {
    std::vector<jixiao::capi::FormStrings> forms;
    forms.reserve(evaluation->projects.size() + 1);
    if (evaluation->department) forms.push_back(jixiao::capi::strings_of(*evaluation->department));
    for (const jixiao::FormResult& p : evaluation->projects) forms.push_back(jixiao::capi::strings_of(p));
    forms_ = std::move(forms);
    built_ = true;
  }
  return forms_;
}

const jixiao::capi::FormStrings& jx_result::rows(std::size_t i) const {
  (void)forms();
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!forms_[i].rows_built) jixiao::capi::build_rows(forms_[i]);
  return forms_[i];
}

using namespace jixiao;
using namespace jixiao::capi;

namespace {
/// A result handle for `package` scored under `policy` (NULL: the default).
jx_result* new_result(const Package& package, const jx_policy* policy) {
  return new jx_result(std::make_unique<EvaluationResult>(evaluate(package, policy_or_default(policy))));
}

/// The loop of the jx_evaluate_json_batch functions: results[i] is the package read(i) returns,
/// scored, in order, up to the first that fails, whose status (and last error) the call returns.
template <class Unit, class Read>
int evaluate_batch(const Unit* const* texts, const size_t* lengths, std::size_t count, const jx_policy* policy,
                   jx_result** results, std::size_t* done, Read&& read) {
  if (const int status = guarded([&] {
        require(done, "done");
        *done = 0;
        if (count == 0) return;
        require(texts, "texts");
        require(lengths, "lengths");
        require(results, "results");
      }))
    return status;
  for (std::size_t i = 0; i < count; ++i) {
    if (const int status = guarded([&] { results[i] = new_result(read(i).package, policy); })) return status;
    *done = i + 1;
  }
  return JX_OK;
}
}  // namespace

extern "C" {

JX_API int jx_evaluate(const jx_package* package, const jx_policy* policy, jx_result** out) {
  return guarded([&] {
    require(package, "package");
    require(out, "out");
    *out = new_result(package->package, policy);
  });
}

// Reading and scoring in one call: the package is read into a local and dropped, since the result
// holds copies of everything it shows (EvaluationResult refers to neither package nor policy).
JX_API int jx_evaluate_json(const char* json, size_t len, const jx_policy* policy, jx_result** out) {
  return guarded([&] {
    require(json, "json");
    require(out, "out");
    *out = new_result(read_package_utf8(std::string_view(json, len), "json").package, policy);
  });
}

JX_API int jx_evaluate_json_utf16(const uint16_t* json, size_t units, const jx_policy* policy, jx_result** out) {
  return guarded([&] {
    require(json, "json");
    require(out, "out");
    *out = new_result(read_package_transcoded(utf16_buffer_arg(json, units, "json")).package, policy);
  });
}

JX_API int jx_evaluate_json_utf32(const uint32_t* json, size_t units, const jx_policy* policy, jx_result** out) {
  return guarded([&] {
    require(json, "json");
    require(out, "out");
    *out = new_result(read_package_transcoded(utf32_buffer_arg(json, units, "json")).package, policy);
  });
}

JX_API int jx_evaluate_json_batch(const char* const* texts, const size_t* lengths, size_t count,
                                  const jx_policy* policy, jx_result** results, size_t* done) {
  return evaluate_batch(texts, lengths, count, policy, results, done, [&](std::size_t i) {
    require(texts[i], "texts[i]");
    return read_package_utf8(std::string_view(texts[i], lengths[i]), "texts[i]");
  });
}

JX_API int jx_evaluate_json_batch_utf16(const uint16_t* const* texts, const size_t* units, size_t count,
                                        const jx_policy* policy, jx_result** results, size_t* done) {
  return evaluate_batch(texts, units, count, policy, results, done, [&](std::size_t i) {
    return read_package_transcoded(utf16_buffer_arg(texts[i], units[i], "texts[i]"));
  });
}

JX_API int jx_evaluate_json_batch_utf32(const uint32_t* const* texts, const size_t* units, size_t count,
                                        const jx_policy* policy, jx_result** results, size_t* done) {
  return evaluate_batch(texts, units, count, policy, results, done, [&](std::size_t i) {
    return read_package_transcoded(utf32_buffer_arg(texts[i], units[i], "texts[i]"));
  });
}

JX_API int jx_result_to_json(const jx_result* result, char** out) {
  return guarded([&] {
    require(result, "result");
    require(out, "out");
    *out = dup_string(write_result_json(*result->evaluation));
  });
}

JX_API void jx_result_free(jx_result* result) {
  // The result an audit owns is freed with the audit, never on its own.
  if (result != nullptr && result->owned) delete result;
}

JX_API int jx_result_form_count(const jx_result* result, size_t* out) {
  return guarded([&] {
    require(result, "result");
    require(out, "out");
    *out = (result->evaluation->department ? 1U : 0U) + result->evaluation->projects.size();
  });
}

JX_API int jx_result_form(const jx_result* result, size_t form, jx_form_info* out) {
  return guarded([&] {
    require(result, "result");
    require(out, "out");
    check_struct_size(out->struct_size, form_info_v1, "jx_form_info");
    fill_struct(out, form_info_of(form_at(result, form)));
  });
}

JX_API int jx_result_forms(const jx_result* result, jx_form_info* out, size_t capacity, size_t* count) {
  return guarded([&] {
    require(result, "result");
    fill_all(result->forms(), out, capacity, count, form_info_v1, "jx_form_info", form_info_of);
  });
}

JX_API int jx_results_forms(const jx_result* const* results, size_t count, jx_form_info* out, size_t capacity,
                            size_t* form_counts, size_t* filled) {
  return guarded([&] {
    require(filled, "filled");
    *filled = 0;
    if (count == 0) return;
    require(results, "results");
    require(form_counts, "form_counts");
    for (std::size_t i = 0; i < count; ++i) require(results[i], "results[i]");
    std::size_t stride = 0;
    if (capacity > 0) {
      require(out, "out");
      stride = array_stride(out, form_info_v1, "jx_form_info");
    }
    std::size_t at = 0;  // the elements of out filled so far
    bool room = true;    // false from the first result whose forms do not fit
    for (std::size_t i = 0; i < count; ++i) {
      const std::vector<FormStrings>& forms = results[i]->forms();
      form_counts[i] = forms.size();
      room = room && forms.size() <= capacity - at;
      if (!room) continue;
      if (!forms.empty()) {
        auto* first = reinterpret_cast<jx_form_info*>(reinterpret_cast<unsigned char*>(out) + at * stride);
        fill_array(forms, forms.size(), first, stride, form_info_of);
      }
      at += forms.size();
      *filled = i + 1;
    }
  });
}

JX_API int jx_result_indicator(const jx_result* result, size_t form, size_t index, jx_indicator_info* out) {
  return guarded([&] {
    require(result, "result");
    require(out, "out");
    check_struct_size(out->struct_size, indicator_info_v1, "jx_indicator_info");
    (void)form_at(result, form);
    const FormStrings& s = result->rows(form);
    if (index >= s.indicators.size())
      throw_api(JX_ERR_INDEX,
                fmt::format("指标序号 {} 超出范围：第 {} 张表有 {} 个三级指标", index, form, s.indicators.size()),
                fmt::format("indicator index {} is out of range: form {} has {} rows", index, form,
                            s.indicators.size()));
    fill_struct(out, indicator_info_of(s.indicators[index]));
  });
}

JX_API int jx_result_indicators(const jx_result* result, size_t form, jx_indicator_info* out, size_t capacity,
                                size_t* count) {
  return guarded([&] {
    require(result, "result");
    (void)form_at(result, form);
    fill_all(result->rows(form).indicators, out, capacity, count, indicator_info_v1, "jx_indicator_info",
             indicator_info_of);
  });
}

JX_API int jx_audit_package(const jx_package* package, const jx_policy* policy, jx_audit** out) {
  return guarded([&] {
    require(package, "package");
    require(out, "out");
    *out = new jx_audit(audit(package->package, policy_or_default(policy)));
  });
}

JX_API int jx_audit_to_json(const jx_audit* a, char** out) {
  return guarded([&] {
    require(a, "audit");
    require(out, "out");
    *out = dup_string(write_audit_json(a->audit));
  });
}

JX_API void jx_audit_free(jx_audit* a) { delete a; }

JX_API int jx_audit_result(const jx_audit* a, const jx_result** out) {
  return guarded([&] {
    require(a, "audit");
    require(out, "out");
    *out = &a->result;
  });
}

JX_API int jx_audit_finding_count(const jx_audit* a, size_t* out) {
  return guarded([&] {
    require(a, "audit");
    require(out, "out");
    *out = a->audit.findings.size();
  });
}

JX_API int jx_audit_finding(const jx_audit* a, size_t index, jx_finding_info* out) {
  return guarded([&] {
    require(a, "audit");
    require(out, "out");
    check_struct_size(out->struct_size, finding_info_v1, "jx_finding_info");
    const std::vector<Finding>& findings = a->audit.findings;
    if (index >= findings.size())
      throw_api(JX_ERR_INDEX, fmt::format("审核发现序号 {} 超出范围：共有 {} 条", index, findings.size()),
                fmt::format("finding index {} is out of range: there are {} findings", index, findings.size()));
    fill_struct(out, finding_info_of(findings[index]));
  });
}

JX_API int jx_audit_findings(const jx_audit* a, jx_finding_info* out, size_t capacity, size_t* count) {
  return guarded([&] {
    require(a, "audit");
    fill_all(a->audit.findings, out, capacity, count, finding_info_v1, "jx_finding_info", finding_info_of);
  });
}

JX_API int jx_score_indicator(const jx_policy* policy, const char* target, const char* actual, const char* unit,
                              const char* weight, const char* self_score, int lang, char** out_score,
                              char** out_explanation) {
  return guarded([&] {
    const std::string_view t = optional_text_arg(target, "target");
    const std::string_view a = optional_text_arg(actual, "actual");
    const std::string_view u = optional_text_arg(unit, "unit");
    require(out_score, "out_score");
    require(out_explanation, "out_explanation");
    const Lang l = lang_arg(lang);
    Indicator row;
    row.unit.assign(u);
    const Unit column_unit = parse_unit(u);
    row.target = parse_indicator_value(t, column_unit);
    row.actual = parse_indicator_value(a, column_unit);
    row.weight = number_cell(weight, "weight", {});
    row.self_score = number_cell(self_score, "self_score", {});
    const IndicatorResult r = score_indicator(row, policy_or_default(policy));
    OutString score = r.computed_score ? OutString(r.computed_score->to_string()) : OutString();
    OutString explanation(r.explanation.text(l));
    *out_score = score.release();
    *out_explanation = explanation.release();
  });
}

JX_API int jx_score_execution(const jx_policy* policy, const char* annual_budget, const char* executed,
                              char** out_rate, char** out_score) {
  return guarded([&] {
    require(out_rate, "out_rate");
    require(out_score, "out_score");
    FundsRow row;
    row.annual_budget = amount_cell(annual_budget, "annual_budget", MoneyUnit::wan_yuan, {});
    row.executed = amount_cell(executed, "executed", MoneyUnit::wan_yuan, {});
    const ExecutionResult r = score_execution(row, policy_or_default(policy), MoneyUnit::wan_yuan);
    OutString rate = r.rate ? OutString(r.rate->to_string()) : OutString();
    OutString score = r.score ? OutString(r.score->to_string()) : OutString();
    *out_rate = rate.release();
    *out_score = score.release();
  });
}

}  // extern "C"
